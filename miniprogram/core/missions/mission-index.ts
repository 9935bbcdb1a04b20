/**
 * What the 实操 tab (main package) knows about the built-in missions without loading the console subpackage (which
 * holds their data and runtime, console/missions/): each mission's id, stage, place, par, start scenario and title.
 * test/unit/missions/mission-index.test.ts proves this list matches the built-ins.
 */
import type { StageId } from '../content-model';
import type { I18nText } from '../i18n';
import type { ScenarioId } from '../lab-scenarios';

export interface MissionIndexEntry {
  readonly id: string;
  readonly stage: StageId;
  readonly order: number;
  /** The number of actions of the reference solution. */
  readonly par: number;
  readonly scenario: ScenarioId;
  readonly title: I18nText;
}

const entry = (
  id: string,
  stage: StageId,
  order: number,
  par: number,
  scenario: ScenarioId,
  zh: string,
  en: string,
): MissionIndexEntry => ({ id, stage, order, par, scenario, title: { zh, en } });

/** The built-in missions in stage order, then by order (as console/missions/content lists them). */
export const MISSION_INDEX: readonly MissionIndexEntry[] = [
  entry('walkthrough', 'register', 1, 27, 'fresh', '从零到上线', 'From zero to online'),
  entry('email-rules', 'register', 2, 4, 'fresh', '哪个邮箱能注册', 'Which email can register'),
  entry('password-captcha', 'register', 3, 4, 'fresh', '密码与验证码', 'Password and captcha'),
  entry('mail-in-spam', 'register', 4, 4, 'activation-in-spam', '激活邮件没来', 'The activation mail never came'),
  entry('wrong-address', 'register', 5, 3, 'wrong-address', '邮箱填错了', 'A mistyped email'),
  entry('admin-identity', 'register', 6, 12, 'fresh', '管理员身份信息', "The administrator's identity"),
  entry('id-quota', 'register', 7, 10, 'id-quota-full', '一个身份证最多 5 个', 'Five per ID number'),
  entry('phone-quota', 'register', 8, 10, 'phone-quota-full', '一个手机号最多 5 个', 'Five per phone number'),
  entry('admin-wechat-limit', 'register', 9, 8, 'fresh', '管理员微信已满', "The administrator's WeChat is full"),
  entry('cancelled-dialog', 'register', 10, 12, 'fresh', '确认主体信息', 'Confirm the registered entity'),
  entry('enterprise-payment', 'register', 11, 11, 'fresh', '企业对公打款', 'Enterprise bank transfer'),
  entry('payment-expired', 'register', 12, 12, 'fresh', '打款期限过了', 'The transfer window passed'),
  entry('every-mistake', 'register', 13, 38, 'id-quota-full', '踩遍所有坑', 'Every mistake in one run'),
  entry('complete-info', 'complete', 1, 8, 'existing-app', '完善小程序信息', 'Complete the info'),
  entry('name-rules', 'complete', 2, 3, 'ready-to-release', '起一个能用的名字', 'A name that is allowed'),
  entry('quotas-used', 'complete', 3, 5, 'quotas-used', '修改次数用完了', 'Out of changes'),
  entry('abbr-avatar', 'complete', 4, 4, 'ready-to-release', '简称与头像', 'Abbreviation and avatar'),
  entry('categories', 'complete', 5, 4, 'ready-to-release', '服务类目', 'Service categories'),
  entry('scan-login', 'complete', 6, 3, 'existing-app', '扫码登录', 'Scan to log in'),
  entry('secret-reset', 'develop', 1, 6, 'ready-to-release', '重置 AppSecret 的后果', 'What a secret reset does'),
  entry('secret-lost', 'develop', 2, 2, 'secret-lost', 'AppSecret 丢了', 'The AppSecret is lost'),
  entry('ip-whitelist', 'develop', 3, 5, 'ready-to-release', 'IP 白名单', 'The IP whitelist'),
  entry('freeze-secret', 'develop', 4, 5, 'ready-to-release', '冻结 AppSecret', 'Freeze the AppSecret'),
  entry('server-domains', 'develop', 5, 4, 'ready-to-release', '服务器域名', 'Server domains'),
  entry('ci-upload', 'develop', 6, 4, 'ready-to-release', '用 CI 上传代码', 'Upload from CI'),
  entry('add-developer', 'develop', 7, 5, 'ready-to-release', '添加开发者', 'Add a developer'),
  entry('hidden-member', 'develop', 8, 3, 'ready-to-release', '搜不到的成员', 'A member who cannot be found'),
  entry('member-limits', 'develop', 9, 5, 'members-full', '成员满了', 'Members are full'),
  entry('testers-trial', 'develop', 10, 4, 'ready-to-release', '体验版与体验成员', 'Trial version and testers'),
  entry('permissions', 'develop', 11, 5, 'ready-to-release', '谁能做什么', 'Who may do what'),
  entry('phone-number', 'develop', 12, 3, 'ready-to-release', '手机号快速验证组件', 'The phone-number component'),
  entry('first-release', 'release', 1, 3, 'ready-to-release', '提交审核并发布', 'Review and publish'),
  entry('review-rejected', 'release', 2, 6, 'review-rejects', '审核被驳回', 'The review was rejected'),
  entry(
    'approved-not-published',
    'release',
    3,
    1,
    'approved-not-published',
    '审核通过却没上线',
    'Approved but not online',
  ),
  entry('phased-release', 'release', 4, 6, 'approved-not-published', '分阶段发布', 'Phased release'),
  entry('rollback', 'release', 5, 6, 'approved-not-published', '版本回退', 'Roll back'),
  entry('withdraw-review', 'release', 6, 6, 'ready-to-release', '撤回审核', 'Withdraw a review'),
  entry('filing', 'release', 7, 10, 'ready-to-release', '小程序备案', 'ICP filing'),
  entry('verify-with-filing', 'release', 8, 2, 'ready-to-release', '认证时一并备案', 'Verify and file together'),
  entry(
    'classic-vs-current',
    'release',
    9,
    4,
    'ready-to-release',
    '旧教程与现行规则',
    'Old tutorials and current rules',
  ),
  entry('annual-review', 'release', 10, 2, 'verification-expiring', '认证年审', 'Annual re-verification'),
  entry('privacy-guide', 'release', 11, 4, 'ready-to-release', '隐私保护指引', 'The privacy guide'),
  entry('filing-sms-window', 'release', 12, 9, 'ready-to-release', '备案短信 24 小时', 'The 24-hour filing SMS'),
];

export function missionIndexEntry(id: string): MissionIndexEntry | undefined {
  return MISSION_INDEX.find((m) => m.id === id);
}
