/** The filing area's texts for its views: typed `{ zh, en }` with named parameters. */
import type { I18nText } from '../../../core/i18n';

export const FILING_TEXTS = {
  fillIn: { zh: '填写备案信息', en: 'Fill in' },
  platformReview: { zh: '平台初审', en: 'Platform review' },
  miitSMSCheck: { zh: '工信部短信核验', en: 'MIIT SMS check' },
  provincialReview: { zh: '管局审核', en: 'Provincial review' },
  filed: { zh: '备案完成', en: 'Filed' },
  subjectPrincipal: { zh: '主体负责人', en: 'Principal of the registered entity' },
  miniProgramPrincipal: { zh: '小程序负责人', en: 'Mini program principal' },
  platformFirstReview1: {
    zh: '平台初审中（1–2 个工作日），预计 {time} 完成，还剩 {days} 个工作日。',
    en: 'Platform first review (1–2 working days): expected {time}, {days} working days left.',
  },
  provincialAuthorityReview1: {
    zh: '管局审核中（1–20 个工作日），预计 {time} 完成，还剩 {days} 个工作日。',
    en: 'Provincial authority review (1–20 working days): expected {time}, {days} working days left.',
  },
  filedOnDate: { zh: '已于 {date} 完成备案', en: 'Filed on {date}' },
  smsAfterFirstReview: { zh: '平台初审完成后才会发送短信。', en: 'The SMS is sent after the platform first review.' },
  emergencyContact: { zh: '应急联系人', en: 'Emergency contact' },
  needName: { zh: '设置小程序名称', en: 'set the mini program name' },
  needCategory: {
    zh: '添加服务类目（备案要填写服务内容）',
    en: 'add a service category (filing asks for the service content)',
  },
  miitSms: {
    zh: '【工信部】你正在办理小程序备案，核验码 {code}。请在 {hours} 小时内到备案页面输入，逾期备案失效需重新提交。（模拟短信）',
    en: '[MIIT] You are filing a mini program; verification code {code}. Enter it on the filing page within {hours} hours, or the filing lapses and must be submitted again. (Simulated SMS)',
  },
  smsLapsed: {
    zh: '工信部短信核验没有在 {hours} 小时内完成，这次备案已失效。请重新提交备案，收到短信后及时核验。',
    en: 'The MIIT SMS check was not completed within {hours} hours, so this filing lapsed. Submit it again and verify as soon as the SMS arrives.',
  },
  smsDeadline: {
    zh: '工信部已向负责人的手机发送核验短信：在模拟手机里查看，输入手机号和核验码。请在 {time} 前完成（{hours} 小时内），逾期备案失效。',
    en: 'The MIIT has sent a verification SMS to each principal: read it on the simulated phone and enter the number and code. Finish by {time} (within {hours} hours) or the filing lapses.',
  },
} satisfies Record<string, I18nText>;
