import type { I18nText } from '../../core/i18n';

/** Labels of 管理 → 成员管理 (console labels: Chinese, plus English in English mode). */
export const MEMBERS_STRINGS = {
  title: { zh: '成员管理', en: 'Member management', bilingual: true },
  intro: {
    zh: '小程序成员管理包括对小程序项目成员及体验成员的管理。',
    en: 'Member management covers project members and testers.',
  },
  notLoggedIn: { zh: '请先登录小程序管理后台', en: 'Log in to the console first', bilingual: true },
  goLogin: { zh: '去登录', en: 'Log in', bilingual: true },
  admin: { zh: '管理员', en: 'Administrator', bilingual: true },
  modify: { zh: '修改', en: 'Change', bilingual: true },
  wechatId: { zh: '微信号', en: 'WeChat ID', bilingual: true },
  projectTab: { zh: '项目成员', en: 'Project members', bilingual: true },
  experienceTab: { zh: '体验成员', en: 'Testers', bilingual: true },
  projectDesc: {
    zh: '表示参与小程序开发、运营的成员，可登录小程序管理后台，包括运营者、开发者及数据分析者。管理员可添加、删除项目成员，并设置项目成员的角色。',
    en: 'People who develop and run the mini program and can log in to the console: operators, developers and data analysts. The administrator adds and removes them and sets their roles.',
  },
  experienceDesc: {
    zh: '表示参与小程序内测体验的成员，可使用体验版小程序，但不属于项目成员。管理员及项目成员均可添加、删除体验成员。',
    en: 'People who test the trial version; they are not project members. The administrator and project members can add or remove them.',
  },
  remaining: { zh: '剩余可添加人数', en: 'Places left', bilingual: true },
  add: { zh: '添加成员', en: 'Add a member', bilingual: true },
  addTitle: { zh: '添加用户', en: 'Add a user', bilingual: true },
  addHint: {
    zh: '输入微信号搜索。对方需在“微信-我-设置-朋友权限-添加我的方式”中打开“通过微信号找到我”。',
    en: 'Search by WeChat ID. The person must have turned on “find me by WeChat ID” (微信-我-设置-朋友权限-添加我的方式).',
  },
  search: { zh: '搜索', en: 'Search', bilingual: true },
  found: { zh: '已找到', en: 'Found', bilingual: true },
  permissions: { zh: '权限设置', en: 'Permissions', bilingual: true },
  confirmAdd: { zh: '确认添加', en: 'Confirm', bilingual: true },
  needsAdmin: { zh: '需要小程序管理员确认', en: 'The administrator must confirm', bilingual: true },
  cancel: { zh: '取消', en: 'Cancel', bilingual: true },
  close: { zh: '关闭', en: 'Close', bilingual: true },
  waitingTitle: { zh: '等待管理员扫码确认', en: 'Waiting for the administrator’s scan', bilingual: true },
  waitingHint: {
    zh: '已在模拟手机上发起“身份验证”：请打开手机，用管理员微信扫码并点“允许访问”。',
    en: 'A verification is waiting on the simulated phone: open it and confirm with the administrator’s WeChat.',
  },
  openPhone: { zh: '打开模拟手机', en: 'Open the simulated phone', bilingual: true },
  empty: { zh: '暂无成员', en: 'No members yet', bilingual: true },
  remove: { zh: '删除', en: 'Remove', bilingual: true },
  editRoles: { zh: '编辑权限', en: 'Edit roles', bilingual: true },
  removeTitle: { zh: '删除成员？', en: 'Remove this member?', bilingual: true },
  removeBody: { zh: '删除后对方将失去相应权限。', en: 'They lose the access this membership gave them.' },
  save: { zh: '保存', en: 'Save', bilingual: true },
  saved: { zh: '已保存', en: 'Saved', bilingual: true },
  actAs: { zh: '以TA的身份查看', en: 'View as them', bilingual: true },
  actingAs: { zh: '你正在以 {who} 的身份查看控制台', en: 'You are viewing the console as {who}' },
  backToAdmin: { zh: '切回管理员', en: 'Back to the administrator', bilingual: true },
  wechatIdPlaceholder: { zh: '对方的微信号，例如 reglab_dev01', en: 'Their WeChat ID, e.g. reglab_dev01' },
} satisfies Record<string, I18nText>;

export type MembersStringKey = keyof typeof MEMBERS_STRINGS;
