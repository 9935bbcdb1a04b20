import type { ErrorSpec } from '../kernel/errors';

/** Errors of logging in and whose view the console shows: each with its facts, the form field it concerns and its message. */
export const LOGIN_ERRORS = {
  LOGIN_WRONG_CREDENTIALS: {
    factIds: ['L-01'],
    field: 'password',
    zh: '帐号或密码错误。请用注册时的邮箱和密码登录（密码区分大小写）。',
    en: 'Wrong account or password. Log in with the registration email and its password (case-sensitive).',
  },
  LOGIN_NOT_ACTIVATED: {
    factIds: ['A-01', 'L-01'],
    field: 'email',
    zh: '该帐号还没有激活：请到邮箱打开激活邮件里的链接（也看看垃圾箱）。',
    en: 'This account is not activated yet: open the link in the activation mail (check the spam folder too).',
  },
  LOGIN_REGISTRATION_INCOMPLETE: {
    factIds: ['I-12'],
    field: 'email',
    zh: '该帐号已激活，但还没完成信息登记。请回到注册页继续“③ 信息登记”。',
    en: 'This account is activated but the information registration is not finished. Go back to registration step ③.',
  },
  NOT_LOGGED_IN: {
    factIds: ['L-01', 'L-02'],
    zh: '请先登录：输入注册邮箱和密码，再用绑定的微信扫码验证。',
    en: 'Log in first: enter the registration email and password, then verify by scanning with the bound WeChat.',
  },
  LOGIN_SCAN_NO_APPS: {
    factIds: ['L-05'],
    zh: '这个微信还不是任何小程序的管理员或项目成员，扫码后没有可以进入的小程序。请先注册一个小程序，或用邮箱和密码登录。',
    en: 'This WeChat is not the administrator or a project member of any mini program, so there is nothing to enter after the scan. Register one first, or log in with email and password.',
  },
  LOGIN_SCAN_NOT_CONFIRMED: {
    factIds: ['L-05'],
    zh: '请先用微信扫描登录页的二维码，并在模拟手机上确认，然后再选择要进入的小程序。',
    en: 'Scan the login code with WeChat and confirm on the simulated phone first, then pick the mini program to enter.',
  },
  LOGIN_APP_NOT_AVAILABLE: {
    factIds: ['L-05'],
    zh: '这个微信不能进入该小程序：只能选择你是管理员或项目成员的小程序。',
    en: 'This WeChat cannot enter that mini program: pick one you administer or are a project member of.',
  },
  LOGIN_SCAN_PENDING: {
    factIds: ['L-02'],
    zh: '密码已通过，还差一步：请用绑定的管理员微信扫码，并在模拟手机上确认。',
    en: 'The password is accepted; one step left: scan with the bound administrator WeChat and confirm on the simulated phone.',
  },
  ACT_AS_UNKNOWN: {
    factIds: ['M-02'],
    field: 'wechatId',
    zh: '只能切换成管理员或本小程序的项目成员的视角。',
    en: "You can only switch to the administrator's view or a project member's view.",
  },
} satisfies Record<string, ErrorSpec>;
