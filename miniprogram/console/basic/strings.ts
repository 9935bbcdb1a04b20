import type { I18nText } from '../../core/i18n';

/** Labels of 设置 → 基本设置 (console labels: Chinese, plus English in English mode). */
export const BASIC_STRINGS = {
  settings: { zh: '设置', en: 'Settings' },
  basicSettings: { zh: '基本设置', en: 'Basic settings' },
  basicInfo: { zh: '基本信息', en: 'Basic info' },
  notLoggedIn: { zh: '请先登录小程序管理后台', en: 'Log in to the console first' },
  goLogin: { zh: '去登录', en: 'Log in' },
  save: { zh: '确定', en: 'Save' },
  cancel: { zh: '取消', en: 'Cancel' },
  saved: { zh: '已保存', en: 'Saved' },
  avatarTitle: { zh: '修改小程序头像', en: 'Change the avatar' },
  avatarRule: {
    zh: '支持 BMP、JPEG、JPG、GIF、PNG 格式，大小不超过 2 MB，头像会显示为正方形',
    en: 'BMP, JPEG, JPG, GIF or PNG, at most 2 MB; shown as a square',
  },
  avatarSamples: { zh: '选择示例图片', en: 'Pick a sample image' },
  album: { zh: '从手机相册选择', en: 'Choose from the album' },
  albumCancelled: { zh: '没有选择图片', en: 'No image chosen' },
  categoryTitle: { zh: '服务类目', en: 'Service categories' },
  categoryCol: { zh: '服务类目', en: 'Category' },
  statusCol: { zh: '状态', en: 'Status' },
  actionCol: { zh: '操作', en: 'Action' },
  main: { zh: '主营类目', en: 'Main' },
  setMain: { zh: '设为主营', en: 'Set as main' },
  remove: { zh: '删除', en: 'Remove' },
  addCategory: { zh: '添加类目', en: 'Add a category' },
  closeAdd: { zh: '收起', en: 'Close' },
  mainMissing: {
    zh: '提交审核前需要设置一个已通过的主营类目。',
    en: 'Set an approved main category before submitting for review.',
  },
  noCategory: { zh: '还没有添加服务类目', en: 'No service category yet' },
  removeTitle: { zh: '删除服务类目？', en: 'Remove this category?' },
  removeBody: {
    zh: '删除后再添加会占用本月的添加次数。',
    en: 'Adding it again later uses one of this month’s additions.',
  },
  back: { zh: '返回基本设置', en: 'Back to basic settings' },
  added: { zh: '已添加', en: 'Added' },
} satisfies Record<string, I18nText>;

export type BasicStringKey = keyof typeof BASIC_STRINGS;
