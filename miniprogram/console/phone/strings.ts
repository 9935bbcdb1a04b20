import type { I18nText } from '../../core/i18n';

export const PHONE_STRINGS = {
  title: { zh: '模拟手机', en: 'Simulated phone', bilingual: true },
  owner: { zh: '我的微信：{id}', en: 'My WeChat: {id}', bilingual: true },
  note: {
    zh: '这是你的第二台设备：短信验证码发到这里，需要“用微信扫码”的确认也在这里处理。',
    en: 'Your second device: SMS codes arrive here, and "scan with WeChat" confirmations are handled here.',
  },
  back: { zh: '返回', en: 'Back', bilingual: true },
  scans: { zh: '待确认的扫码', en: 'Scans to confirm', bilingual: true },
  noScans: { zh: '没有待确认的扫码', en: 'No scans waiting', bilingual: true },
  scanHint: { zh: '请确认是你本人在电脑上操作', en: 'Make sure it is you at the computer' },
  allowAdmin: { zh: '确认', en: 'Confirm', bilingual: true },
  allowLogin: { zh: '确认登录', en: 'Log in', bilingual: true },
  allowMember: { zh: '允许访问', en: 'Allow', bilingual: true },
  deny: { zh: '拒绝', en: 'Deny', bilingual: true },
  confirmed: { zh: '已确认', en: 'Confirmed', bilingual: true },
  denied: { zh: '已拒绝', en: 'Denied', bilingual: true },
  sms: { zh: '短信', en: 'SMS', bilingual: true },
  noSms: { zh: '还没有短信', en: 'No SMS yet', bilingual: true },
  code: { zh: '验证码', en: 'Code', bilingual: true },
  fromWechat: { zh: '微信公众平台', en: 'WeChat Public Platform', bilingual: true },
  fromMiit: { zh: '工信部备案系统', en: 'MIIT filing system', bilingual: true },
  to: { zh: '发至 {to}', en: 'To {to}', bilingual: true },
} satisfies Record<string, I18nText>;

export type PhoneStringKey = keyof typeof PHONE_STRINGS;
