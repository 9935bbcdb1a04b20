/**
 * The event log as the learner reads it: one short sentence per event type (zh/en), and for a refusal the first
 * sentence of its message with the details left out. No codes and no fact IDs reach the learner.
 */
import { t, type I18nText, type Lang } from '../../../core/i18n';
import { ERROR_CATALOG, isErrorCode } from '../kernel/errors';
import type { EventType } from '../kernel/events';

const L = (zh: string, en: string): I18nText => ({ zh, en });

export const EVENT_TEXT: Readonly<Record<EventType, I18nText>> = {
  SCENARIO_STARTED: L('练习场景开始', 'The practice scenario started'),
  CLOCK_ADVANCED: L('模拟时钟前进', 'The simulated clock moved on'),
  RULE_SET_SWITCHED: L('切换了规则版本', 'The rule set was switched'),
  CAPTCHA_REFRESHED: L('换了一张验证码', 'A new captcha was shown'),
  ACCOUNT_SUBMITTED: L('帐号信息已提交', 'The account details were submitted'),
  ACTIVATION_MAIL_SENT: L('激活邮件已发出', 'The activation mail was sent'),
  REGISTRATION_EMAIL_RESET: L('重新填写邮箱', 'The email address was changed'),
  REGISTRATION_RESTARTED: L('重新开始注册', 'Registration started over'),
  MAIL_OPENED: L('打开了一封邮件', 'A mail was opened'),
  MAIL_MOVED: L('邮件已移到收件箱', 'A mail was moved to the inbox'),
  ACCOUNT_ACTIVATED: L('帐号已激活', 'The account was activated'),
  REGION_SELECTED: L('选择了注册国家/地区', 'The region was chosen'),
  SUBJECT_TYPE_SELECTED: L('选择了主体类型', 'The entity type was chosen'),
  SMS_SENT: L('短信验证码已发出', 'The SMS code was sent'),
  SCAN_REQUESTED: L('等待微信扫码确认', 'Waiting for a WeChat scan'),
  SCAN_CONFIRMED: L('扫码已确认', 'The scan was confirmed'),
  SCAN_REJECTED: L('扫码被拒绝', 'The scan was declined'),
  ADMIN_VERIFIED: L('管理员身份已验证', 'The administrator was verified'),
  CONFIRM_DIALOG_OPENED: L('弹出主体信息确认框', 'The entity confirmation dialog opened'),
  CONFIRM_DIALOG_CANCELLED: L('取消了主体信息确认', 'The entity confirmation was cancelled'),
  APP_REGISTERED: L('小程序注册成功', 'The mini program was registered'),
  SUBJECT_PAYMENT_RECEIVED: L('对公打款已到账', 'The small payment arrived'),
  SUBJECT_PAYMENT_EXPIRED: L('对公打款已超期', 'The payment window passed'),
  SUBJECT_METHOD_CHANGED: L('换了主体验证方式', 'The verification method was changed'),
  SUBJECT_VERIFIED: L('主体验证完成', 'The entity was verified'),
  LOGIN_PASSWORD_ACCEPTED: L('帐号密码正确，等待扫码', 'Password accepted, waiting for the scan'),
  LOGGED_IN: L('已登录', 'Logged in'),
  LOGGED_IN_BY_SCAN: L('扫码并选择小程序后登录成功', 'Logged in by scanning and picking the mini program'),
  LOGGED_OUT: L('已退出登录', 'Logged out'),
  ACTING_AS: L('切换了查看身份', 'Now viewing as another member'),
  NAME_CHANGED: L('名称已修改', 'The name was changed'),
  ABBR_CHANGED: L('简称已修改', 'The short name was changed'),
  AVATAR_CHANGED: L('头像已修改', 'The avatar was changed'),
  INTRO_CHANGED: L('介绍已修改', 'The description was changed'),
  CATEGORY_ADDED: L('添加了服务类目', 'A service category was added'),
  QUALIFICATION_SUBMITTED: L('类目资质已上传，等待审核', 'The category qualification was uploaded for review'),
  CATEGORY_APPROVED: L('服务类目审核通过', 'A service category was approved'),
  CATEGORY_REMOVED: L('删除了服务类目', 'A service category was removed'),
  MAIN_CATEGORY_SET: L('设置了主营类目', 'The main category was set'),
  SECRET_GENERATED: L('AppSecret 已生成', 'The AppSecret was generated'),
  SECRET_RESET: L('AppSecret 已重置', 'The AppSecret was reset'),
  SECRET_FREEZE_REQUESTED: L('已申请冻结/解冻 AppSecret', 'Freezing or unfreezing the AppSecret was requested'),
  SECRET_FREEZE_APPLIED: L('AppSecret 冻结/解冻已生效', 'Freezing or unfreezing the AppSecret took effect'),
  IP_WHITELIST_SET: L('IP 白名单已保存', 'The IP whitelist was saved'),
  IP_WHITELIST_SWITCHED: L('IP 白名单已开启/关闭', 'The IP whitelist was switched on or off'),
  DOMAINS_SET: L('服务器域名已保存', 'The server domains were saved'),
  UPLOAD_KEY_GENERATED: L('代码上传密钥已生成', 'The code upload key was generated'),
  UPLOAD_KEY_RESET: L('代码上传密钥已重置', 'The code upload key was reset'),
  UPLOAD_IP_WHITELIST_SET: L('代码上传 IP 白名单已保存', 'The code upload IP whitelist was saved'),
  API_CALL_SUCCEEDED: L('接口调用成功', 'The API call succeeded'),
  CAPABILITY_ENABLED: L('开通了一项接口能力', 'A capability was switched on'),
  PHONE_NUMBER_CHARGED_PER_CALL: L(
    '手机号快速验证组件开始按次计费（每次成功调用 0.03 元，1000 次体验额度）',
    'The phone-number component is now charged per call (0.03 RMB per successful call, 1000 trial calls)',
  ),
  MEMBER_FOUND: L('找到了这位成员', 'The member was found'),
  MEMBER_ADD_REQUESTED: L('添加成员，等待管理员扫码', 'Adding a member: waiting for the administrator’s scan'),
  MEMBER_ADDED: L('成员已添加', 'The member was added'),
  MEMBER_REMOVED: L('成员已移除', 'The member was removed'),
  MEMBER_ROLES_SET: L('成员权限已修改', 'The member’s roles were changed'),
  VERSION_UPLOADED: L('代码已上传为开发版本', 'Code was uploaded as a development version'),
  TRIAL_SET: L('设置了体验版', 'The trial version was set'),
  REVIEW_SUBMITTED: L('已提交审核', 'Submitted for review'),
  REVIEW_PASSED: L('审核通过', 'The review passed'),
  REVIEW_REJECTED: L('审核未通过', 'The review was rejected'),
  PRIVACY_GUIDE_SAVED: L('用户隐私保护指引已保存', 'The user privacy guide was saved'),
  REVIEW_REJECTED_PRIVACY: L(
    '审核未通过：用户隐私保护指引与代码不一致',
    'The review was rejected: the user privacy guide does not match the code',
  ),
  REVIEW_WITHDRAWN: L('已撤回审核', 'The review was withdrawn'),
  VERSION_PUBLISHED: L('版本已发布', 'The version was published'),
  PUBLISHED_UNVERIFIED: L(
    '已发布但未认证：不能被搜索、不能被分享',
    'Published but not verified: it cannot be found by search or shared',
  ),
  PHASED_RELEASE_UPDATED: L('分阶段发布比例已调整', 'The phased release was widened'),
  VERSION_ROLLED_BACK: L('已回退到上一个版本', 'Rolled back to the previous version'),
  FILING_SUBMITTED: L('备案已提交', 'Filing was submitted'),
  FILING_STAGE_CHANGED: L('备案进入下一阶段', 'Filing moved to its next stage'),
  FILING_SMS_SENT: L('备案核验短信已发出', 'The filing SMS was sent'),
  FILING_SMS_VERIFIED: L('备案短信核验完成', 'The filing SMS was verified'),
  FILING_DONE: L('备案完成', 'Filing is done'),
  FILING_REJECTED: L('备案被驳回', 'Filing was rejected'),
  FILING_SMS_LAPSED: L('短信核验逾期，备案已失效', 'The SMS check was late; the filing lapsed'),
  VERIFICATION_APPLIED: L('已申请微信认证', 'WeChat verification was applied for'),
  VERIFICATION_PASSED: L('微信认证通过', 'WeChat verification passed'),
  VERIFICATION_REJECTED: L('微信认证未通过', 'WeChat verification was rejected'),
  VERIFICATION_NOTICE: L('收到认证到期提醒', 'A verification expiry notice arrived'),
};

const REFUSED = L('未成功：', 'Refused: ');

/** The first sentence of a template, its `{placeholders}` shown as "…". */
function firstSentence(template: string): string {
  const filled = template.replace(/\{\w+\}/g, '…');
  const zh = filled.indexOf('。');
  if (zh > 0) return filled.slice(0, zh + 1);
  const en = filled.search(/\.(\s|$)/);
  return en > 0 ? filled.slice(0, en + 1) : filled;
}

/** A log entry as one readable line: an event's sentence, or "未成功：" and the refusal's first sentence. */
export function logEntryText(kind: 'event' | 'error', type: string, lang: Lang): string {
  if (kind === 'error') {
    if (!isErrorCode(type)) return t(REFUSED, lang).trim();
    const spec = ERROR_CATALOG[type];
    return t(REFUSED, lang) + firstSentence(t({ zh: spec.zh, en: spec.en }, lang));
  }
  const text = (EVENT_TEXT as Readonly<Record<string, I18nText>>)[type];
  return text ? t(text, lang) : '';
}
