/**
 * Scenarios: named starting worlds as data, so missions can begin from a fault ("the activation mail went to
 * spam", "the review will reject", "the name changes are used up"). `createWorld` turns one into a world.
 */
import type { I18nText } from '../../../core/i18n';
import type {
  Capability,
  EmailUse,
  MailFolder,
  MemberKind,
  MemberLimits,
  MemberRole,
  Person,
  PlannedOutcome,
  RuleSetId,
  SubjectType,
} from '../kernel/types';

export type ScenarioId =
  | 'fresh'
  | 'activation-in-spam'
  | 'wrong-address'
  | 'email-bound-wechat'
  | 'email-used-official-account'
  | 'email-used-open-platform'
  | 'email-used-mini-program'
  | 'id-quota-full'
  | 'phone-quota-full'
  | 'existing-app'
  | 'ready-to-release'
  | 'review-rejects'
  | 'approved-not-published'
  | 'quotas-used'
  | 'secret-lost'
  | 'members-full'
  | 'verification-expiring'
  | 'classic-tutorial';

/** A mini program that already exists when the scenario starts. Counts of used changes are "this period". */
export interface AppSeed {
  email: string;
  /** A simulation-only password the mission tells the learner. */
  password: string;
  subjectType: SubjectType;
  name?: string;
  abbreviation?: string;
  avatar?: boolean;
  introduction?: string;
  categories?: string[];
  mainCategory?: string;
  nameChangesUsed?: number;
  introChangesUsed?: number;
  avatarChangesUsed?: number;
  filed?: boolean;
  verifiedDaysAgo?: number;
  secretGenerated?: boolean;
  ipWhitelist?: string[];
  capabilities?: Capability[];
  members?: { wechatId: string; kind: MemberKind; roles: MemberRole[] }[];
  /** Development versions uploaded by the administrator. */
  devVersion?: { version: string; note: string };
  /** A version that passed review and waits for 发布. */
  passedVersion?: { version: string; note: string };
  onlineVersion?: { version: string; note: string };
  /** Whether the learner starts logged in to it. */
  loggedIn?: boolean;
}

export interface ScenarioSetup {
  ruleSet?: RuleSetId;
  emails?: Record<string, EmailUse>;
  activationFolder?: MailFolder;
  mailboxAddresses?: string[];
  reviewPlan?: PlannedOutcome[];
  filingPlan?: PlannedOutcome[];
  verificationPlan?: PlannedOutcome[];
  reviewHours?: number;
  /** Registrations elsewhere for the scenario's sample identity n (see `sampleIdentity`). */
  sampleIdUsage?: { sample: number; count: number }[];
  samplePhoneUsage?: { sample: number; count: number }[];
  learnerAdminCount?: number;
  memberLimits?: MemberLimits;
  extraPeople?: Person[];
  apps?: AppSeed[];
}

export interface Scenario {
  readonly id: ScenarioId;
  readonly title: I18nText;
  readonly summary: I18nText;
  readonly factIds: readonly string[];
  readonly setup: ScenarioSetup;
}

/** The learner's address in every scenario's story. */
export const LEARNER_EMAIL = 'learner@example.com';
export const EXISTING_EMAIL = 'my-app@example.com';
export const EXISTING_PASSWORD = 'RegLab2025';

const BASIC_DONE: Partial<AppSeed> = {
  name: '注册实训示例',
  abbreviation: '实训示例',
  avatar: true,
  introduction: '用来练习小程序注册与发布流程的示例小程序。',
  categories: ['education.online'],
  mainCategory: 'education.online',
  filed: true,
};

const READY: AppSeed = {
  email: EXISTING_EMAIL,
  password: EXISTING_PASSWORD,
  subjectType: 'individual',
  ...BASIC_DONE,
  devVersion: { version: '1.0.0', note: '第一个版本' },
  loggedIn: true,
};

export const SCENARIOS: readonly Scenario[] = [
  {
    id: 'fresh',
    title: { zh: '从零开始', en: 'Start from scratch' },
    summary: {
      zh: '全新的模拟平台：注册你的第一个小程序。',
      en: 'A fresh simulated platform: register your first mini program.',
    },
    factIds: ['R-01', 'C-05'],
    setup: {},
  },
  {
    id: 'activation-in-spam',
    title: { zh: '激活邮件进了垃圾箱', en: 'The activation mail went to spam' },
    summary: {
      zh: '注册后收件箱里没有激活邮件：它在垃圾箱里，还带着防诈骗提示。',
      en: 'After registering, the inbox has no activation mail: it is in spam, with a fraud warning.',
    },
    factIds: ['A-02'],
    setup: { activationFolder: 'spam' },
  },
  {
    id: 'wrong-address',
    title: { zh: '邮箱填错了', en: 'A mistyped email' },
    summary: {
      zh: `你的邮箱是 ${LEARNER_EMAIL}。如果注册时填错，激活邮件会发到别处：返回重新填写。`,
      en: `Your mailbox is ${LEARNER_EMAIL}. If you mistype it, the activation mail goes elsewhere: go back and correct it.`,
    },
    factIds: ['A-02'],
    setup: { mailboxAddresses: [LEARNER_EMAIL] },
  },
  {
    id: 'email-bound-wechat',
    title: { zh: '邮箱已绑定个人微信', en: 'The email is bound to a personal WeChat' },
    summary: {
      zh: `${LEARNER_EMAIL} 已被个人微信号绑定，不能用来注册：换一个邮箱。`,
      en: `${LEARNER_EMAIL} is bound to a personal WeChat account and cannot register: use another email.`,
    },
    factIds: ['R-03', 'R-08'],
    setup: { emails: { [LEARNER_EMAIL]: 'personalWeChat' } },
  },
  {
    id: 'email-used-official-account',
    title: { zh: '邮箱注册过公众号', en: 'The email registered an official account' },
    summary: {
      zh: `${LEARNER_EMAIL} 注册过公众号，不能再申请小程序。`,
      en: `${LEARNER_EMAIL} registered an official account and cannot register a mini program.`,
    },
    factIds: ['R-05'],
    setup: { emails: { [LEARNER_EMAIL]: 'officialAccount' } },
  },
  {
    id: 'email-used-open-platform',
    title: { zh: '邮箱注册过开放平台', en: 'The email is on the open platform' },
    summary: {
      zh: `${LEARNER_EMAIL} 已在微信开放平台注册，不能用来注册小程序。`,
      en: `${LEARNER_EMAIL} is registered on the open platform and cannot register a mini program.`,
    },
    factIds: ['R-03'],
    setup: { emails: { [LEARNER_EMAIL]: 'openPlatform' } },
  },
  {
    id: 'email-used-mini-program',
    title: { zh: '邮箱已有小程序', en: 'The email already has a mini program' },
    summary: {
      zh: `${LEARNER_EMAIL} 已经注册过一个小程序：一个邮箱只能申请一个小程序。`,
      en: `${LEARNER_EMAIL} already registered a mini program: one email, one mini program.`,
    },
    factIds: ['R-04'],
    setup: { emails: { [LEARNER_EMAIL]: 'miniProgram' } },
  },
  {
    id: 'id-quota-full',
    title: { zh: '身份证已注册满 5 个', en: 'The ID number already has 5' },
    summary: {
      zh: '示例身份证号码已经注册了 5 个小程序：换一位管理员的身份信息。',
      en: 'The sample ID number has already registered 5 mini programs: use another administrator.',
    },
    factIds: ['I-05'],
    setup: { sampleIdUsage: [{ sample: 0, count: 5 }] },
  },
  {
    id: 'phone-quota-full',
    title: { zh: '手机号已注册满 5 个', en: 'The phone number already has 5' },
    summary: {
      zh: '示例手机号已经注册了 5 个小程序：换一个手机号。',
      en: 'The sample phone number has already registered 5 mini programs: use another number.',
    },
    factIds: ['I-06'],
    setup: { samplePhoneUsage: [{ sample: 0, count: 5 }] },
  },
  {
    id: 'existing-app',
    title: { zh: '登录已有的小程序', en: 'Log in to an existing mini program' },
    summary: {
      zh: `已注册的小程序：邮箱 ${EXISTING_EMAIL}，密码 ${EXISTING_PASSWORD}（仅限模拟）。登录并完善信息。`,
      en: `A registered mini program: email ${EXISTING_EMAIL}, password ${EXISTING_PASSWORD} (simulation only). Log in and complete its info.`,
    },
    factIds: ['L-01', 'L-02', 'B-10'],
    setup: { apps: [{ email: EXISTING_EMAIL, password: EXISTING_PASSWORD, subjectType: 'individual' }] },
  },
  {
    id: 'ready-to-release',
    title: { zh: '准备发布', en: 'Ready to release' },
    summary: {
      zh: '信息已完善、已备案，开发版本 1.0.0 已上传：提交审核并发布。',
      en: 'Info complete, filed, development version 1.0.0 uploaded: submit for review and publish.',
    },
    factIds: ['P-04', 'P-05'],
    setup: { apps: [READY] },
  },
  {
    id: 'review-rejects',
    title: { zh: '审核被驳回', en: 'The review rejects' },
    summary: {
      zh: '第一次提交审核会被驳回并给出原因：看懂原因，修改后重新提交。',
      en: 'The first review will be rejected with a reason: read it, fix, and submit again.',
    },
    factIds: ['P-04'],
    setup: {
      apps: [READY],
      reviewPlan: [
        {
          outcome: 'reject',
          reason: {
            zh: '小程序内容与所选服务类目不符：请补充与“在线教育”相关的页面内容，或修改服务类目后重新提交。',
            en: 'The content does not match the chosen category: add pages about online education, or change the category, then resubmit.',
          },
        },
      ],
    },
  },
  {
    id: 'approved-not-published',
    title: { zh: '审核通过却没上线', en: 'Approved but not online' },
    summary: {
      zh: '版本 1.0.0 已审核通过，但用户还看不到它：找出原因。',
      en: 'Version 1.0.0 passed review but users cannot see it yet: find out why.',
    },
    factIds: ['P-05'],
    setup: { apps: [{ ...READY, passedVersion: { version: '1.0.0', note: '第一个版本' } }] },
  },
  {
    id: 'quotas-used',
    title: { zh: '修改次数用完了', en: 'The change quotas are used up' },
    summary: {
      zh: '今年的名称修改次数和本月的介绍修改次数都已用完：看看控制台怎么说，以及何时恢复。',
      en: "This year's name changes and this month's introduction changes are used up: see what the console says and when they reset.",
    },
    factIds: ['B-02', 'B-06'],
    setup: { apps: [{ ...READY, nameChangesUsed: 2, introChangesUsed: 5, avatarChangesUsed: 1 }] },
  },
  {
    id: 'secret-lost',
    title: { zh: 'AppSecret 丢了', en: 'The AppSecret is lost' },
    summary: {
      zh: 'AppSecret 早就生成过，但没人保存：平台不保存明文，只能重置。',
      en: 'The AppSecret was generated long ago and nobody saved it: the platform keeps no plain text, so reset it.',
    },
    factIds: ['D-04'],
    setup: { apps: [{ ...READY, secretGenerated: true, ipWhitelist: ['203.0.113.10'] }] },
  },
  {
    id: 'members-full',
    title: { zh: '项目成员已满', en: 'Project members are full' },
    summary: {
      zh: '个人小程序已有 15 位项目成员：剩余可添加人数为 0。',
      en: 'An individual mini program already has 15 project members: 0 places left.',
    },
    factIds: ['M-05'],
    setup: {
      apps: [
        {
          ...READY,
          members: Array.from({ length: 15 }, (_, i) => ({
            wechatId: `member_${i + 1 < 10 ? '0' : ''}${i + 1}`,
            kind: 'project' as MemberKind,
            roles: ['developer' as MemberRole],
          })),
        },
      ],
      extraPeople: Array.from({ length: 15 }, (_, i) => ({
        wechatId: `member_${i + 1 < 10 ? '0' : ''}${i + 1}`,
        nickname: `成员${i + 1}（示例）`,
        findable: true,
        projectMemberships: 0,
        experienceMemberships: 0,
      })),
    },
  },
  {
    id: 'verification-expiring',
    title: { zh: '认证快到期了', en: 'Verification is about to expire' },
    summary: {
      zh: '微信认证再过约 2 个月到期：收提醒、做年审，看看过期会怎样。',
      en: 'WeChat verification expires in about 2 months: get the reminders, do the annual review, see what expiry blocks.',
    },
    factIds: ['V-07'],
    setup: { apps: [{ ...READY, verifiedDaysAgo: 305 }] },
  },
  {
    id: 'classic-tutorial',
    title: { zh: '旧版教程的规则', en: 'The rules of older tutorials' },
    summary: {
      zh: '按 2020–2023 年教程里的规则运行：对照现行规则，看看哪些变了。',
      en: 'Runs on the rules the 2020-2023 tutorials show: compare with the current rules to see what changed.',
    },
    factIds: ['B-02', 'I-03', 'V-06', 'D-07'],
    setup: { ruleSet: 'classic' },
  },
];

export const SCENARIO_IDS: readonly ScenarioId[] = SCENARIOS.map((s) => s.id);

export function findScenario(id: string): Scenario | undefined {
  return SCENARIOS.find((s) => s.id === id);
}
