/**
 * Read-only views of the world for pages and missions. None of them exposes a secret: the AppSecret and the
 * upload key exist only as "generated or not".
 */
import type { I18nText } from '../../../core/i18n';
import { STEP_LABELS } from '../registration/steps';
import { findCategory } from '../basic-settings/category-data';
import { findApp, rolesOf } from './context';
import type { ConsoleError } from './errors';
import { canUseTrial as appCanUseTrial, memberCount, memberLimits } from '../members/rules';
import { QUOTA_KEYS, quotaOf, type QuotaKey, type QuotaStatus } from './quotas';
import { RULE_SETS, rulesOf } from './rulesets';
import { addMonths, DAY, formatDateTime, isWorkingDay } from './time';
import type {
  FilingStage,
  LogEntry,
  Mail,
  MailFolder,
  Member,
  MemberKind,
  MiniProgram,
  OnlineVersion,
  Review,
  Scan,
  Sms,
  SubjectType,
  Version,
  World,
} from './types';
import {
  FILING_STAGE_LABELS,
  reviewBlockers as appReviewBlockers,
  verificationOverdue,
  verificationValid,
} from '../versions/rules';

/** The mini program of the active (fully verified) session, or null. */
export function currentApp(w: World): MiniProgram | null {
  if (!w.session || w.session.stage !== 'active') return null;
  return findApp(w, w.session.appId) || null;
}

function appOrCurrent(w: World, appId?: string): MiniProgram | null {
  return appId !== undefined ? findApp(w, appId) || null : currentApp(w);
}

export interface SessionView {
  loggedIn: boolean;
  awaitingScan: boolean;
  appId: string | null;
  actor: string | null;
  actorRoles: string[];
  isAdmin: boolean;
}

export function sessionView(w: World): SessionView {
  const s = w.session;
  const app = s ? findApp(w, s.appId) : undefined;
  const roles = s && app ? rolesOf(app, s.actor) : [];
  return {
    loggedIn: !!s && s.stage === 'active',
    awaitingScan: !!s && s.stage === 'awaitingScan',
    appId: s ? s.appId : null,
    actor: s ? s.actor : null,
    actorRoles: roles,
    isAdmin: roles.indexOf('admin') >= 0,
  };
}

export interface RegistrationView {
  step: World['registration']['step'];
  /** 1, 2, 3 for the three steps; 4 once done. */
  stepNumber: number;
  stepLabel: I18nText;
  email: string | null;
  /** When the latest activation mail was sent (for "没有收到邮件？"). */
  lastMailAt: number | null;
  captcha: string;
  region: string | null;
  subjectType: SubjectType | null;
  smsSentTo: string | null;
  /** Seconds until another SMS may be requested (0 when allowed). */
  smsCooldownSeconds: number;
  smsExpired: boolean;
  adminScan: 'none' | 'pending' | 'confirmed';
  dialogOpen: boolean;
  appId: string | null;
}

const STEP_NUMBERS = { account: 1, activation: 2, info: 3, done: 4 };

export function registrationView(w: World): RegistrationView {
  const reg = w.registration;
  const cooldown = rulesOf(w.ruleSet)['I-04'].smsResendCooldownMs;
  return {
    step: reg.step,
    stepNumber: STEP_NUMBERS[reg.step],
    stepLabel: STEP_LABELS[reg.step],
    email: reg.email,
    lastMailAt: reg.lastMailAt,
    captcha: reg.captcha,
    region: reg.region,
    subjectType: reg.subjectType,
    smsSentTo: reg.sms ? reg.sms.phoneMasked : null,
    smsCooldownSeconds: reg.sms ? Math.max(0, Math.ceil((reg.sms.sentAt + cooldown - w.now) / 1000)) : 0,
    smsExpired: reg.sms ? w.now >= reg.sms.expiresAt : false,
    adminScan: reg.adminScan ? reg.adminScan.status : 'none',
    dialogOpen: reg.dialogOpen,
    appId: reg.appId,
  };
}

/** Newest first; items received at the same moment keep their arrival order reversed. */
function newestFirst<T extends { receivedAt: number }>(items: readonly T[]): T[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => b.item.receivedAt - a.item.receivedAt || b.index - a.index)
    .map((x) => x.item);
}

export interface MailboxView {
  folder: MailFolder;
  mails: Mail[];
  unread: Record<MailFolder, number>;
}

/** Mails of one folder, newest first, and unread counts per folder. */
export function mailboxView(w: World, folder: MailFolder = 'inbox'): MailboxView {
  const mails = newestFirst(w.mailbox.mails.filter((m) => m.folder === folder));
  const unread = { inbox: 0, spam: 0 };
  for (const m of w.mailbox.mails) if (!m.read) unread[m.folder] += 1;
  return { folder, mails, unread };
}

export interface PhoneView {
  sms: Sms[];
  pendingScans: Scan[];
}

export function phoneView(w: World): PhoneView {
  return {
    sms: newestFirst(w.phone.sms),
    pendingScans: w.phone.scans.filter((s) => s.status === 'pending'),
  };
}

/** Every quota of a mini program with the "还能修改 N 次" text (facts B-02..B-07, D-07, P-04). */
export function quotas(w: World, appId?: string): Record<QuotaKey, QuotaStatus> | null {
  const app = appOrCurrent(w, appId);
  if (!app) return null;
  const r = rulesOf(w.ruleSet);
  const out = {} as Record<QuotaKey, QuotaStatus>;
  for (const key of QUOTA_KEYS) out[key] = quotaOf(app, r, w.now, key);
  return out;
}

export interface Slots {
  limit: number;
  used: number;
  remaining: number;
}

/** "剩余可添加人数" per member kind (fact M-05). */
export function memberSlots(w: World, appId?: string): Record<MemberKind, Slots> | null {
  const app = appOrCurrent(w, appId);
  if (!app) return null;
  const limits = memberLimits(w, app);
  const slot = (kind: MemberKind): Slots => {
    const used = memberCount(app, kind);
    return { limit: limits[kind], used, remaining: Math.max(0, limits[kind] - used) };
  };
  return { project: slot('project'), experience: slot('experience') };
}

export function membersView(w: World, appId?: string): Record<MemberKind, Member[]> | null {
  const app = appOrCurrent(w, appId);
  if (!app) return null;
  return {
    project: app.members.filter((m) => m.kind === 'project'),
    experience: app.members.filter((m) => m.kind === 'experience'),
  };
}

export function canUseTrial(w: World, wechatId: string, appId?: string): boolean {
  const app = appOrCurrent(w, appId);
  return app ? appCanUseTrial(app, wechatId) : false;
}

export interface VersionsView {
  online: OnlineVersion | null;
  review: Review | null;
  dev: Version[];
  trial: Version | null;
  previous: Version | null;
  /** A version passed review and waits for 发布: not online until published (fact P-05). */
  awaitingPublish: boolean;
  canRollback: boolean;
}

/** The four kinds of version (fact P-01). */
export function versionsView(w: World, appId?: string): VersionsView | null {
  const app = appOrCurrent(w, appId);
  if (!app) return null;
  const v = app.versions;
  return {
    online: v.online,
    review: v.review,
    dev: v.dev.slice(),
    trial: v.trial,
    previous: v.previous,
    awaitingPublish: !!v.review && v.review.status === 'passed',
    canRollback: v.previous !== null && v.online !== null,
  };
}

/** Every unmet precondition for submitting a review, in the console's order (empty: ready). */
export function reviewBlockers(w: World, appId?: string): ConsoleError[] {
  const app = appOrCurrent(w, appId);
  return app ? appReviewBlockers(app, rulesOf(w.ruleSet)).filter((e) => e.code !== 'REVIEW_IN_PROGRESS') : [];
}

export interface ChecklistItem {
  id: string;
  title: I18nText;
  done: boolean;
  /** Whether releasing needs it under the active rule set. */
  required: boolean;
  factIds: string[];
}

/** The release checklist's steps as the console names them (fact L-03). */
export const CHECKLIST_TITLES = {
  basicInfo: { zh: '小程序信息', en: 'Mini program info' },
  category: { zh: '小程序类目', en: 'Service category' },
  subject: { zh: '主体验证', en: 'Subject verification' },
  filing: { zh: '小程序备案', en: 'ICP filing' },
  developers: { zh: '添加开发者', en: 'Add developers' },
  secret: { zh: '生成 AppSecret', en: 'Generate the AppSecret' },
  server: { zh: '配置服务器域名', en: 'Configure server domains' },
  upload: { zh: '上传代码', en: 'Upload code' },
  review: { zh: '提交审核', en: 'Submit for review' },
  publish: { zh: '发布', en: 'Publish' },
} satisfies Record<string, I18nText>;

/** The home page's release flow (fact L-03) as a checklist, with what the rule set requires. */
export function releaseChecklist(w: World, appId?: string): ChecklistItem[] {
  const app = appOrCurrent(w, appId);
  if (!app) return [];
  const r = rulesOf(w.ruleSet);
  const b = app.basic;
  const v = app.versions;
  const approved = app.categories.some((c) => c.status === 'approved');
  const categoryDone = approved && (!r['B-07'].mainCategoryRequired || app.mainCategory !== null);
  const item = (id: keyof typeof CHECKLIST_TITLES, done: boolean, required: boolean, factIds: string[]) => ({
    id,
    title: CHECKLIST_TITLES[id],
    done,
    required,
    factIds,
  });
  return [
    item('basicInfo', b.name !== null && b.avatar !== null && b.introduction !== null, true, ['B-10', 'L-03']),
    item('category', categoryDone, true, ['B-07']),
    item('subject', app.subject.status === 'verified', true, ['I-10']),
    item('filing', app.filing.stage === 'done', r['V-02'].filingRequiredForReview, ['V-01', 'V-02']),
    item(
      'developers',
      app.members.some((m) => m.kind === 'project' && m.roles.indexOf('developer') >= 0),
      false,
      ['M-02', 'D-09'],
    ),
    item('secret', app.dev.secret !== null, false, ['D-04']),
    item(
      'server',
      Object.keys(app.dev.domains).some((k) => app.dev.domains[k as keyof typeof app.dev.domains].length > 0),
      false,
      ['D-07'],
    ),
    item('upload', v.dev.length > 0 || v.review !== null || v.online !== null, true, ['P-02']),
    item('review', (v.review !== null && v.review.status === 'passed') || v.online !== null, true, ['P-04']),
    item('publish', v.online !== null, true, ['P-05']),
  ];
}

function workingDaysBetween(from: number, to: number): number {
  let n = 0;
  for (let t = from + DAY; t <= to + DAY - 1 && n < 400; t += DAY) if (isWorkingDay(t)) n++;
  return n;
}

export interface FilingStatus {
  stage: FilingStage;
  label: I18nText;
  stageEndsAt: number | null;
  workingDaysLeft: number | null;
  smsPending: string[];
  rejectReason: I18nText | null;
  required: boolean;
}

/** Filing stage at the current clock (facts V-02, V-03). */
export function filingStatus(w: World, appId?: string): FilingStatus | null {
  const app = appOrCurrent(w, appId);
  if (!app) return null;
  const f = app.filing;
  return {
    stage: f.stage,
    label: FILING_STAGE_LABELS[f.stage],
    stageEndsAt: f.stageEndsAt,
    workingDaysLeft: f.stageEndsAt !== null ? workingDaysBetween(w.now, f.stageEndsAt) : null,
    smsPending: f.smsChecks.filter((c) => !c.verified).map((c) => c.phoneMasked),
    rejectReason: f.rejectReason,
    required: rulesOf(w.ruleSet)['V-02'].filingRequiredForReview,
  };
}

export interface VerificationEffects {
  blocksRelease: boolean;
  blocksSearch: boolean;
  blocksSharing: boolean;
  blocksNewUsers: boolean;
}

export interface VerificationStatus {
  stage: MiniProgram['verification']['stage'];
  valid: boolean;
  expiresAt: number | null;
  /** Fee for this subject under the active rule set, or null when it cannot apply (fact V-06). */
  feeYuan: number | null;
  feeNote: I18nText;
  annualReviewOpensAt: number | null;
  daysOverdue: number;
  effects: VerificationEffects;
  rejectReason: I18nText | null;
}

/** Verification at the current clock, and what an overdue one blocks (facts V-06, V-07). */
export function verificationStatus(w: World, appId?: string): VerificationStatus | null {
  const app = appOrCurrent(w, appId);
  if (!app) return null;
  const r = rulesOf(w.ruleSet);
  const v = app.verification;
  const fee = r['V-06'].feeYuan[app.subject.type];
  const overdue =
    verificationOverdue(app, w.now) && v.expiresAt !== null ? Math.floor((w.now - v.expiresAt) / DAY) : -1;
  const feeNote: I18nText =
    fee === null
      ? {
          zh: `${RULE_SETS[w.ruleSet].title.zh}：个人号无法认证`,
          en: `${RULE_SETS[w.ruleSet].title.en}: individuals cannot verify`,
        }
      : fee === 0
        ? { zh: '免费', en: 'Free' }
        : {
            zh: `每次申请 ${fee} 元，审核不通过不退还`,
            en: `${fee} RMB per application, not refunded if rejected`,
          };
  return {
    stage: v.stage,
    valid: verificationValid(app, w.now),
    expiresAt: v.expiresAt,
    feeYuan: fee,
    feeNote,
    annualReviewOpensAt: v.expiresAt !== null ? addMonths(v.expiresAt, -r['V-07'].annualReviewOpensMonthsBefore) : null,
    daysOverdue: Math.max(0, overdue),
    effects: {
      blocksRelease: overdue >= 0,
      blocksSearch: overdue >= 0,
      blocksSharing: overdue >= 30,
      blocksNewUsers: overdue >= 60,
    },
    rejectReason: v.rejectReason,
  };
}

export interface DevSettingsView {
  appId: string;
  secretGenerated: boolean;
  secretGeneratedAt: number | null;
  secretFrozen: boolean;
  freezePendingUntil: number | null;
  ipWhitelist: string[];
  domains: MiniProgram['dev']['domains'];
  filedDomains: string[];
  uploadKeyGenerated: boolean;
  uploadIpWhitelist: string[];
  capabilities: string[];
}

export function devSettingsView(w: World, appId?: string): DevSettingsView | null {
  const app = appOrCurrent(w, appId);
  if (!app) return null;
  const d = app.dev;
  return {
    appId: app.appId,
    secretGenerated: d.secret !== null,
    secretGeneratedAt: d.secret ? d.secret.generatedAt : null,
    secretFrozen: d.secretFrozen,
    freezePendingUntil: d.secretFreezePending ? d.secretFreezePending.effectiveAt : null,
    ipWhitelist: d.ipWhitelist.slice(),
    domains: {
      request: d.domains.request.slice(),
      socket: d.domains.socket.slice(),
      uploadFile: d.domains.uploadFile.slice(),
      downloadFile: d.domains.downloadFile.slice(),
    },
    filedDomains: w.platform.filedDomains.slice(),
    uploadKeyGenerated: d.uploadKey !== null,
    uploadIpWhitelist: d.uploadIpWhitelist.slice(),
    capabilities: d.capabilities.slice(),
  };
}

export const SUBJECT_TYPE_LABELS: Readonly<Record<SubjectType, I18nText>> = {
  individual: { zh: '个人', en: 'Individual' },
  enterprise: { zh: '企业', en: 'Enterprise' },
  individualBusiness: { zh: '个体工商户', en: 'Individual business' },
  government: { zh: '政府', en: 'Government' },
  media: { zh: '媒体', en: 'Media' },
  other: { zh: '其他组织', en: 'Other organisation' },
};

/** Basic info as 设置 → 基本设置 lists it (facts B-01, B-08). */
export function basicInfoView(w: World, appId?: string) {
  const app = appOrCurrent(w, appId);
  if (!app) return null;
  const q = quotas(w, app.appId) as Record<QuotaKey, QuotaStatus>;
  return {
    name: app.basic.name,
    abbreviation: app.basic.abbreviation,
    avatar: app.basic.avatar,
    introduction: app.basic.introduction,
    categories: app.categories.map((c) => {
      const def = findCategory(c.id);
      return {
        id: c.id,
        name: def ? def.name : { zh: c.id, en: c.id },
        status: c.status,
        main: app.mainCategory === c.id,
      };
    }),
    subject: {
      text: {
        zh: `${app.subject.displayName} · ${SUBJECT_TYPE_LABELS[app.subject.type].zh}`,
        en: `${app.subject.displayName} · ${SUBJECT_TYPE_LABELS[app.subject.type].en}`,
      },
      status: app.subject.status,
      paymentAmountFen: app.subject.paymentAmountFen,
      paymentDeadline: app.subject.paymentDeadline,
    },
    quotas: q,
  };
}

export function clockView(w: World): { now: number; text: string } {
  return { now: w.now, text: formatDateTime(w.now) };
}

/** The newest log entries, newest last. */
export function recentLog(w: World, count = 20): LogEntry[] {
  return w.log.slice(Math.max(0, w.log.length - count));
}
