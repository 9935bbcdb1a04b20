/** The dev-settings area's texts for its views: typed `{ zh, en }` with named parameters. */
import type { I18nText } from '../../../core/i18n';

export const DEV_SETTINGS_TEXTS = {
  requestDomains: { zh: 'request合法域名', en: 'request domains' },
  socketDomains: { zh: 'socket合法域名', en: 'socket domains' },
  uploadfileDomains: { zh: 'uploadFile合法域名', en: 'uploadFile domains' },
  downloadfileDomains: { zh: 'downloadFile合法域名', en: 'downloadFile domains' },
  generated: { zh: '已生成', en: 'Generated' },
  unfreezingTakesEffectAt: { zh: '解冻将于 {time} 生效', en: 'Unfreezing takes effect at {time}' },
  freezingTakesEffectAt: { zh: '冻结将于 {time} 生效', en: 'Freezing takes effect at {time}' },
} satisfies Record<string, I18nText>;
