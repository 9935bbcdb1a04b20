/**
 * What the 实操 tab (main package) knows about the console's scenarios without loading the console engine (which
 * lives in the console subpackage): each scenario's title and brief, the rule set it starts on and the console page
 * a fresh world of it opens. The engine's scenarios (console/engine/sandbox/scenarios.ts) take their texts from
 * here; test/unit/console/sandbox/lab-scenarios.test.ts proves the rest matches the engine.
 */
import { CONSOLE_PAGES } from './console-routes';
import type { I18nText } from './i18n';

/** The learner's address in every scenario's story. */
export const LEARNER_EMAIL = 'learner@example.com';
/** The simulation-only login of the mini program that exists in the "existing" scenarios. */
export const EXISTING_EMAIL = 'my-app@example.com';
export const EXISTING_PASSWORD = 'RegLab2025';

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

/** The rule sets, as the engine names them (`RuleSetId`). */
export type LabRuleSet = 'current' | 'classic';
export const LAB_RULE_SETS: readonly LabRuleSet[] = ['current', 'classic'];

/** The rule sets' short names on the 实操 tab's chips. */
export const LAB_RULE_SET_TITLES: Readonly<Record<LabRuleSet, I18nText>> = {
  current: { zh: '现行规则', en: 'Current' },
  classic: { zh: '旧版教程规则', en: 'Classic' },
};

export interface ScenarioText {
  readonly title: I18nText;
  readonly summary: I18nText;
}

export const SCENARIO_TEXTS: Readonly<Record<ScenarioId, ScenarioText>> = {
  fresh: {
    title: { zh: '从零开始', en: 'Start from scratch' },
    summary: {
      zh: '全新的模拟平台：注册你的第一个小程序。',
      en: 'A fresh simulated platform: register your first mini program.',
    },
  },
  'activation-in-spam': {
    title: { zh: '激活邮件进了垃圾箱', en: 'The activation mail went to spam' },
    summary: {
      zh: '注册后收件箱里没有激活邮件：它在垃圾箱里，还带着防诈骗提示。',
      en: 'After registering, the inbox has no activation mail: it is in spam, with a fraud warning.',
    },
  },
  'wrong-address': {
    title: { zh: '邮箱填错了', en: 'A mistyped email' },
    summary: {
      zh: `你的邮箱是 ${LEARNER_EMAIL}。如果注册时填错，激活邮件会发到别处：返回重新填写。`,
      en: `Your mailbox is ${LEARNER_EMAIL}. If you mistype it, the activation mail goes elsewhere: go back and correct it.`,
    },
  },
  'email-bound-wechat': {
    title: { zh: '邮箱已绑定个人微信', en: 'The email is bound to a personal WeChat' },
    summary: {
      zh: `${LEARNER_EMAIL} 已被个人微信号绑定，不能用来注册：换一个邮箱。`,
      en: `${LEARNER_EMAIL} is bound to a personal WeChat account and cannot register: use another email.`,
    },
  },
  'email-used-official-account': {
    title: { zh: '邮箱注册过公众号', en: 'The email registered an official account' },
    summary: {
      zh: `${LEARNER_EMAIL} 注册过公众号，不能再申请小程序。`,
      en: `${LEARNER_EMAIL} registered an official account and cannot register a mini program.`,
    },
  },
  'email-used-open-platform': {
    title: { zh: '邮箱注册过开放平台', en: 'The email is on the open platform' },
    summary: {
      zh: `${LEARNER_EMAIL} 已在微信开放平台注册，不能用来注册小程序。`,
      en: `${LEARNER_EMAIL} is registered on the open platform and cannot register a mini program.`,
    },
  },
  'email-used-mini-program': {
    title: { zh: '邮箱已有小程序', en: 'The email already has a mini program' },
    summary: {
      zh: `${LEARNER_EMAIL} 已经注册过一个小程序：一个邮箱只能申请一个小程序。`,
      en: `${LEARNER_EMAIL} already registered a mini program: one email, one mini program.`,
    },
  },
  'id-quota-full': {
    title: { zh: '身份证已注册满 5 个', en: 'The ID number already has 5' },
    summary: {
      zh: '示例身份证号码已经注册了 5 个小程序：换一位管理员的身份信息。',
      en: 'The sample ID number has already registered 5 mini programs: use another administrator.',
    },
  },
  'phone-quota-full': {
    title: { zh: '手机号已注册满 5 个', en: 'The phone number already has 5' },
    summary: {
      zh: '示例手机号已经注册了 5 个小程序：换一个手机号。',
      en: 'The sample phone number has already registered 5 mini programs: use another number.',
    },
  },
  'existing-app': {
    title: { zh: '登录已有的小程序', en: 'Log in to an existing mini program' },
    summary: {
      zh: `已注册的小程序：邮箱 ${EXISTING_EMAIL}，密码 ${EXISTING_PASSWORD}（仅限模拟）。登录并完善信息。`,
      en: `A registered mini program: email ${EXISTING_EMAIL}, password ${EXISTING_PASSWORD} (simulation only). Log in and complete its info.`,
    },
  },
  'ready-to-release': {
    title: { zh: '准备发布', en: 'Ready to release' },
    summary: {
      zh: '信息已完善、已备案，开发版本 1.0.0 已上传：提交审核并发布。',
      en: 'Info complete, filed, development version 1.0.0 uploaded: submit for review and publish.',
    },
  },
  'review-rejects': {
    title: { zh: '审核被驳回', en: 'The review rejects' },
    summary: {
      zh: '第一次提交审核会被驳回并给出原因：看懂原因，修改后重新提交。',
      en: 'The first review will be rejected with a reason: read it, fix, and submit again.',
    },
  },
  'approved-not-published': {
    title: { zh: '审核通过却没上线', en: 'Approved but not online' },
    summary: {
      zh: '版本 1.0.0 已审核通过，但用户还看不到它：找出原因。',
      en: 'Version 1.0.0 passed review but users cannot see it yet: find out why.',
    },
  },
  'quotas-used': {
    title: { zh: '修改次数用完了', en: 'The change quotas are used up' },
    summary: {
      zh: '今年的名称修改次数和本月的介绍修改次数都已用完：看看控制台怎么说，以及何时恢复。',
      en: "This year's name changes and this month's introduction changes are used up: see what the console says and when they reset.",
    },
  },
  'secret-lost': {
    title: { zh: 'AppSecret 丢了', en: 'The AppSecret is lost' },
    summary: {
      zh: 'AppSecret 早就生成过，但没人保存：平台不保存明文，只能重置。',
      en: 'The AppSecret was generated long ago and nobody saved it: the platform keeps no plain text, so reset it.',
    },
  },
  'members-full': {
    title: { zh: '项目成员已满', en: 'Project members are full' },
    summary: {
      zh: '个人小程序已有 15 位项目成员：剩余可添加人数为 0。',
      en: 'An individual mini program already has 15 project members: 0 places left.',
    },
  },
  'verification-expiring': {
    title: { zh: '认证快到期了', en: 'Verification is about to expire' },
    summary: {
      zh: '微信认证再过约 2 个月到期：收提醒、做年审，看看过期会怎样。',
      en: 'WeChat verification expires in about 2 months: get the reminders, do the annual review, see what expiry blocks.',
    },
  },
  'classic-tutorial': {
    title: { zh: '旧版教程的规则', en: 'The rules of older tutorials' },
    summary: {
      zh: '按 2020–2023 年教程里的规则运行：对照现行规则，看看哪些变了。',
      en: 'Runs on the rules the 2020-2023 tutorials show: compare with the current rules to see what changed.',
    },
  },
};

export interface LabScenario extends ScenarioText {
  readonly id: ScenarioId;
  /** The rule set the scenario starts on unless the learner picks another. */
  readonly ruleSet: LabRuleSet;
  /** The console page a fresh world of this scenario opens. */
  readonly entry: string;
}

const scenario = (id: ScenarioId, entry: string, ruleSet: LabRuleSet = 'current'): LabScenario => ({
  id,
  ...SCENARIO_TEXTS[id],
  ruleSet,
  entry,
});

/** The scenarios in the order the 实操 tab lists them. */
export const LAB_SCENARIOS: readonly LabScenario[] = [
  scenario('fresh', CONSOLE_PAGES.register),
  scenario('activation-in-spam', CONSOLE_PAGES.register),
  scenario('wrong-address', CONSOLE_PAGES.register),
  scenario('email-bound-wechat', CONSOLE_PAGES.register),
  scenario('email-used-official-account', CONSOLE_PAGES.register),
  scenario('email-used-open-platform', CONSOLE_PAGES.register),
  scenario('email-used-mini-program', CONSOLE_PAGES.register),
  scenario('id-quota-full', CONSOLE_PAGES.register),
  scenario('phone-quota-full', CONSOLE_PAGES.register),
  scenario('existing-app', CONSOLE_PAGES.login),
  scenario('ready-to-release', CONSOLE_PAGES.home),
  scenario('review-rejects', CONSOLE_PAGES.home),
  scenario('approved-not-published', CONSOLE_PAGES.home),
  scenario('quotas-used', CONSOLE_PAGES.home),
  scenario('secret-lost', CONSOLE_PAGES.home),
  scenario('members-full', CONSOLE_PAGES.home),
  scenario('verification-expiring', CONSOLE_PAGES.home),
  scenario('classic-tutorial', CONSOLE_PAGES.register, 'classic'),
];

export function findLabScenario(id: string): LabScenario | undefined {
  return LAB_SCENARIOS.find((s) => s.id === id);
}

/**
 * The console URL that starts a new sandbox: the scenario's first page with `?scenario=…&ruleSet=…&seed=…`; the
 * console page starts the world when it loads (console/services/session.ts, `startFromQuery`).
 */
export function labStartUrl(start: { scenario: ScenarioId; ruleSet: LabRuleSet; seed: number }): string {
  const found = findLabScenario(start.scenario);
  const entry = found ? found.entry : CONSOLE_PAGES.register;
  return `${entry}?scenario=${start.scenario}&ruleSet=${start.ruleSet}&seed=${start.seed}`;
}

/**
 * What the 实操 tab shows of the current sandbox, saved by the console session next to the world (the tab cannot
 * read a world: that needs the engine). Texts are `{ zh, en }`; the tab picks the learner's language.
 */
export interface SandboxSummary {
  readonly scenario: I18nText;
  readonly ruleSet: I18nText;
  /** The simulated clock, Beijing time (`2025-03-03 09:00`). */
  readonly clock: string;
  /** Where the learner is: a registration step, waiting for the login scan, or logged in to an AppID. */
  readonly where: I18nText;
  readonly apps: number;
  /** The console page "continue" opens. */
  readonly entry: string;
}

function isText(value: unknown): value is I18nText {
  const v = value as { zh?: unknown; en?: unknown } | null;
  return typeof v === 'object' && v !== null && typeof v.zh === 'string' && typeof v.en === 'string';
}

export function isSandboxSummary(value: unknown): value is SandboxSummary {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  return (
    isText(v.scenario) &&
    isText(v.ruleSet) &&
    isText(v.where) &&
    typeof v.clock === 'string' &&
    typeof v.apps === 'number' &&
    v.apps >= 0 &&
    typeof v.entry === 'string' &&
    v.entry.startsWith('/console/')
  );
}

/**
 * Schema version of the saved console world (the engine's `SCHEMA_VERSION` is this constant): 1 kept personal data as
 * full fingerprints, 2 as short tags (console/services/migrations.ts, docs/privacy.md), 3 added the API IP whitelist's
 * switch (fact D-06), 4 the privacy guide and the privacy APIs each uploaded version calls (fact B-11). The main package needs it to
 * tell a console backup it could restore from one written by a newer version.
 */
export const CONSOLE_SCHEMA_VERSION = 4;
