/** The basic-settings area's texts for its views: typed `{ zh, en }` with named parameters. */
import type { I18nText } from '../../../core/i18n';

export const BASIC_SETTINGS_TEXTS = {
  name: { zh: '小程序名称', en: 'Name' },
  abbreviation: { zh: '小程序简称', en: 'Short name' },
  avatar: { zh: '小程序头像', en: 'Avatar' },
  codeAndOfflineMaterials: { zh: '小程序码及线下物料下载', en: 'Code and offline materials' },
  introduction: { zh: '介绍', en: 'Introduction' },
  serviceCategories: { zh: '服务类目', en: 'Service categories' },
  subject: { zh: '主体信息', en: 'Registered entity' },
  wechatVerification: { zh: '微信认证', en: 'WeChat verification' },
  icpFiling: { zh: '小程序备案', en: 'ICP filing' },
  userSatisfaction: { zh: '用户满意度', en: 'User satisfaction' },
  notSet: { zh: '未设置', en: 'Not set' },
  change: { zh: '修改', en: 'Change' },
  fillIn: { zh: '填写', en: 'Fill in' },
  details: { zh: '详情', en: 'Details' },
  download: { zh: '下载', en: 'Download' },
  migration: { zh: '小程序迁移', en: 'Migration' },
  theFirstSettingDoes: { zh: '首次填写不计入修改次数', en: 'The first setting does not count as a change' },
  downloadTheCodeAnd: {
    zh: '可下载小程序码及搜索框等线下推广物料',
    en: 'Download the code and offline promotion materials',
  },
  notVerified: { zh: '未认证', en: 'Not verified' },
  underReview: { zh: '审核中', en: 'Under review' },
  rejected: { zh: '未通过', en: 'Rejected' },
  expired: { zh: '已过期', en: 'Expired' },
  verifiedUntil: { zh: '已认证（有效期至 {date}）', en: 'Verified (valid until {date})' },
  verify: { zh: '去认证', en: 'Verify' },
  file: { zh: '去备案', en: 'File' },
  notEnoughRatings: { zh: '评价人数不足', en: 'Not enough ratings' },
  fromUsersWeChatInvites: {
    zh: '来源于微信随机邀请的用户，结果将显示在小程序资料页',
    en: 'From users WeChat invites at random; shown on the profile page',
  },
  approved: { zh: '已通过', en: 'Approved' },
  noneAdded: { zh: '未添加', en: 'None added' },
  notForIndividuals: { zh: '个人主体不可选', en: 'Not for individuals' },
  reviewedInNDays: { zh: '需审核 {n} 天', en: 'Reviewed in {n} days' },
  needsQualification: {
    zh: '需上传资质：{document}；审核 {n} 天',
    en: 'Needs a qualification: {document}; reviewed in {n} days',
  },
  requiredBeforeReview: { zh: '（提交审核前必须完成）', en: '(required before review)' },
  /** Between the service categories a row lists. */
  listSeparator: { zh: '；', en: '; ' },
  subjectLine: { zh: '主体：{value}', en: 'Registered entity: {value}' },
  idNumberLine: { zh: '身份证号码：{value}', en: 'ID number: {value}' },
  administratorPhoneLine: { zh: '管理员手机号：{value}', en: 'Administrator phone: {value}' },
  creditCodeLine: { zh: '统一社会信用代码：{value}', en: 'Credit code: {value}' },
  theSubjectCannotBe: {
    zh: '主体信息不能修改；如需换主体，请使用“小程序迁移”。本模拟只保存打码后的证件信息。',
    en: 'The registered entity cannot be edited; use migration to move to another registered entity. The simulation keeps only masked values.',
  },
  t430CharactersA: {
    zh: '4–30 个字符（一个汉字算 2 个），不能含“小程序”“微信”等字样，且不能与已有小程序重名',
    en: '4–30 characters (a Chinese character counts 2), no “小程序” (mini program) or “微信” (WeChat), and not a name already in use',
  },
  t210CharactersShorter: { zh: '2–10 个字，需比名称短', en: '2–10 characters, shorter than the name' },
  t4120CharactersDescribing: {
    zh: '4–120 个字，介绍小程序的功能',
    en: '4–120 characters describing what the mini program does',
  },
  bookIcon: { zh: '书本图标', en: 'Book icon' },
  starIcon: { zh: '星星图标', en: 'Star icon' },
  fullSizePhoto: { zh: '手机原图', en: 'Full-size photo' },
  webpAnimation: { zh: 'WEBP 动图', en: 'WEBP animation' },
  /** A sample avatar file as the picker lists it: "书本图标（PNG，86 KB）". */
  avatarSample: { zh: '{label}（{format}，{size}）', en: '{label} ({format}, {size})' },
} satisfies Record<string, I18nText>;

/**
 * The clearly simulated values the edit form's 示例数据 button fills in. They are values a learner would type into
 * the real console, not texts in a language: a name is Chinese in either language, so these are the same in both.
 */
export const EDIT_SAMPLES = {
  names: ['实训示例笔记本', '练习用菜谱本', '示例计算器练习', '模拟旅行攻略册', '示例健身打卡站'],
  /** A short name for each sample name. */
  abbreviations: {
    实训示例笔记本: '示例笔记',
    练习用菜谱本: '练习菜谱',
    示例计算器练习: '示例计算',
    模拟旅行攻略册: '旅行攻略',
    示例健身打卡站: '健身打卡',
  } as Readonly<Record<string, string>>,
  /** The short name for a name too short to shorten. */
  abbreviationFallback: '示例',
  introduction: '用来练习小程序注册、设置与发布流程的示例小程序（模拟数据）。',
} as const;
