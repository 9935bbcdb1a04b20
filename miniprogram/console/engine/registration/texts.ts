/**
 * Registration's texts for its views and selectors: typed `{ zh, en }`. The registration page's own labels (steps,
 * fields, buttons) are its text table, console/register/strings.ts.
 */
import type { I18nText } from '../../../core/i18n';
import type { RegistrationStep, SubjectType } from '../kernel/types';

export const SUBJECT_TYPE_LABELS: Readonly<Record<SubjectType, I18nText>> = {
  individual: { zh: '个人', en: 'Individual' },
  enterprise: { zh: '企业', en: 'Enterprise' },
  individualBusiness: { zh: '个体工商户', en: 'Individual business' },
  government: { zh: '政府', en: 'Government' },
  media: { zh: '媒体', en: 'Media' },
  other: { zh: '其他组织', en: 'Other organisation' },
};

export const STEP_LABELS: Readonly<Record<RegistrationStep, I18nText>> = {
  account: { zh: '① 帐号信息', en: '① account info' },
  activation: { zh: '② 邮箱激活', en: '② email activation' },
  info: { zh: '③ 信息登记', en: '③ information registration' },
  done: { zh: '注册完成', en: 'registration complete' },
};

/** The activation mail the simulated platform sends after step ①. */
export const ACTIVATION_MAIL = {
  subject: { zh: '激活你的小程序帐号', en: 'Activate your mini program account' },
  body: {
    zh: '感谢注册！你的注册邮箱为 {to}。请点击下面的链接激活小程序帐号，继续完成信息登记。（模拟邮件，链接只在本模拟中有效）',
    en: 'Thank you for registering! Your registration email is {to}. Open the link below to activate the mini program account and continue with the information registration. (A simulated mail: the link only works in this simulation.)',
  },
} satisfies Record<string, I18nText>;

/** What the simulated platform sends during registration: the SMS code, the admin scan, the "registered" mail. */
export const REGISTRATION_MESSAGES = {
  smsCode: {
    zh: '【微信公众平台】你的验证码是 {code}，{minutes} 分钟内有效。如非本人操作请忽略。（模拟短信）',
    en: '[WeChat Public Platform] Your verification code is {code}, valid for {minutes} minutes. Ignore this if it was not you. (Simulated SMS)',
  },
  adminScanTitle: { zh: '小程序管理员身份验证', en: 'Mini program administrator verification' },
  registeredSubject: { zh: '小程序注册成功', en: 'Mini program registered' },
  registeredBody: {
    zh: '你的小程序已注册成功，AppID：{appId}。接下来请登录公众平台完善小程序信息、完成备案，并添加开发者。（模拟邮件）',
    en: 'Your mini program is registered; AppID: {appId}. Next, log in to complete its info, file it, and add developers. (Simulated mail)',
  },
} satisfies Record<string, I18nText>;
