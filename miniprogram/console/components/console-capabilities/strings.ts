import type { I18nText } from '../../../core/i18n';

/** 开发管理 → 接口设置: the capabilities card. */
export const CAPABILITIES_STRINGS = {
  title: { zh: '接口设置', en: 'Interface settings', bilingual: true },
  intro: {
    zh: '这些能力只对完成微信认证的非个人主体开放；个人主体不能开通。',
    en: 'These capabilities are only for verified non-individual entities; individual accounts cannot enable them.',
  },
  enable: { zh: '开通', en: 'Enable', bilingual: true },
} satisfies Record<string, I18nText>;
