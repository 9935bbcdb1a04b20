/** The privacy area's texts: the kinds of user information, the retention choices and the page's sentences. */
import type { I18nText } from '../../../core/i18n';
import type { PrivacyItem, PrivacyRetention } from '../kernel/types';

/** The kinds of user information as the guide's form names them (fact B-11). */
export const PRIVACY_ITEM_LABELS: Readonly<Record<PrivacyItem, I18nText>> = {
  userInfo: { zh: '用户信息（微信昵称、头像）', en: 'user info (WeChat nickname, avatar)' },
  phoneNumber: { zh: '手机号', en: 'phone number' },
  location: { zh: '位置信息', en: 'location' },
  album: { zh: '相册', en: 'photo album' },
  clipboard: { zh: '剪切板', en: 'clipboard' },
  camera: { zh: '摄像头', en: 'camera' },
  microphone: { zh: '麦克风', en: 'microphone' },
  address: { zh: '收货地址', en: 'shipping address' },
};

/** The API that makes a kind of information "used" by the code (what the page shows beside it). */
export const PRIVACY_ITEM_APIS: Readonly<Record<PrivacyItem, string>> = {
  userInfo: 'wx.chooseAvatar / <input type="nickname">',
  phoneNumber: '<button open-type="getPhoneNumber">',
  location: 'wx.getLocation',
  album: 'wx.chooseMedia / wx.saveImageToPhotosAlbum',
  clipboard: 'wx.getClipboardData',
  camera: '<camera> / wx.chooseMedia',
  microphone: 'wx.getRecorderManager',
  address: 'wx.chooseAddress',
};

export const RETENTION_LABELS: Readonly<Record<PrivacyRetention, I18nText>> = {
  untilDeleted: { zh: '用户删除前一直保存', en: 'Until the user deletes it' },
  fixed: { zh: '固定存储期限', en: 'A fixed period' },
};

export const PRIVACY_TEXTS = {
  mismatchReason: {
    zh: '用户隐私保护指引与代码不一致：代码用到了{items}，但指引里没有声明。请到“设置 → 服务内容声明 → 用户隐私保护指引”补充后重新提交审核。',
    en: 'The user privacy guide does not match the code: the code uses {items}, which the guide does not declare. Add them under 设置 → 服务内容声明 → 用户隐私保护指引 and submit for review again.',
  },
  notCompleted: { zh: '未填写', en: 'Not completed' },
  completedOn: { zh: '已于 {date} 更新', en: 'Updated on {date}' },
  codeUses: { zh: '最新上传的代码用到：{items}', en: 'The latest uploaded code uses: {items}' },
  codeUsesNothing: {
    zh: '还没有上传代码，或代码没有用到隐私接口。',
    en: 'No code uploaded yet, or the code calls no privacy API.',
  },
  undeclared: {
    zh: '代码用到但指引未声明：{items}。提交审核会被驳回。',
    en: 'Used by the code but not declared: {items}. The review would be rejected.',
  },
  retentionDaysText: { zh: '{days} 天', en: '{days} days' },
  /** A line of the saved guide: what is collected (or kept), and what for (or how long). */
  savedLine: { zh: '{what}：{value}', en: '{what}: {value}' },
  sampleContact: { zh: 'privacy@example.com', en: 'privacy@example.com' },
  samplePurpose: { zh: '用于{use}', en: 'Used to {use}' },
} satisfies Record<string, I18nText>;

/** What the sample button fills in as the purpose of each kind of information. */
export const SAMPLE_PURPOSES: Readonly<Record<PrivacyItem, I18nText>> = {
  userInfo: { zh: '展示你的头像和昵称', en: 'show your avatar and nickname' },
  phoneNumber: { zh: '登录和找回帐号', en: 'log in and recover your account' },
  location: { zh: '推荐附近的学习点', en: 'suggest study places near you' },
  album: { zh: '上传作业图片', en: 'upload pictures of your homework' },
  clipboard: { zh: '粘贴邀请码', en: 'paste an invitation code' },
  camera: { zh: '拍照上传作业', en: 'take pictures of your homework' },
  microphone: { zh: '录制口语练习', en: 'record speaking practice' },
  address: { zh: '寄送纸质证书', en: 'post the paper certificate' },
};
