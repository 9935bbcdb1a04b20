import type { I18nText } from '../../core/i18n';

/** Labels of 小程序备案 (console labels: Chinese, plus English in English mode). */
export const FILING_STRINGS = {
  title: { zh: '小程序备案', en: 'ICP filing', bilingual: true },
  intro: {
    zh: '自 2023 年 9 月 1 日起，新的小程序须完成备案后才能上线。备案流程：填写备案信息 → 平台初审 → 工信部短信核验 → 管局审核 → 备案完成。',
    en: 'Since 1 September 2023 a new mini program must be filed before it can go online: fill in → platform first review → MIIT SMS check → provincial review → filed.',
  },
  notRequired: {
    zh: '（当前为旧版教程规则：提交审核不要求备案。）',
    en: '(Classic rules: review does not require filing.)',
  },
  notLoggedIn: { zh: '请先登录小程序管理后台', en: 'Log in to the console first', bilingual: true },
  goLogin: { zh: '去登录', en: 'Log in', bilingual: true },
  status: { zh: '备案状态', en: 'Filing status', bilingual: true },
  formTitle: { zh: '填写备案信息', en: 'Filing information', bilingual: true },
  subjectPrincipal: { zh: '主体负责人', en: 'Principal of the registered entity', bilingual: true },
  appPrincipal: { zh: '小程序负责人', en: 'Mini program principal', bilingual: true },
  name: { zh: '姓名', en: 'Name', bilingual: true },
  phone: { zh: '手机号码', en: 'Mobile number', bilingual: true },
  same: {
    zh: '小程序负责人与主体负责人为同一人',
    en: 'The mini program principal is the principal of the registered entity',
  },
  phoneRule: {
    zh: '不同的负责人须使用不同的手机号码；工信部会向每个号码发送核验短信。',
    en: 'Different principals must use different numbers; the MIIT sends a verification SMS to each.',
  },
  submit: { zh: '提交备案', en: 'Submit filing', bilingual: true },
  submitted: { zh: '已提交备案', en: 'Filing submitted', bilingual: true },
  skip: { zh: '快进到本阶段结束（模拟时钟）', en: 'Skip to the end of this stage (simulated clock)' },
  smsTitle: { zh: '工信部短信核验', en: 'MIIT SMS verification', bilingual: true },
  smsPending: { zh: '待核验号码', en: 'Numbers to verify', bilingual: true },
  code: { zh: '核验码', en: 'Code', bilingual: true },
  verify: { zh: '核验', en: 'Verify', bilingual: true },
  verified: { zh: '核验成功', en: 'Verified', bilingual: true },
  openPhone: { zh: '在模拟手机查看短信', en: 'Read the SMS on the simulated phone', bilingual: true },
  participants: { zh: '备案负责人', en: 'Principals', bilingual: true },
  rejected: { zh: '备案被驳回', en: 'Filing rejected', bilingual: true },
  resubmit: { zh: '按驳回原因修改后重新提交。', en: 'Fix what the reason says and submit again.' },
  needsTitle: { zh: '备案前还需要完成', en: 'Still needed before filing' },
  fixIt: { zh: '去完成', en: 'Do it', bilingual: true },
  emergency: { zh: '应急联系人', en: 'Emergency contact', bilingual: true },
  emergencyRule: {
    zh: '应急联系人要填写主体负责人以外的另一个人。',
    en: 'The emergency contact must be someone other than the principal of the registered entity.',
  },
  namePlaceholder: { zh: '例如：测试甲（模拟，勿填真实姓名）', en: 'e.g. 测试甲 (simulated; no real name)' },
  phonePlaceholder: { zh: '11 位手机号，例如 13800138000', en: '11 digits, e.g. 13800138000' },
  codePlaceholder: { zh: '6 位数字，例如 123456', en: '6 digits, e.g. 123456' },
} satisfies Record<string, I18nText>;

export type FilingStringKey = keyof typeof FILING_STRINGS;
