/** Building a world from a scenario, and the sample identities the "示例数据" buttons fill in. */
import { passwordFingerprint } from '../registration/account';
import { EVENT_FACTS } from './events';
import { BRAND_NAMES, DEFAULT_PEOPLE, LEARNER_NICKNAME, PRIVACY_SEED_PURPOSE, TAKEN_NAMES } from './platform-data';
import { newApp, newRegistration, SECRET_SALT } from './factory';
import { fingerprint } from './hash';
import {
  maskIdNumber,
  maskMobile,
  maskPersonName,
  sampleCreditCode,
  sampleIdName,
  sampleIdNumber,
  sampleMobile,
  sampleOrgName,
} from './idcard';
import { HEX, randomString, seedState } from './prng';
import { idFingerprint, phoneFingerprint } from '../registration/rules';
import { findScenario, SCENARIOS, type AppSeed, type Scenario, type ScenarioId } from '../sandbox/scenarios';
import { addYears, beijing, DAY, MINUTE } from './time';
import { noticeSchedule } from '../verification/rules';
import { SCHEMA_VERSION, type MiniProgram, type Platform, type RuleSetId, type World } from './types';

/** Monday 3 March 2025, 09:00 in Beijing: a working day early in a month and a year. */
export const DEFAULT_START = beijing(2025, 3, 3, 9, 0);

export interface WorldOptions {
  scenario?: ScenarioId;
  /** Overrides the scenario's rule set. */
  ruleSet?: RuleSetId;
  /** Seeds the random generator and the sample identities. */
  seed?: number;
  /** Start time (epoch ms); defaults to DEFAULT_START. */
  now?: number;
}

export interface SampleIdentity {
  idName: string;
  idNumber: string;
  phone: string;
  orgName: string;
  creditCode: string;
}

/** The n-th synthetic identity of this world (n = 0 is what a scenario's fault is built on). */
export function sampleIdentity(w: World, n = 0): SampleIdentity {
  const seed = w.sampleSeed + n;
  return {
    idName: sampleIdName(seed),
    idNumber: sampleIdNumber(seed),
    phone: sampleMobile(seed),
    orgName: sampleOrgName(seed),
    creditCode: sampleCreditCode(seed),
  };
}

export { DEFAULT_PEOPLE };

function basePlatform(): Platform {
  return {
    emails: {
      'taken-mp@example.com': 'miniProgram',
      'taken-oa@example.com': 'officialAccount',
      'taken-open@example.com': 'openPlatform',
      'bound-wechat@example.com': 'personalWeChat',
    },
    names: TAKEN_NAMES.slice(),
    brandNames: BRAND_NAMES.slice(),
    filedDomains: ['reglab-demo.cn', 'example-school.edu.cn', 'my-shop.com.cn'],
    idUsage: {},
    phoneUsage: {},
    adminUsage: {},
    people: DEFAULT_PEOPLE.map((p) => ({ ...p })),
    activationFolder: 'inbox',
    reviewPlan: [],
    filingPlan: [],
    verificationPlan: [],
    reviewHours: 24,
    memberLimits: null,
    // The practice project shows the learner's avatar and nickname (fact B-11: so its guide must declare them).
    codePrivacyItems: ['userInfo'],
  };
}

/** The identity sample used for scenario-made mini programs (far from the samples a learner types). */
const SEEDED_APP_SAMPLE = 50;

function buildApp(w: World, seed: AppSeed, index: number): MiniProgram {
  const identity = sampleIdentity(w, SEEDED_APP_SAMPLE + index);
  const now = w.now;
  const app = newApp(w, {
    email: seed.email,
    passwordFingerprint: passwordFingerprint(seed.email, seed.password),
    adminWechatId: w.learner.wechatId,
    subject: {
      type: seed.subjectType,
      region: 'mainland',
      displayName: seed.subjectType === 'individual' ? maskPersonName(identity.idName) : identity.orgName,
      idMasked: maskIdNumber(identity.idNumber),
      idFingerprint: idFingerprint(identity.idNumber),
      phoneMasked: maskMobile(identity.phone),
      phoneFingerprint: phoneFingerprint(identity.phone),
      creditCodeMasked: null,
      method: 'none',
      status: 'verified',
      paymentAmountFen: null,
      paymentDeadline: null,
      confirmedAt: now - 30 * DAY,
    },
  });
  app.createdAt = now - 30 * DAY;
  const b = app.basic;
  if (seed.name) b.name = seed.name;
  if (seed.abbreviation) b.abbreviation = seed.abbreviation;
  if (seed.avatar) b.avatar = { format: 'png', sizeBytes: 120 * 1024 };
  if (seed.introduction) b.introduction = seed.introduction;
  for (const id of seed.categories || []) {
    app.categories.push({ id, status: 'approved', addedAt: now - 20 * DAY, approveAt: null });
  }
  if (seed.mainCategory) app.mainCategory = seed.mainCategory;
  const recent = (n: number): number[] => Array.from({ length: n }, (_, i) => now - (i + 1) * MINUTE);
  app.changes.name = recent(seed.nameChangesUsed || 0);
  app.changes.introduction = recent(seed.introChangesUsed || 0);
  app.changes.avatar = recent(seed.avatarChangesUsed || 0);
  if (seed.filed) {
    app.filing.stage = 'done';
    app.filing.submittedAt = now - 25 * DAY;
    app.filing.doneAt = now - 10 * DAY;
  }
  if (seed.verifiedDaysAgo !== undefined) {
    const v = app.verification;
    v.stage = 'verified';
    v.verifiedAt = now - seed.verifiedDaysAgo * DAY;
    v.expiresAt = addYears(v.verifiedAt, 1);
    v.feesPaidYuan = 30;
    v.noticesSent = noticeSchedule(v.expiresAt)
      .filter((n) => n.at <= now)
      .map((n) => n.key);
  }
  if (seed.secretGenerated) {
    const lost = randomString(w, HEX, 32);
    app.dev.secret = { fingerprint: fingerprint(lost, `${SECRET_SALT}:${app.appId}`), generatedAt: now - 20 * DAY };
  }
  if (seed.ipWhitelist) {
    app.dev.ipWhitelist = seed.ipWhitelist.slice();
    app.dev.ipWhitelistOn = seed.ipWhitelist.length > 0;
  }
  if (seed.capabilities) app.dev.capabilities = seed.capabilities.slice();
  if (seed.privacyGuide) {
    app.privacy = {
      declarations: w.platform.codePrivacyItems.map((item) => ({ item, purpose: PRIVACY_SEED_PURPOSE })),
      retention: 'untilDeleted',
      retentionDays: 0,
      contact: seed.email,
      updatedAt: now - 20 * DAY,
    };
  }
  for (const m of seed.members || []) {
    const person = w.platform.people.find((p) => p.wechatId === m.wechatId);
    app.members.push({
      wechatId: m.wechatId,
      nickname: person ? person.nickname : m.wechatId,
      kind: m.kind,
      roles: m.roles.slice(),
      addedAt: now - 15 * DAY,
    });
  }
  const version = (v: { version: string; note: string }, daysAgo: number) => {
    w.seq += 1;
    return {
      id: `ver-${w.seq}`,
      version: v.version,
      note: v.note,
      uploader: app.adminWechatId,
      uploadedAt: now - daysAgo * DAY,
      privacyItems: w.platform.codePrivacyItems.slice(),
    };
  };
  if (seed.onlineVersion) {
    const online = version(seed.onlineVersion, 12);
    app.versions.online = { version: online, publishedAt: now - 10 * DAY, percent: 100 };
    app.versions.firstPublishedAt = now - 10 * DAY;
    app.versions.history.push({ kind: 'publish', version: online.version, at: now - 10 * DAY });
  }
  if (seed.devVersion) app.versions.dev.push(version(seed.devVersion, 1));
  if (seed.passedVersion) {
    const passed = version(seed.passedVersion, 3);
    app.versions.review = {
      version: passed,
      status: 'passed',
      submittedAt: now - 2 * DAY,
      decideAt: now - DAY,
      planned: { outcome: 'pass', reason: null },
      decidedAt: now - DAY,
      reason: null,
      privacyMismatch: [],
    };
  }
  return app;
}

export function scenarioOrFresh(id: string | undefined): Scenario {
  return (id !== undefined && findScenario(id)) || SCENARIOS[0];
}

/** A new world for a scenario (default `fresh`). Unknown scenario IDs fall back to `fresh`. */
export function createWorld(options: WorldOptions = {}): World {
  const scenario = scenarioOrFresh(options.scenario);
  const setup = scenario.setup;
  const seed = seedState(options.seed !== undefined ? options.seed : 1);
  const now = options.now !== undefined && Number.isFinite(options.now) ? Math.round(options.now) : DEFAULT_START;
  const platform = basePlatform();
  Object.assign(platform.emails, setup.emails || {});
  if (setup.activationFolder) platform.activationFolder = setup.activationFolder;
  if (setup.reviewPlan) platform.reviewPlan = setup.reviewPlan.map((p) => ({ ...p }));
  if (setup.filingPlan) platform.filingPlan = setup.filingPlan.map((p) => ({ ...p }));
  if (setup.verificationPlan) platform.verificationPlan = setup.verificationPlan.map((p) => ({ ...p }));
  if (setup.reviewHours !== undefined) platform.reviewHours = setup.reviewHours;
  if (setup.memberLimits) platform.memberLimits = { ...setup.memberLimits };
  for (const p of setup.extraPeople || []) platform.people.push({ ...p });
  const holder = { rng: seed };
  const registration = newRegistration(holder);
  const world: World = {
    schema: SCHEMA_VERSION,
    ruleSet: options.ruleSet || setup.ruleSet || 'current',
    scenarioId: scenario.id,
    now,
    rng: holder.rng,
    seq: 0,
    sampleSeed: seed % 100000,
    platform,
    learner: { wechatId: 'reglab_learner', nickname: LEARNER_NICKNAME },
    registration,
    mailbox: { addresses: (setup.mailboxAddresses || []).slice(), mails: [] },
    phone: { sms: [], scans: [] },
    session: null,
    apps: [],
    log: [],
    logDropped: 0,
  };
  for (const usage of setup.sampleIdUsage || []) {
    platform.idUsage[idFingerprint(sampleIdentity(world, usage.sample).idNumber)] = usage.count;
  }
  for (const usage of setup.samplePhoneUsage || []) {
    platform.phoneUsage[phoneFingerprint(sampleIdentity(world, usage.sample).phone)] = usage.count;
  }
  if (setup.learnerAdminCount) platform.adminUsage[world.learner.wechatId] = setup.learnerAdminCount;
  (setup.apps || []).forEach((seedApp, i) => {
    const app = buildApp(world, seedApp, i);
    world.apps.push(app);
    if (seedApp.loggedIn) world.session = { appId: app.appId, stage: 'active', scanId: null, actor: app.adminWechatId };
  });
  world.log.push({
    seq: 1,
    at: now,
    kind: 'event',
    action: 'scenario',
    type: 'SCENARIO_STARTED',
    factIds: EVENT_FACTS.SCENARIO_STARTED.slice(),
    data: { scenario: scenario.id, ruleSet: world.ruleSet },
  });
  return world;
}
