/**
 * Registration's texts for its views and selectors: typed `{ zh, en }`. The registration page's own labels (steps,
 * fields, buttons) are its text table, console/register/strings.ts.
 */
import type { I18nText } from '../../../core/i18n';
import type { Region, RegistrationStep, RuleSetId, SubjectType } from '../kernel/types';

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

/** The countries and regions step ③ offers. */
export const REGION_LABELS: Readonly<Record<Region, I18nText>> = {
  mainland: { zh: '中国大陆', en: 'Mainland China' },
  hongkong: { zh: '中国香港', en: 'Hong Kong, China' },
  macao: { zh: '中国澳门', en: 'Macao, China' },
  taiwan: { zh: '中国台湾', en: 'Taiwan, China' },
  overseas: { zh: '其他国家或地区', en: 'Other countries or regions' },
};

/** The sub-choice under 企业 (fact I-02). */
export const ENTERPRISE_KIND_LABELS: Readonly<Record<string, I18nText>> = {
  enterprise: { zh: '企业（公司、分支机构）', en: 'Company or branch' },
  individualBusiness: { zh: '个体工商户', en: 'Individual business (个体工商户)' },
};

/** What each subject type covers, as the registration guide says. */
export const SUBJECT_TYPE_WHAT: Readonly<Record<SubjectType, I18nText>> = {
  individual: {
    zh: '个人类型包括：由自然人注册和运营的公众帐号。',
    en: 'Individual: accounts registered and operated by a natural person.',
  },
  enterprise: {
    zh: '企业类型包括：企业、分支机构、企业相关品牌等。',
    en: 'Enterprise: companies, their branches and brands.',
  },
  individualBusiness: {
    zh: '个体工商户类型包括：持有个体工商户营业执照的经营者。',
    en: 'Individual business: holders of an individual business licence.',
  },
  government: {
    zh: '政府类型包括：国内各级、各类政府机构、事业单位、具有行政职能的社会组织等。',
    en: 'Government: government bodies at every level, public institutions, social organisations with administrative functions.',
  },
  media: {
    zh: '媒体类型包括：报纸、杂志、电视、电台、通讯社、其他等。',
    en: 'Media: newspapers, magazines, television, radio, news agencies and others.',
  },
  other: {
    zh: '其他组织类型包括：不属于政府、媒体、企业或个人的其他类型，如基金会、社会团体、民办非企业单位等。',
    en: 'Other organisation: anything that is not government, media, an enterprise or an individual, e.g. foundations and associations.',
  },
};

/** How an enterprise is verified, by rule set (fact I-10): today's three ways, or the older tutorials' two. */
export const ENTERPRISE_VERIFY: Readonly<Record<RuleSetId, I18nText>> = {
  current: {
    zh: '主体验证：对公账户打款（10 天内从对公账户向腾讯小额打款，款项会退回）、法人扫脸（法定代表人用微信扫码刷脸）或电子营业执照，三选一。',
    en: "Checking the registered entity, one of three: a small payment from the company account to Tencent within 10 days (refunded), the legal representative's face scan in WeChat, or the electronic business licence.",
  },
  classic: {
    zh: '主体验证（较早的教程）：向腾讯公司小额打款（10 天内从对公账户汇款，款项会退回），或通过微信认证。',
    en: 'Checking the registered entity (older tutorials): a small payment to Tencent from the company account within 10 days (refunded), or WeChat verification.',
  },
};

/** The organisation name field's label per type. */
export const ORG_NAME_LABELS: Readonly<Record<SubjectType, I18nText>> = {
  individual: { zh: '', en: '' },
  enterprise: { zh: '企业名称', en: 'Enterprise name' },
  individualBusiness: { zh: '个体工商户名称', en: 'Business name' },
  government: { zh: '政府全称', en: 'Full name of the body' },
  media: { zh: '媒体名称', en: 'Media name' },
  other: { zh: '组织名称', en: 'Organisation name' },
};

/**
 * What a subject type can and cannot do and how its entity is checked (facts I-03, I-10, V-06). `{fee}` is one of
 * the VERIFICATION_FEE texts.
 */
export const SUBJECT_TYPE_ABILITIES = {
  individualCanWithFee: {
    zh: '帐号能力：{fee}；可使用基础接口开发、发布小程序。',
    en: 'What the account can do: it {fee}, and it can develop with the basic APIs and publish mini programs.',
  },
  individualCan: {
    zh: '帐号能力：可使用基础接口开发、发布小程序。',
    en: 'What the account can do: develop with the basic APIs and publish mini programs.',
  },
  individualCannotWhenVerifiable: {
    zh: '个人类型暂不支持微信支付、手机号快速验证组件及业务域名等能力。',
    en: 'Individuals cannot use WeChat Pay, the phone-number component or business domains.',
  },
  individualCannot: {
    zh: '个人类型暂不支持微信认证、微信支付及高级接口能力。',
    en: 'Individuals cannot do WeChat verification, WeChat Pay or advanced APIs.',
  },
  individualVerify: {
    zh: '无需额外的主体验证：管理员扫码即是本人验证。',
    en: 'No further check of the registered entity: the administrator scan verifies the person.',
  },
  organisationCan: {
    zh: '帐号能力：{fee}；认证后可开通微信支付及各类高级接口能力。',
    en: 'What the account can do: it {fee}; once verified, it can use WeChat Pay and the advanced APIs.',
  },
  organisationCannot: { zh: '主体信息提交后不可修改。', en: 'The registered entity cannot be changed once submitted.' },
  verifyByWechatOnly: {
    zh: '主体验证：只能通过微信认证。',
    en: 'Checking the registered entity: WeChat verification only.',
  },
} satisfies Record<string, I18nText>;

/** Whether and for how much a subject type may apply for WeChat verification (fact V-06). */
export const VERIFICATION_FEE = {
  none: { zh: '不能申请微信认证', en: 'cannot apply for WeChat verification' },
  free: { zh: '可免费申请微信认证', en: 'may apply for WeChat verification free of charge' },
  paid: { zh: '可申请微信认证（每次 {fee} 元）', en: 'may apply for WeChat verification ({fee} RMB each time)' },
} satisfies Record<string, I18nText>;
