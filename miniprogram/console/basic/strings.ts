import type { I18nText } from '../../core/i18n';

/** Labels of 设置 → 基本设置 (console labels: Chinese, plus English in English mode). */
export const BASIC_STRINGS = {
  settings: { zh: '设置', en: 'Settings', bilingual: true },
  basicSettings: { zh: '基本设置', en: 'Basic settings', bilingual: true },
  basicInfo: { zh: '基本信息', en: 'Basic info', bilingual: true },
  notLoggedIn: { zh: '请先登录小程序管理后台', en: 'Log in to the console first', bilingual: true },
  goLogin: { zh: '去登录', en: 'Log in', bilingual: true },
  save: { zh: '确定', en: 'Save', bilingual: true },
  cancel: { zh: '取消', en: 'Cancel', bilingual: true },
  saved: { zh: '已保存', en: 'Saved', bilingual: true },
  avatarTitle: { zh: '修改小程序头像', en: 'Change the avatar', bilingual: true },
  avatarRule: {
    zh: '支持 BMP、JPEG、JPG、GIF、PNG 格式，大小不超过 2 MB，头像会显示为正方形',
    en: 'BMP, JPEG, JPG, GIF or PNG, at most 2 MB; shown as a square',
  },
  avatarSamples: { zh: '选择示例图片', en: 'Pick a sample image', bilingual: true },
  album: { zh: '从手机相册选择', en: 'Choose from the album', bilingual: true },
  albumCancelled: { zh: '没有选择图片', en: 'No image chosen', bilingual: true },
  categoryTitle: { zh: '服务类目', en: 'Service categories', bilingual: true },
  main: { zh: '主营类目', en: 'Main', bilingual: true },
  setMain: { zh: '设为主营', en: 'Set as main', bilingual: true },
  remove: { zh: '删除', en: 'Remove', bilingual: true },
  addCategory: { zh: '添加类目', en: 'Add a category', bilingual: true },
  closeAdd: { zh: '收起', en: 'Close', bilingual: true },
  mainMissing: {
    zh: '提交审核前需要设置一个已通过的主营类目。',
    en: 'Set an approved main category before submitting for review.',
  },
  noCategory: { zh: '还没有添加服务类目', en: 'No service category yet', bilingual: true },
  removeTitle: { zh: '删除服务类目？', en: 'Remove this category?', bilingual: true },
  removeBody: {
    zh: '删除后再添加会占用本月的添加次数。',
    en: 'Adding it again later uses one of this month’s additions.',
  },
  back: { zh: '返回基本设置', en: 'Back to basic settings', bilingual: true },
  added: { zh: '已添加', en: 'Added', bilingual: true },
  uploadAndAdd: { zh: '上传资质并添加（模拟）', en: 'Upload the qualification and add (simulated)' },
} satisfies Record<string, I18nText>;

export type BasicStringKey = keyof typeof BASIC_STRINGS;

/** The edit sheet's placeholders: an example of what to type in each field. */
export const EDIT_PLACEHOLDERS = {
  name: { zh: '例如：番茄学习助手', en: 'e.g. Tomato Study Helper' },
  abbreviation: { zh: '例如：番茄学习', en: 'e.g. Tomato Study' },
  introduction: {
    zh: '例如：用番茄钟安排学习时间，记录每天的专注时长。',
    en: 'e.g. Plan study time with a pomodoro timer and log how long you focus each day.',
  },
} satisfies Record<string, I18nText>;
