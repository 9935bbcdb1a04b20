/** The dev-settings area's texts for its views: typed `{ zh, en }` with named parameters. */
import type { I18nText } from '../../../core/i18n';
import type { Capability } from '../kernel/types';

export const DEV_SETTINGS_TEXTS = {
  requestDomains: { zh: 'request合法域名', en: 'request domains' },
  socketDomains: { zh: 'socket合法域名', en: 'socket domains' },
  uploadfileDomains: { zh: 'uploadFile合法域名', en: 'uploadFile domains' },
  downloadfileDomains: { zh: 'downloadFile合法域名', en: 'downloadFile domains' },
  generated: { zh: '已生成', en: 'Generated' },
  unfreezingTakesEffectAt: { zh: '解冻将于 {time} 生效', en: 'Unfreezing takes effect at {time}' },
  freezingTakesEffectAt: { zh: '冻结将于 {time} 生效', en: 'Freezing takes effect at {time}' },
  ipWhitelistOffNote: {
    zh: '未开启：任何 IP 都可以调用使用 AppSecret 的接口。',
    en: 'Off: any IP may call the APIs that use the AppSecret.',
  },
  ipWhitelistOnNote: {
    zh: '已开启：只有白名单内的 IP 才能调用使用 AppSecret 的接口，其他 IP 会收到 40164。',
    en: 'On: only IPs on the whitelist may call the APIs that use the AppSecret; others get 40164.',
  },
  capabilityOn: { zh: '已开通', en: 'On' },
  capabilityOff: { zh: '未开通', en: 'Off' },
  phoneNumberFee: {
    zh: '按次收费：每次成功调用 {fee} 元，有 {trial} 次体验额度（2023 年 8 月 28 日起）。',
    en: 'Charged per call: {fee} RMB per successful call, with {trial} trial calls (since 28 August 2023).',
  },
} satisfies Record<string, I18nText>;

export const CAPABILITY_LABELS: Readonly<Record<Capability, I18nText>> = {
  wechatPay: { zh: '微信支付', en: 'WeChat Pay' },
  phoneNumber: { zh: '手机号快速验证组件', en: 'the phone-number component' },
  businessDomain: { zh: '业务域名', en: 'business domains' },
};
