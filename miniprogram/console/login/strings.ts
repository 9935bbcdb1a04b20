import type { I18nText } from '../../core/i18n';

export const LOGIN_STRINGS = {
  title: { zh: '登录', en: 'Log in', bilingual: true },
  platform: { zh: '微信公众平台 · 小程序', en: 'WeChat Official Accounts Platform · mini program', bilingual: true },
  byAccount: { zh: '使用帐号登录', en: 'Log in with your account', bilingual: true },
  byScan: { zh: '扫码登录', en: 'Scan to log in', bilingual: true },
  byScanBody: {
    zh: '现在的主要方式：用微信扫描二维码并在手机上确认，再选择要进入的小程序。旧教程里的邮箱 + 密码仍可使用（见下方）。',
    en: 'Today’s main route: scan the code with WeChat, confirm on the phone, then pick the mini program to enter. The email + password of older tutorials still works (below).',
  },
  scanStart: { zh: '显示登录二维码', en: 'Show the login code', bilingual: true },
  scanWaiting: { zh: '请用微信扫码，并在模拟手机上确认。', en: 'Scan with WeChat and confirm on the simulated phone.' },
  pickTitle: { zh: '选择要登录的小程序', en: 'Choose the mini program to log in to', bilingual: true },
  unnamed: { zh: '未命名小程序', en: 'Unnamed mini program', bilingual: true },
  email: { zh: '邮箱', en: 'Email', bilingual: true },
  emailHint: {
    zh: '注册时填写的邮箱，例如 student@example.com',
    en: 'The email you registered with, e.g. student@example.com',
  },
  password: { zh: '密码', en: 'Password', bilingual: true },
  passwordHint: { zh: '注册时设置的密码，例如 Practice-2025', en: 'The password you set, e.g. Practice-2025' },
  login: { zh: '登录', en: 'Log in', bilingual: true },
  noAccount: { zh: '还没有帐号？', en: 'No account yet?', bilingual: true },
  register: { zh: '立即注册', en: 'Register now', bilingual: true },
  scanTitle: { zh: '二次验证', en: 'Second verification', bilingual: true },
  scanBody: {
    zh: '为了你的帐号安全，请用绑定的管理员微信扫码验证登录，并在手机上确认。',
    en: 'For the account’s safety, scan with the bound administrator WeChat and confirm on the phone.',
  },
  openPhone: { zh: '打开模拟手机', en: 'Open the phone', bilingual: true },
  cancel: { zh: '取消，重新登录', en: 'Cancel and start again', bilingual: true },
  loggedIn: { zh: '已登录', en: 'Logged in', bilingual: true },
  loggedInAs: { zh: '当前登录：{appId}', en: 'Logged in to {appId}', bilingual: true },
  toHome: { zh: '进入管理后台', en: 'Open the console', bilingual: true },
  logout: { zh: '退出登录', en: 'Log out', bilingual: true },
  sampleNote: {
    zh: '示例数据会填入本模拟里已注册小程序的邮箱；密码是你注册时设置的（场景给出的密码见实操页）。',
    en: 'Sample data fills in the email of a mini program registered in this simulation; the password is the one you set (scenario passwords are on the Lab tab).',
  },
} satisfies Record<string, I18nText>;

export type LoginStringKey = keyof typeof LOGIN_STRINGS;
