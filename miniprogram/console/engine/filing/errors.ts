import type { ErrorSpec } from '../kernel/errors';

/** Errors of filing (ICP 备案): each with its facts, the form field it concerns and its message. */
export const FILING_ERRORS = {
  FILING_NEEDS_BASIC_INFO: {
    factIds: ['V-03', 'B-10', 'B-07'],
    zh: '备案前还需要在“基本设置”里完成：{missing}。',
    en: 'Before filing, finish these in Basic settings: {missing}.',
  },
  FILING_IN_PROGRESS: {
    factIds: ['V-03'],
    zh: '备案正在进行中（{stage}），请等待当前环节完成。',
    en: 'Filing is in progress ({stage}); wait for the current stage to finish.',
  },
  FILING_ALREADY_DONE: {
    factIds: ['V-03'],
    zh: '这个小程序已经完成备案。',
    en: 'This mini program is already filed.',
  },
  FILING_PARTICIPANTS_REQUIRED: {
    factIds: ['V-03'],
    field: 'participants',
    zh: '请填写主体负责人和小程序负责人的信息（姓名和手机号）。',
    en: 'Fill in the principal of the registered entity and the mini program principal (name and phone).',
  },
  FILING_PHONE_SHARED: {
    factIds: ['V-04'],
    field: 'participants',
    zh: '不同的备案负责人不能使用同一个手机号（{phone}）。请给每个人填写自己的手机号。',
    en: 'Different filing participants cannot share a phone number ({phone}). Give each person their own number.',
  },
  FILING_EMERGENCY_IS_PRINCIPAL: {
    factIds: ['V-08'],
    field: 'participants',
    zh: '应急联系人不能是主体负责人本人（姓名或手机号相同）。请填写另一个人作为应急联系人。',
    en: 'The emergency contact cannot be the principal of the registered entity (same name or phone). Name another person as the emergency contact.',
  },
  FILING_NOT_AT_SMS: {
    factIds: ['V-03'],
    zh: '现在不在“工信部短信核验”环节。{hint}',
    en: 'Filing is not at the MIIT SMS verification stage. {hint}',
  },
  FILING_SMS_UNKNOWN_PHONE: {
    factIds: ['V-03'],
    field: 'phone',
    zh: '这个手机号不是本次备案的负责人手机号。',
    en: 'This phone number is not one of the filing participants.',
  },
  FILING_SMS_WRONG: {
    factIds: ['V-03'],
    field: 'smsCode',
    zh: '核验码不正确，请对照模拟手机里工信部发来的短信输入。',
    en: 'Wrong verification code. Type the code from the MIIT SMS on the simulated phone.',
  },
} satisfies Record<string, ErrorSpec>;
