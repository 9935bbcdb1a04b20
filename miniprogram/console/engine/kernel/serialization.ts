/**
 * Saving and loading: the world is JSON with a schema version. Loading checks the whole structure (every
 * field, no unknown keys) and a few cross-references, and rejects anything wrong wholesale: a world is
 * never half-loaded.
 */
import type { I18nText } from '../../../core/i18n';
import { consoleError, type ConsoleError } from './errors';
import { arr, bool, nullable, num, obj, oneOf, record, str, validate, type Schema } from './schema';
import { CHOICE } from './choices';
import {
  PRIVACY_ITEMS,
  SCHEMA_VERSION,
  type AdminScanState,
  type Avatar,
  type Basic,
  type CategoryEntry,
  type ChangeLog,
  type DevSettings,
  type DomainKind,
  type Filing,
  type FilingParticipant,
  type FilingSmsCheck,
  type GraceSecret,
  type Learner,
  type LogEntry,
  type Mail,
  type Mailbox,
  type Member,
  type MemberLimits,
  type MiniProgram,
  type OnlineVersion,
  type PendingMember,
  type PendingSubject,
  type Person,
  type Phone,
  type Platform,
  type PlannedOutcome,
  type PrivacyDeclaration,
  type PrivacyGuide,
  type Registration,
  type ReleaseRecord,
  type Review,
  type Scalar,
  type Scan,
  type SecretRecord,
  type Session,
  type Sms,
  type SmsSender,
  type SmsChallenge,
  type Subject,
  type Verification,
  type Version,
  type Versions,
  type World,
} from './types';

const s = str({ max: 5000 });
const time = num();
const count = num({ min: 0, int: true });
const times = arr(time, { max: 100000 });
const text: Schema<I18nText> = obj<{ zh: string; en: string }>({ zh: s, en: s });
const planned = obj<PlannedOutcome>({ outcome: oneOf(['pass', 'reject']), reason: nullable(text) });
const subjectMethod = CHOICE.subjectMethod;

const scalar: Schema<Scalar> = {
  check(value, path, errors) {
    const t = typeof value;
    if (value !== null && t !== 'string' && t !== 'number' && t !== 'boolean') errors.push(`${path}: expected scalar`);
  },
};

const person = obj<Person>({
  wechatId: s,
  nickname: s,
  findable: bool,
  projectMemberships: count,
  experienceMemberships: count,
});
const memberLimits = obj<MemberLimits>({ project: count, experience: count });

const platform = obj<Platform>({
  emails: record(oneOf(['miniProgram', 'officialAccount', 'openPlatform', 'personalWeChat'])),
  names: arr(s),
  brandNames: arr(s),
  filedDomains: arr(s),
  idUsage: record(count),
  phoneUsage: record(count),
  adminUsage: record(count),
  people: arr(person),
  activationFolder: oneOf(['inbox', 'spam']),
  reviewPlan: arr(planned),
  filingPlan: arr(planned),
  verificationPlan: arr(planned),
  reviewHours: num({ min: 0, max: 24 * 60 }),
  memberLimits: nullable(memberLimits),
  codePrivacyItems: arr(CHOICE.privacyItem, { max: PRIVACY_ITEMS.length }),
});

const smsChallenge = obj<SmsChallenge>({
  phoneFingerprint: s,
  phoneMasked: s,
  code: s,
  sentAt: time,
  expiresAt: time,
});
const adminScan = obj<AdminScanState>({
  scanId: s,
  identityFingerprint: s,
  status: oneOf(['pending', 'confirmed']),
  wechatId: nullable(s),
});
const pendingSubject = obj<PendingSubject>({
  type: CHOICE.subjectType,
  displayName: s,
  idMasked: s,
  idFingerprint: s,
  phoneMasked: s,
  phoneFingerprint: s,
  adminWechatId: s,
  orgName: nullable(s),
  creditCodeMasked: nullable(s),
  method: subjectMethod,
});
const registration = obj<Registration>({
  step: oneOf(['account', 'activation', 'info', 'done']),
  captcha: s,
  email: nullable(s),
  passwordFingerprint: nullable(s),
  activationToken: nullable(s),
  lastMailAt: nullable(time),
  region: nullable(CHOICE.region),
  subjectType: nullable(CHOICE.subjectType),
  sms: nullable(smsChallenge),
  adminScan: nullable(adminScan),
  pending: nullable(pendingSubject),
  dialogOpen: bool,
  appId: nullable(s),
});

const mail = obj<Mail>({
  id: s,
  to: s,
  from: s,
  subject: text,
  body: text,
  folder: oneOf(['inbox', 'spam']),
  read: bool,
  fraudWarning: bool,
  receivedAt: time,
  kind: oneOf(['activation', 'notice']),
  token: nullable(s),
});
const mailbox = obj<Mailbox>({ addresses: arr(s), mails: arr(mail) });

/** Optional: saves from before the sender was recorded have none (WeChat's platform). */
const smsSender = oneOf<SmsSender>(['wechat', 'miit']) as Schema<SmsSender | undefined>;
const sms = obj<Sms>({ id: s, toMasked: s, text, code: nullable(s), receivedAt: time, sender: smsSender }, ['sender']);
const roles = CHOICE.memberRoles;
const pendingMember = obj<PendingMember>({ wechatId: s, kind: CHOICE.memberKind, roles });
const scan = obj<Scan>({
  id: s,
  purpose: oneOf(['registerAdmin', 'login', 'addMember', 'scanLogin']),
  title: text,
  createdAt: time,
  status: oneOf(['pending', 'confirmed', 'rejected', 'superseded']),
  appId: nullable(s),
  member: nullable(pendingMember),
});
const phone = obj<Phone>({ sms: arr(sms), scans: arr(scan) });

const session = obj<Session>({
  appId: s,
  stage: oneOf(['awaitingScan', 'active']),
  scanId: nullable(s),
  actor: s,
});

const subject = obj<Subject>({
  type: CHOICE.subjectType,
  region: CHOICE.region,
  displayName: s,
  idMasked: s,
  idFingerprint: s,
  phoneMasked: s,
  phoneFingerprint: s,
  creditCodeMasked: nullable(s),
  method: subjectMethod,
  status: oneOf(['verified', 'awaitingPayment', 'paymentExpired', 'awaitingVerification']),
  paymentAmountFen: nullable(count),
  paymentDeadline: nullable(time),
  confirmedAt: time,
});
const avatar = obj<Avatar>({ format: s, sizeBytes: num({ min: 0 }) });
const basic = obj<Basic>({
  name: nullable(s),
  abbreviation: nullable(s),
  avatar: nullable(avatar),
  introduction: nullable(s),
});
const changes = obj<ChangeLog>({
  name: times,
  abbreviation: times,
  avatar: times,
  introduction: times,
  categoryAdd: times,
  mainCategory: times,
  domains: times,
  withdraw: times,
});
const category = obj<CategoryEntry>({
  id: s,
  status: oneOf(['reviewing', 'approved']),
  addedAt: time,
  approveAt: nullable(time),
});
const secretRecord = obj<SecretRecord>({ fingerprint: s, generatedAt: time });
const graceSecret = obj<GraceSecret>({ fingerprint: s, validUntil: time });
const domainList = arr(s, { max: 400 });
const domains = obj<Record<DomainKind, string[]>>({
  request: domainList,
  socket: domainList,
  uploadFile: domainList,
  downloadFile: domainList,
});
const dev = obj<DevSettings>({
  secret: nullable(secretRecord),
  previousSecret: nullable(graceSecret),
  secretFrozen: bool,
  secretFreezePending: nullable(obj<{ frozen: boolean; effectiveAt: number }>({ frozen: bool, effectiveAt: time })),
  ipWhitelistOn: bool,
  ipWhitelist: arr(s),
  domains,
  uploadKey: nullable(secretRecord),
  uploadIpWhitelist: arr(s),
  capabilities: arr(CHOICE.capability),
});
const member = obj<Member>({ wechatId: s, nickname: s, kind: CHOICE.memberKind, roles, addedAt: time });
const privacyItems = arr(CHOICE.privacyItem, { max: PRIVACY_ITEMS.length });
const version = obj<Version>({ id: s, version: s, note: s, uploader: s, uploadedAt: time, privacyItems });
const review = obj<Review>({
  version,
  status: oneOf(['reviewing', 'passed', 'rejected']),
  submittedAt: time,
  decideAt: time,
  planned,
  decidedAt: nullable(time),
  reason: nullable(text),
  privacyMismatch: privacyItems,
});
const online = obj<OnlineVersion>({ version, publishedAt: time, percent: num({ min: 1, max: 100, int: true }) });
const releaseRecord = obj<ReleaseRecord>({ kind: oneOf(['publish', 'rollback']), version: s, at: time });
const versions = obj<Versions>({
  dev: arr(version),
  trial: nullable(version),
  review: nullable(review),
  online: nullable(online),
  previous: nullable(version),
  firstPublishedAt: nullable(time),
  history: arr(releaseRecord),
});
const participant = obj<FilingParticipant>({
  role: CHOICE.filingRole,
  nameMasked: s,
  nameFingerprint: s,
  phoneMasked: s,
  phoneFingerprint: s,
});
const smsCheck = obj<FilingSmsCheck>({ phoneMasked: s, phoneFingerprint: s, code: s, verified: bool });
const filing = obj<Filing>({
  stage: oneOf(['none', 'platformReview', 'smsVerification', 'provincialReview', 'done', 'rejected']),
  submittedAt: nullable(time),
  stageEndsAt: nullable(time),
  participants: arr(participant),
  smsChecks: arr(smsCheck),
  planned: nullable(planned),
  rejectReason: nullable(text),
  doneAt: nullable(time),
  provincialDays: num({ min: 1, max: 20, int: true }),
});
const verification = obj<Verification>({
  stage: oneOf(['none', 'reviewing', 'verified', 'rejected']),
  kind: oneOf(['initial', 'annual']),
  appliedAt: nullable(time),
  endsAt: nullable(time),
  planned: nullable(planned),
  feeYuan: num({ min: 0 }),
  feesPaidYuan: num({ min: 0 }),
  verifiedAt: nullable(time),
  expiresAt: nullable(time),
  noticesSent: arr(s),
  rejectReason: nullable(text),
  pendingFiling: nullable(arr(participant)),
});
const privacyGuide = obj<PrivacyGuide>({
  declarations: arr(obj<PrivacyDeclaration>({ item: CHOICE.privacyItem, purpose: s }), { max: PRIVACY_ITEMS.length }),
  retention: CHOICE.privacyRetention,
  retentionDays: count,
  contact: s,
  updatedAt: time,
});
const app = obj<MiniProgram>({
  appId: str({ pattern: /^wx[0-9a-f]{16}$/ }),
  email: s,
  passwordFingerprint: s,
  createdAt: time,
  adminWechatId: s,
  subject,
  basic,
  categories: arr(category),
  mainCategory: nullable(s),
  changes,
  dev,
  members: arr(member),
  versions,
  filing,
  verification,
  privacy: nullable(privacyGuide),
});
const logEntry = obj<LogEntry>({
  seq: count,
  at: time,
  kind: oneOf(['event', 'error']),
  action: s,
  type: s,
  factIds: arr(s),
  data: record(scalar),
});
const learner = obj<Learner>({ wechatId: s, nickname: s });

export const WORLD_SCHEMA: Schema<World> = obj<World>({
  schema: num({ int: true }),
  ruleSet: oneOf(['current', 'classic']),
  scenarioId: s,
  now: time,
  rng: num({ min: 0, max: 4294967295, int: true }),
  seq: count,
  sampleSeed: count,
  platform,
  learner,
  registration,
  mailbox,
  phone,
  session: nullable(session),
  apps: arr(app),
  log: arr(logEntry),
  logDropped: count,
});

/** Problems beyond structure: references that must point at something, values that must be unique. */
function crossCheck(w: World): string[] {
  const problems: string[] = [];
  const ids = w.apps.map((a) => a.appId);
  if (new Set(ids).size !== ids.length) problems.push('duplicate appId');
  if (w.session && ids.indexOf(w.session.appId) < 0) problems.push('session points at a missing mini program');
  if (w.registration.appId !== null && ids.indexOf(w.registration.appId) < 0) {
    problems.push('registration points at a missing mini program');
  }
  for (const a of w.apps) {
    if (a.mainCategory !== null && !a.categories.some((c) => c.id === a.mainCategory)) {
      problems.push(`${a.appId}: main category is not among its categories`);
    }
  }
  return problems;
}

export function serializeWorld(world: World): string {
  return JSON.stringify(world);
}

export type LoadResult = { ok: true; world: World } | { ok: false; error: ConsoleError };

/** Loads a saved world, or explains why not. Never returns a partly valid world. */
export function deserializeWorld(text: string): LoadResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, error: consoleError('SAVE_NOT_JSON') };
  }
  return checkWorld(parsed);
}

/** The same checks for a value already parsed (e.g. read from storage as an object). */
export function checkWorld(value: unknown): LoadResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, error: consoleError('SAVE_CORRUPT', { detail: 'not an object' }) };
  }
  const version = (value as { schema?: unknown }).schema;
  if (version !== SCHEMA_VERSION) {
    return {
      ok: false,
      error: consoleError('SAVE_SCHEMA_UNSUPPORTED', { found: String(version), expected: SCHEMA_VERSION }),
    };
  }
  const problems = validate(WORLD_SCHEMA, value, 'world');
  if (problems.length > 0)
    return { ok: false, error: consoleError('SAVE_CORRUPT', { detail: problems.slice(0, 3).join('; ') }) };
  const world = value as World;
  const cross = crossCheck(world);
  if (cross.length > 0)
    return { ok: false, error: consoleError('SAVE_CORRUPT', { detail: cross.slice(0, 3).join('; ') }) };
  return { ok: true, world };
}
