/** Registration's texts for its views and selectors: typed `{ zh, en }`. */
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
