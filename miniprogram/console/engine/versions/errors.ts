import type { ErrorSpec } from '../kernel/errors';

/** Errors of members, versions and release, filing and verification. */
export const RELEASE_ERRORS = {
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
    en: 'Experience members have no roles: they can only use the trial version. Add a project member for development or operation.',
  },
  MEMBER_ALREADY_ADDED: {
    factIds: ['M-02', 'M-03'],
    field: 'wechatId',
    zh: '“{wechatId}”已经是{kind}了。要调整权限请编辑该成员。',
    en: '"{wechatId}" is already a {kindEn}. Edit the member to change roles.',
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
    en: 'The {kindEn} limit ({limit}) is reached; 0 places left. Remove a member you no longer need first.',
  },
  MEMBER_USER_LIMIT: {
    factIds: ['M-06'],
    field: 'wechatId',
    zh: '“{wechatId}”已是 {count} 个小程序的{kind}，一个微信号最多 {limit} 个。请对方先退出其他小程序，或换一个人。',
    en: '"{wechatId}" is already a {kindEn} of {count} mini programs; one WeChat ID allows at most {limit}. Ask them to leave one, or choose someone else.',
  },
  MEMBER_NOT_MEMBER: {
    factIds: ['M-02', 'M-03'],
    field: 'wechatId',
    zh: '“{wechatId}”不是这个小程序的{kind}。',
    en: '"{wechatId}" is not a {kindEn} of this mini program.',
  },
  VERSION_FORMAT: {
    factIds: ['P-02'],
    field: 'version',
    zh: '版本号格式不对：请用数字和点，例如 1.0.0。',
    en: 'Invalid version number: use digits and dots, for example 1.0.0.',
  },
  VERSION_NOTE_TOO_LONG: {
    factIds: ['P-02'],
    field: 'note',
    zh: '项目备注最多 {max} 个字。',
    en: 'The project note may have at most {max} characters.',
  },
  UPLOAD_NOT_DEVELOPER: {
    factIds: ['P-02', 'D-09', 'M-07'],
    field: 'uploader',
    zh: '“{wechatId}”不是这个小程序的开发者，不能上传代码。请管理员先在“成员管理”里把他添加为项目成员并勾选开发者权限。',
    en: '"{wechatId}" is not a developer of this mini program and cannot upload code. The administrator must first add them as a project member with the developer role.',
  },
  DEV_VERSION_NOT_FOUND: {
    factIds: ['P-03'],
    field: 'uploader',
    zh: '没有这个开发版本。请先在开发者工具里上传代码。',
    en: 'There is no such development version. Upload code from the developer tools first.',
  },
  REVIEW_NEEDS_BASIC_INFO: {
    factIds: ['B-10', 'C-05'],
    zh: '提交审核前要先完善小程序信息，还缺：{missing}。请到“设置 → 基本设置”填写。',
    en: 'Complete the mini program info before review; still missing: {missingEn}. Fill it in under 设置 → 基本设置.',
  },
  REVIEW_NEEDS_CATEGORY: {
    factIds: ['B-07', 'B-10'],
    zh: '提交审核前需要至少一个状态为“已通过”的服务类目。',
    en: 'Submitting for review needs at least one approved service category.',
  },
  REVIEW_NEEDS_MAIN_CATEGORY: {
    factIds: ['B-07'],
    zh: '提交审核前需要设置主营类目（自 2022 年 6 月起的要求）。',
    en: 'Submitting for review needs a main category (required since June 2022).',
  },
  REVIEW_NEEDS_FILING: {
    factIds: ['V-02', 'V-01'],
    zh: '小程序还没有完成备案（当前：{stage}）。自 2023 年 9 月 1 日起，新小程序须完成备案后才能上线，请先到“小程序备案”完成备案。',
    en: 'The mini program is not filed yet (now: {stageEn}). Since 1 September 2023 a new mini program must finish ICP filing before it can go online: complete filing first.',
  },
  REVIEW_NEEDS_SUBJECT_VERIFIED: {
    factIds: ['I-10'],
    zh: '主体还没有完成验证（{status}）。请先完成对公打款或微信认证。',
    en: 'The subject is not verified yet ({statusEn}). Finish the small payment or WeChat verification first.',
  },
  REVIEW_IN_PROGRESS: {
    factIds: ['P-04'],
    zh: '已有版本 {version} 在审核中，同一时间只能有一个版本在审核。如需改交新版本，请先撤回审核。',
    en: 'Version {version} is already in review and only one version can be in review at a time. Withdraw it first to submit another.',
  },
  WITHDRAW_NOTHING: {
    factIds: ['P-04'],
    zh: '没有正在审核中的版本可以撤回。',
    en: 'No version is in review, so there is nothing to withdraw.',
  },
  WITHDRAW_LIMIT_DAY: {
    factIds: ['P-04'],
    zh: '今天的撤回次数（{limit} 次）已用完，明天 0 点恢复。',
    en: "Today's withdrawals ({limit}) are used up; they reset at midnight.",
  },
  WITHDRAW_LIMIT_MONTH: {
    factIds: ['P-04'],
    zh: '本月的撤回次数（{limit} 次）已用完，下月 1 日恢复。',
    en: "This month's withdrawals ({limit}) are used up; they reset on the 1st.",
  },
  PUBLISH_NOTHING: {
    factIds: ['P-05'],
    zh: '没有审核通过、等待发布的版本。请先提交审核。',
    en: 'No version has passed review and is waiting to be published. Submit one for review first.',
  },
  PUBLISH_NOT_PASSED: {
    factIds: ['P-05'],
    zh: '版本 {version} 还不能发布：{status}。只有审核通过的版本才能点“发布”。',
    en: 'Version {version} cannot be published yet: {statusEn}. Only a version that passed review can be published.',
  },
  PUBLISH_BLOCKED_VERIFICATION_EXPIRED: {
    factIds: ['V-07'],
    zh: '微信认证已过期，不能发布新版本。请先完成年审。',
    en: 'WeChat verification has expired, which blocks new releases. Complete the annual review first.',
  },
  PHASED_PERCENT_INVALID: {
    factIds: ['P-06'],
    field: 'percent',
    zh: '分阶段发布的比例应为 1–100 之间的整数，且大于当前比例（{current}%）。',
    en: 'A phased release percentage is a whole number from 1 to 100, above the current one ({current}%).',
  },
  PHASED_NOT_RUNNING: {
    factIds: ['P-06'],
    zh: '当前没有进行中的分阶段发布。',
    en: 'No phased release is running.',
  },
  ROLLBACK_NOTHING: {
    factIds: ['P-06'],
    zh: '没有可以回退的上一个线上版本（只能回退到上一个版本一次）。',
    en: 'There is no previous online version to roll back to (you can roll back to the previous version once).',
  },
  FILING_NEEDS_NAME: {
    factIds: ['V-03', 'B-10'],
    zh: '备案前请先设置小程序名称。',
    en: 'Set the mini program name before filing.',
  },
  FILING_NEEDS_CATEGORY: {
    factIds: ['V-03', 'B-07'],
    zh: '备案前请先添加服务类目（备案要填写服务内容）。',
    en: 'Add a service category before filing (filing asks for the service content).',
  },
  FILING_IN_PROGRESS: {
    factIds: ['V-03'],
    zh: '备案正在进行中（{stage}），请等待当前环节完成。',
    en: 'Filing is in progress ({stageEn}); wait for the current stage to finish.',
  },
  FILING_ALREADY_DONE: {
    factIds: ['V-03'],
    zh: '这个小程序已经完成备案。',
    en: 'This mini program is already filed.',
  },
  FILING_PARTICIPANTS_REQUIRED: {
    factIds: ['V-03'],
    field: 'participants',
    zh: '请填写主体负责人和小程序负责人的信息（姓名和手机号）。',
    en: 'Fill in the subject principal and the mini program principal (name and phone).',
  },
  FILING_PHONE_SHARED: {
    factIds: ['V-04'],
    field: 'participants',
    zh: '不同的备案负责人不能使用同一个手机号（{phone}）。请给每个人填写自己的手机号。',
    en: 'Different filing participants cannot share a phone number ({phone}). Give each person their own number.',
  },
  FILING_NOT_AT_SMS: {
    factIds: ['V-03'],
    zh: '现在不在“工信部短信核验”环节。{hint}',
    en: 'Filing is not at the MIIT SMS verification stage. {hintEn}',
  },
  FILING_SMS_UNKNOWN_PHONE: {
    factIds: ['V-03'],
    field: 'phone',
    zh: '这个手机号不是本次备案的负责人手机号。',
    en: 'This phone number is not one of the filing participants.',
  },
  FILING_SMS_WRONG: {
    factIds: ['V-03'],
    field: 'smsCode',
    zh: '核验码不正确，请对照模拟手机里工信部发来的短信输入。',
    en: 'Wrong verification code. Type the code from the MIIT SMS on the simulated phone.',
  },
  VERIFY_NOT_FOR_INDIVIDUAL: {
    factIds: ['V-06', 'I-03'],
    zh: '在当前规则（{ruleSet}）下个人帐号无法进行微信认证。',
    en: 'Under the current rule set ({ruleSet}) individual accounts cannot apply for WeChat verification.',
  },
  VERIFY_IN_PROGRESS: {
    factIds: ['V-06'],
    zh: '微信认证正在审核中，请等待结果。',
    en: 'WeChat verification is under review; wait for the result.',
  },
  VERIFY_ALREADY_VERIFIED: {
    factIds: ['V-07'],
    zh: '已完成微信认证，有效期至 {expires}。到期前 3 个月可以申请年审。',
    en: 'Already verified until {expires}. The annual review opens 3 months before expiry.',
  },
  VERIFY_NOT_VERIFIED: {
    factIds: ['V-07'],
    zh: '还没有完成微信认证，无需年审。请先申请认证。',
    en: 'Not verified yet, so there is no annual review. Apply for verification first.',
  },
  VERIFY_ANNUAL_NOT_OPEN: {
    factIds: ['V-07'],
    zh: '年审在认证到期前 3 个月开放（{opens} 起），现在还不能申请。',
    en: 'The annual review opens 3 months before expiry (from {opens}); it is not open yet.',
  },
} satisfies Record<string, ErrorSpec>;
