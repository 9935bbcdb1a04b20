import type { I18nText } from '../../core/i18n';

/** Labels of 用户隐私保护指引 (console labels: Chinese, plus English in English mode). */
export const PRIVACY_STRINGS = {
  daysPlaceholder: { zh: '1–3650 天，例如 30', en: '1–3650 days, e.g. 30' },
  title: { zh: '用户隐私保护指引', en: 'User privacy guide', bilingual: true },
  where: {
    zh: '在控制台里的位置：设置 → 服务内容声明 → 用户隐私保护指引',
    en: 'In the console: Settings → Service declarations → User privacy guide',
    bilingual: true,
  },
  intro: {
    zh: '代码用到隐私接口（获取头像昵称、手机号、位置、相册等）时，提交审核前必须填好这份指引，声明的内容要和代码实际收集的信息一致，否则审核不通过。用户第一次使用这些接口前，小程序还要让用户同意指引。',
    en: 'When the code calls privacy APIs (avatar and nickname, phone number, location, photo album …), this guide must be completed before review and must match what the code actually collects, or the review fails. Users must also agree to it before the mini program first uses those APIs.',
  },
  notRequired: {
    zh: '（当前为旧版教程规则：提交审核不要求隐私保护指引。）',
    en: '(Classic rules: review does not require the privacy guide.)',
  },
  notLoggedIn: { zh: '请先登录小程序管理后台', en: 'Log in to the console first', bilingual: true },
  goLogin: { zh: '去登录', en: 'Log in', bilingual: true },
  status: { zh: '指引状态', en: 'Status', bilingual: true },
  items: { zh: '收集的用户信息', en: 'User information collected', bilingual: true },
  itemsHint: {
    zh: '勾选小程序会收集的每一项信息，并写明用途。标着“代码用到”的，是最新上传的代码调用了的接口。',
    en: 'Tick every kind of information the mini program collects and say what it is for. "Used by code" marks what the newest upload calls.',
  },
  usedByCode: { zh: '代码用到', en: 'Used by code', bilingual: true },
  purpose: { zh: '用途', en: 'Purpose', bilingual: true },
  purposePlaceholder: { zh: '例如：用于展示你的头像和昵称', en: 'e.g. Used to show your avatar and nickname' },
  retention: { zh: '存储期限', en: 'Storage period', bilingual: true },
  days: { zh: '天数', en: 'Days', bilingual: true },
  contact: { zh: '开发者联系邮箱', en: 'Developer contact email', bilingual: true },
  contactHint: {
    zh: '用户可以用它联系你，查询或删除自己的信息。模拟练习请用 example.com 之类的示例地址。',
    en: 'Users use it to reach you to see or delete their information. In this simulation use an example address such as example.com.',
  },
  save: { zh: '保存并生效', en: 'Save', bilingual: true },
  saved: { zh: '隐私保护指引已保存', en: 'Privacy guide saved', bilingual: true },
  savedTitle: { zh: '已声明的内容', en: 'What is declared', bilingual: true },
  goVersions: { zh: '去版本管理', en: 'Version management', bilingual: true },
} satisfies Record<string, I18nText>;

export type PrivacyStringKey = keyof typeof PRIVACY_STRINGS;
