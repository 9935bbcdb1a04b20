/**
 * Scenarios: named starting worlds as data, so missions can begin from a fault ("the activation mail went to
 * spam", "the review will reject", "the name changes are used up"). `createWorld` turns one into a world.
 */
import type { I18nText } from '../../../core/i18n';
import { EXISTING_EMAIL, EXISTING_PASSWORD, LEARNER_EMAIL, SCENARIO_TEXTS } from '../../../core/lab-scenarios';
import type { ScenarioId } from '../../../core/lab-scenarios';
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

export type { ScenarioId };

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
  /** A completed privacy guide declaring what the project code uses (fact B-11). */
  privacyGuide?: boolean;
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

export { EXISTING_EMAIL, EXISTING_PASSWORD, LEARNER_EMAIL };

const BASIC_DONE: Partial<AppSeed> = {
  name: '注册实训示例',
  abbreviation: '实训示例',
  avatar: true,
  introduction: '用来练习小程序注册与发布流程的示例小程序。',
  categories: ['education.online'],
  mainCategory: 'education.online',
  filed: true,
  privacyGuide: true,
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
    ...SCENARIO_TEXTS['fresh'],
    factIds: ['R-01', 'C-05'],
    setup: {},
  },
  {
    id: 'activation-in-spam',
    ...SCENARIO_TEXTS['activation-in-spam'],
    factIds: ['A-02'],
    setup: { activationFolder: 'spam' },
  },
  {
    id: 'wrong-address',
    ...SCENARIO_TEXTS['wrong-address'],
    factIds: ['A-02'],
    setup: { mailboxAddresses: [LEARNER_EMAIL] },
  },
  {
    id: 'email-bound-wechat',
    ...SCENARIO_TEXTS['email-bound-wechat'],
    factIds: ['R-03', 'R-08'],
    setup: { emails: { [LEARNER_EMAIL]: 'personalWeChat' } },
  },
  {
    id: 'email-used-official-account',
    ...SCENARIO_TEXTS['email-used-official-account'],
    factIds: ['R-05'],
    setup: { emails: { [LEARNER_EMAIL]: 'officialAccount' } },
  },
  {
    id: 'email-used-open-platform',
    ...SCENARIO_TEXTS['email-used-open-platform'],
    factIds: ['R-03'],
    setup: { emails: { [LEARNER_EMAIL]: 'openPlatform' } },
  },
  {
    id: 'email-used-mini-program',
    ...SCENARIO_TEXTS['email-used-mini-program'],
    factIds: ['R-04'],
    setup: { emails: { [LEARNER_EMAIL]: 'miniProgram' } },
  },
  {
    id: 'id-quota-full',
    ...SCENARIO_TEXTS['id-quota-full'],
    factIds: ['I-05'],
    setup: { sampleIdUsage: [{ sample: 0, count: 5 }] },
  },
  {
    id: 'phone-quota-full',
    ...SCENARIO_TEXTS['phone-quota-full'],
    factIds: ['I-06'],
    setup: { samplePhoneUsage: [{ sample: 0, count: 5 }] },
  },
  {
    id: 'existing-app',
    ...SCENARIO_TEXTS['existing-app'],
    factIds: ['L-01', 'L-02', 'B-10'],
    setup: { apps: [{ email: EXISTING_EMAIL, password: EXISTING_PASSWORD, subjectType: 'individual' }] },
  },
  {
    id: 'ready-to-release',
    ...SCENARIO_TEXTS['ready-to-release'],
    factIds: ['P-04', 'P-05'],
    setup: { apps: [READY] },
  },
  {
    id: 'review-rejects',
    ...SCENARIO_TEXTS['review-rejects'],
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
    ...SCENARIO_TEXTS['approved-not-published'],
    factIds: ['P-05'],
    setup: { apps: [{ ...READY, passedVersion: { version: '1.0.0', note: '第一个版本' } }] },
  },
  {
    id: 'quotas-used',
    ...SCENARIO_TEXTS['quotas-used'],
    factIds: ['B-02', 'B-06'],
    setup: { apps: [{ ...READY, nameChangesUsed: 2, introChangesUsed: 5, avatarChangesUsed: 1 }] },
  },
  {
    id: 'secret-lost',
    ...SCENARIO_TEXTS['secret-lost'],
    factIds: ['D-04'],
    setup: { apps: [{ ...READY, secretGenerated: true, ipWhitelist: ['203.0.113.10'] }] },
  },
  {
    id: 'members-full',
    ...SCENARIO_TEXTS['members-full'],
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
    ...SCENARIO_TEXTS['verification-expiring'],
    factIds: ['V-07'],
    setup: { apps: [{ ...READY, verifiedDaysAgo: 305 }] },
  },
  {
    id: 'classic-tutorial',
    ...SCENARIO_TEXTS['classic-tutorial'],
    factIds: ['B-02', 'I-03', 'V-06', 'D-07'],
    setup: { ruleSet: 'classic' },
  },
];

export const SCENARIO_IDS: readonly ScenarioId[] = SCENARIOS.map((s) => s.id);

export function findScenario(id: string): Scenario | undefined {
  return SCENARIOS.find((s) => s.id === id);
}
