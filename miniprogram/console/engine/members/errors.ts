import type { ErrorSpec } from '../kernel/errors';

/** Errors of members (administrator, developers, experience members): each with its facts, the form field it concerns and its message. */
export const MEMBERS_ERRORS = {
  WECHAT_ID_REQUIRED: {
    factIds: ['M-04'],
    field: 'wechatId',
    zh: '请输入要添加的成员的微信号。',
    en: "Enter the member's WeChat ID.",
  },
  WECHAT_ID_FORMAT: {
    factIds: ['M-04'],
    field: 'wechatId',
    zh: '微信号为 6–20 位，以字母开头，可用字母、数字、下划线和减号。注意不是昵称。',
    en: 'A WeChat ID has 6-20 characters, starts with a letter, and uses letters, digits, "_" and "-". It is not the nickname.',
  },
  MEMBER_NOT_FOUND: {
    factIds: ['M-04'],
    field: 'wechatId',
    zh: '找不到微信号“{wechatId}”。请核对微信号是否输入正确（是微信号，不是昵称）。',
    en: 'No user with the WeChat ID "{wechatId}". Check that it is typed correctly (the WeChat ID, not the nickname).',
  },
  MEMBER_NOT_SEARCHABLE: {
    factIds: ['M-04'],
    field: 'wechatId',
    zh: '搜不到“{wechatId}”：对方关闭了“通过微信号找到我”。请让对方在 微信-我-设置-朋友权限-添加我的方式 中打开它，再搜索。',
    en: '"{wechatId}" cannot be found: they turned off "find me by WeChat ID". Ask them to enable it under 微信-我-设置-朋友权限-添加我的方式, then search again.',
  },
  MEMBER_ROLES_REQUIRED: {
    factIds: ['M-02'],
    field: 'roles',
    zh: '请至少勾选一个权限：运营者、开发者或数据分析者。',
    en: 'Tick at least one role: operator, developer or data analyst.',
  },
  MEMBER_ROLES_NOT_FOR_EXPERIENCE: {
    factIds: ['M-03'],
    field: 'roles',
    zh: '体验成员不设置角色：他们只能使用体验版。要参与开发或运营，请添加为项目成员。',
    en: 'Testers have no roles: they can only use the trial version. Add a project member for development or operation.',
  },
  MEMBER_ALREADY_ADDED: {
    factIds: ['M-02', 'M-03'],
    field: 'wechatId',
    zh: '“{wechatId}”已经是{kind}了。要调整权限请编辑该成员。',
    en: '"{wechatId}" is already a {kind}. Edit the member to change roles.',
  },
  MEMBER_IS_ADMIN: {
    factIds: ['M-02'],
    field: 'wechatId',
    zh: '“{wechatId}”是管理员，已拥有全部权限，不需要添加为项目成员。',
    en: '"{wechatId}" is the administrator and already has every permission; no need to add them as a project member.',
  },
  MEMBER_LIMIT: {
    factIds: ['M-05'],
    field: 'wechatId',
    zh: '{kind}已达上限（{limit} 人），剩余可添加人数：0。请先移除不再需要的成员。',
    en: 'The {kind} limit ({limit}) is reached; 0 places left. Remove a member you no longer need first.',
  },
  MEMBER_USER_LIMIT: {
    factIds: ['M-06'],
    field: 'wechatId',
    zh: '“{wechatId}”已是 {count} 个小程序的{kind}，一个微信号最多 {limit} 个。请对方先退出其他小程序，或换一个人。',
    en: '"{wechatId}" is already a {kind} of {count} mini programs; one WeChat ID allows at most {limit}. Ask them to leave one, or choose someone else.',
  },
  MEMBER_NOT_MEMBER: {
    factIds: ['M-02', 'M-03'],
    field: 'wechatId',
    zh: '“{wechatId}”不是这个小程序的{kind}。',
    en: '"{wechatId}" is not a {kind} of this mini program.',
  },
} satisfies Record<string, ErrorSpec>;
