/** The texts of WeChat verification's views (facts V-06, V-07): typed `{ zh, en }` with named parameters. */
import type { I18nText } from '../../../core/i18n';

export const VERIFICATION_TEXTS = {
  feeNoIndividuals: { zh: '{ruleSet}：个人号无法认证', en: '{ruleSet}: individuals cannot verify' },
  feeFree: { zh: '免费', en: 'Free' },
  feePerApplication: {
    zh: '每次申请 {fee} 元，审核不通过不退还',
    en: '{fee} RMB per application, not refunded if rejected',
  },
} satisfies Record<string, I18nText>;
