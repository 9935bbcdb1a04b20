import type { I18nText } from '../../../core/i18n';

/**
 * The console world: plain JSON data only (no classes, no Date, no undefined; absent values are null).
 * It changes only through `dispatch`; treat every World you hold as immutable.
 */

/** 1: personal data as full fingerprints; 2: as short tags (console/services/migrations.ts, docs/privacy.md). */
export { CONSOLE_SCHEMA_VERSION as SCHEMA_VERSION } from '../../../core/lab-scenarios';

export type RuleSetId = 'current' | 'classic';
export type SubjectType = 'individual' | 'enterprise' | 'individualBusiness' | 'government' | 'media' | 'other';
export type Region = 'mainland' | 'hongkong' | 'macao' | 'taiwan' | 'overseas';
export type EmailUse = 'miniProgram' | 'officialAccount' | 'openPlatform' | 'personalWeChat';
export type MailFolder = 'inbox' | 'spam';
export type MemberKind = 'project' | 'experience';
export type MemberRole = 'operator' | 'developer' | 'dataAnalyst';
export type DomainKind = 'request' | 'socket' | 'uploadFile' | 'downloadFile';
export type Outcome = 'pass' | 'reject';
export type Capability = 'wechatPay' | 'phoneNumber' | 'businessDomain';
/** Kinds of user information a mini program's code can collect through privacy APIs (fact B-11). */
export type PrivacyItem =
  'userInfo' | 'phoneNumber' | 'location' | 'album' | 'clipboard' | 'camera' | 'microphone' | 'address';
export type PrivacyRetention = 'untilDeleted' | 'fixed';

export const SUBJECT_TYPES: readonly SubjectType[] = [
  'individual',
  'enterprise',
  'individualBusiness',
  'government',
  'media',
  'other',
];
export const REGIONS: readonly Region[] = ['mainland', 'hongkong', 'macao', 'taiwan', 'overseas'];
export const MEMBER_ROLES: readonly MemberRole[] = ['operator', 'developer', 'dataAnalyst'];
export const MEMBER_KINDS: readonly MemberKind[] = ['project', 'experience'];
export const DOMAIN_KINDS: readonly DomainKind[] = ['request', 'socket', 'uploadFile', 'downloadFile'];
export const CAPABILITIES: readonly Capability[] = ['wechatPay', 'phoneNumber', 'businessDomain'];
export const PRIVACY_ITEMS: readonly PrivacyItem[] = [
  'userInfo',
  'phoneNumber',
  'location',
  'album',
  'clipboard',
  'camera',
  'microphone',
  'address',
];
export const PRIVACY_RETENTIONS: readonly PrivacyRetention[] = ['untilDeleted', 'fixed'];

/** A value usable in event data and log entries. */
export type Scalar = string | number | boolean | null;
export type EventData = Record<string, Scalar>;

/** What the scenario has decided a review (code, filing or verification) will answer. */
export interface PlannedOutcome {
  outcome: Outcome;
  reason: I18nText | null;
}

/** Another WeChat user in the simulated platform, who can be searched for and added as a member. */
export interface Person {
  wechatId: string;
  nickname: string;
  /** Whether 通过微信号找到我 is on (fact M-04). */
  findable: boolean;
  /** Mini programs elsewhere where this person is already a project / experience member (fact M-06). */
  projectMemberships: number;
  experienceMemberships: number;
}

export interface MemberLimits {
  project: number;
  experience: number;
}

/** Everything outside the learner's own mini programs: other accounts, taken names, filed domains, plans. */
export interface Platform {
  /** Emails already used elsewhere on the platforms, and how (facts ). */
  emails: Record<string, EmailUse>;
  /** Names of other mini programs. */
  names: string[];
  /** Brand words whose use in a name needs proof (fact B-03). */
  brandNames: string[];
  /** ICP-filed registrable domains the learner may use (fact D-07). */
  filedDomains: string[];
  /** Registrations elsewhere per ID-card fingerprint / phone fingerprint / administrator WeChat ID (I-05..I-07). */
  idUsage: Record<string, number>;
  phoneUsage: Record<string, number>;
  adminUsage: Record<string, number>;
  people: Person[];
  /** Where activation mails land (fact A-02). */
  activationFolder: MailFolder;
  /** Queued outcomes, consumed one per submission; when empty the review passes. */
  reviewPlan: PlannedOutcome[];
  filingPlan: PlannedOutcome[];
  verificationPlan: PlannedOutcome[];
  /** How long a code review takes, in hours (fact P-04: about 1-7 days). */
  reviewHours: number;
  /** Scenario override of the rule set's member limits (fact M-05 is configurable). */
  memberLimits: MemberLimits | null;
  /** The privacy APIs the learner's project code calls; each upload records them on its version (fact B-11). */
  codePrivacyItems: PrivacyItem[];
}

/** The learner's own WeChat on the simulated phone: the one that scans. */
export interface Learner {
  wechatId: string;
  nickname: string;
}

export interface SmsChallenge {
  phoneFingerprint: string;
  phoneMasked: string;
  code: string;
  sentAt: number;
  expiresAt: number;
}

export interface AdminScanState {
  scanId: string;
  /** Fingerprint of the identity fields the scan was requested for; editing them needs a new scan. */
  identityFingerprint: string;
  status: 'pending' | 'confirmed';
  wechatId: string | null;
}

/** The subject as it will be stored once the confirmation dialog is accepted: masked and fingerprinted only. */
export interface PendingSubject {
  type: SubjectType;
  displayName: string;
  idMasked: string;
  idFingerprint: string;
  phoneMasked: string;
  phoneFingerprint: string;
  adminWechatId: string;
  orgName: string | null;
  creditCodeMasked: string | null;
  method: SubjectMethod;
}

export type RegistrationStep = 'account' | 'activation' | 'info' | 'done';

/** The registration in progress (facts, I-01..I-12). */
export interface Registration {
  step: RegistrationStep;
  captcha: string;
  email: string | null;
  passwordFingerprint: string | null;
  /** Token of the latest activation mail; older links no longer work. */
  activationToken: string | null;
  lastMailAt: number | null;
  region: Region | null;
  subjectType: SubjectType | null;
  sms: SmsChallenge | null;
  adminScan: AdminScanState | null;
  pending: PendingSubject | null;
  dialogOpen: boolean;
  appId: string | null;
}

export interface Mail {
  id: string;
  to: string;
  from: string;
  subject: I18nText;
  body: I18nText;
  folder: MailFolder;
  read: boolean;
  /** The provider's yellow "beware of fraud" bar shown on mail in the spam folder (fact A-02). */
  fraudWarning: boolean;
  receivedAt: number;
  kind: 'activation' | 'notice';
  token: string | null;
}

export interface Mailbox {
  /** Addresses whose mail the learner can read; empty means every address (a catch-all test mailbox). */
  addresses: string[];
  mails: Mail[];
}

export interface Sms {
  id: string;
  toMasked: string;
  text: I18nText;
  code: string | null;
  receivedAt: number;
  /** Who sent it: WeChat's platform (absent, as in older saves) or the MIIT filing system (fact V-03). */
  sender?: SmsSender;
}

export type SmsSender = 'wechat' | 'miit';

/** `scanLogin`: the current route, scan first and then pick the mini program (fact L-05). */
export type ScanPurpose = 'registerAdmin' | 'login' | 'addMember' | 'scanLogin';
export type ScanStatus = 'pending' | 'confirmed' | 'rejected' | 'superseded';

export interface PendingMember {
  wechatId: string;
  kind: MemberKind;
  roles: MemberRole[];
}

/** A "scan with WeChat" confirmation waiting on the simulated phone. */
export interface Scan {
  id: string;
  purpose: ScanPurpose;
  title: I18nText;
  createdAt: number;
  status: ScanStatus;
  appId: string | null;
  member: PendingMember | null;
}

export interface Phone {
  sms: Sms[];
  scans: Scan[];
}

export interface Session {
  appId: string;
  stage: 'awaitingScan' | 'active';
  scanId: string | null;
  /** Whose view of the console this is: the administrator, or a project member the learner acts as. */
  actor: string;
}

/**
 * How an organisation's registered entity is verified at registration (fact I-10): `payment` (对公账户打款),
 * `faceScan` (法人扫脸) and `eLicence` (电子营业执照) on today's form; `wechat` (微信认证) for government, media
 * and other organisations, and beside the payment in older tutorials.
 */
export const SUBJECT_METHODS = ['none', 'payment', 'wechat', 'faceScan', 'eLicence'] as const;
export type SubjectMethod = (typeof SUBJECT_METHODS)[number];
export type SubjectStatus = 'verified' | 'awaitingPayment' | 'paymentExpired' | 'awaitingVerification';

export interface Subject {
  type: SubjectType;
  region: Region;
  /** As the console shows it: `邓*` for a person, the organisation's name otherwise (fact B-08). */
  displayName: string;
  idMasked: string;
  idFingerprint: string;
  phoneMasked: string;
  phoneFingerprint: string;
  creditCodeMasked: string | null;
  method: SubjectMethod;
  status: SubjectStatus;
  paymentAmountFen: number | null;
  paymentDeadline: number | null;
  confirmedAt: number;
}

export interface Avatar {
  format: string;
  sizeBytes: number;
}

export interface Basic {
  name: string | null;
  abbreviation: string | null;
  avatar: Avatar | null;
  introduction: string | null;
}

/** Moments of counted changes, for the quotas (facts B-02..B-07, D-07, P-04). */
export interface ChangeLog {
  name: number[];
  abbreviation: number[];
  avatar: number[];
  introduction: number[];
  categoryAdd: number[];
  mainCategory: number[];
  domains: number[];
  withdraw: number[];
}

export interface CategoryEntry {
  id: string;
  status: 'reviewing' | 'approved';
  addedAt: number;
  approveAt: number | null;
}

export interface SecretRecord {
  fingerprint: string;
  generatedAt: number;
}

export interface GraceSecret {
  fingerprint: string;
  validUntil: number;
}

export interface DevSettings {
  secret: SecretRecord | null;
  /** Only under a rule set that keeps an old secret briefly valid after a reset (classic D-04). */
  previousSecret: GraceSecret | null;
  secretFrozen: boolean;
  secretFreezePending: { frozen: boolean; effectiveAt: number } | null;
  /** Fact D-06: the whitelist restricts AppSecret calls only when on; off for a new mini program. */
  ipWhitelistOn: boolean;
  ipWhitelist: string[];
  domains: Record<DomainKind, string[]>;
  uploadKey: SecretRecord | null;
  uploadIpWhitelist: string[];
  capabilities: Capability[];
}

export interface Member {
  wechatId: string;
  nickname: string;
  kind: MemberKind;
  roles: MemberRole[];
  addedAt: number;
}

export interface Version {
  id: string;
  version: string;
  note: string;
  uploader: string;
  uploadedAt: number;
  /** The privacy APIs this code calls (fact B-11): what its privacy guide must declare. */
  privacyItems: PrivacyItem[];
}

export interface Review {
  version: Version;
  status: 'reviewing' | 'passed' | 'rejected';
  submittedAt: number;
  decideAt: number;
  planned: PlannedOutcome;
  decidedAt: number | null;
  reason: I18nText | null;
  /** What the version's code uses that the privacy guide did not declare when it was submitted (fact B-11). */
  privacyMismatch: PrivacyItem[];
}

export interface OnlineVersion {
  version: Version;
  publishedAt: number;
  /** 100 for a full release; less while a phased release is running (fact P-06). */
  percent: number;
}

export interface ReleaseRecord {
  kind: 'publish' | 'rollback';
  version: string;
  at: number;
}

export interface Versions {
  dev: Version[];
  trial: Version | null;
  review: Review | null;
  online: OnlineVersion | null;
  previous: Version | null;
  firstPublishedAt: number | null;
  history: ReleaseRecord[];
}

export type FilingStage = 'none' | 'platformReview' | 'smsVerification' | 'provincialReview' | 'done' | 'rejected';

/** Who a filing names: the two principals and the principal's emergency contact (fact V-08). */
export const FILING_ROLES = ['subjectPrincipal', 'appPrincipal', 'emergencyContact'] as const;
export type FilingRole = (typeof FILING_ROLES)[number];

export interface FilingParticipant {
  role: FilingRole;
  nameMasked: string;
  nameFingerprint: string;
  phoneMasked: string;
  phoneFingerprint: string;
}

export interface FilingSmsCheck {
  phoneMasked: string;
  phoneFingerprint: string;
  code: string;
  verified: boolean;
}

export interface Filing {
  stage: FilingStage;
  submittedAt: number | null;
  stageEndsAt: number | null;
  participants: FilingParticipant[];
  smsChecks: FilingSmsCheck[];
  planned: PlannedOutcome | null;
  rejectReason: I18nText | null;
  doneAt: number | null;
  /** Working days the provincial review takes (fact V-03: 1-20). */
  provincialDays: number;
}

export type VerificationStage = 'none' | 'reviewing' | 'verified' | 'rejected';

export interface Verification {
  stage: VerificationStage;
  kind: 'initial' | 'annual';
  appliedAt: number | null;
  endsAt: number | null;
  planned: PlannedOutcome | null;
  /** Fee of the latest application in RMB (fact V-06); not refunded when rejected. */
  feeYuan: number;
  feesPaidYuan: number;
  verifiedAt: number | null;
  expiresAt: number | null;
  /** Notices already sent for the current expiry (fact V-07): m3, m2, m1, d7, expired, d30, d60. */
  noticesSent: string[];
  rejectReason: I18nText | null;
  /** Filing participants to start filing with once verification passes (fact V-05). */
  pendingFiling: FilingParticipant[] | null;
}

/** One declared kind of user information and what it is used for. */
export interface PrivacyDeclaration {
  item: PrivacyItem;
  purpose: string;
}

/** 用户隐私保护指引 (fact B-11): what the code collects and why, how long it is kept, whom users can contact. */
export interface PrivacyGuide {
  declarations: PrivacyDeclaration[];
  retention: PrivacyRetention;
  /** Days kept under a fixed retention; 0 when kept until the user deletes it. */
  retentionDays: number;
  /** The developer's contact email shown to users. */
  contact: string;
  updatedAt: number;
}

export interface MiniProgram {
  appId: string;
  email: string;
  passwordFingerprint: string;
  createdAt: number;
  adminWechatId: string;
  subject: Subject;
  basic: Basic;
  categories: CategoryEntry[];
  mainCategory: string | null;
  changes: ChangeLog;
  dev: DevSettings;
  members: Member[];
  versions: Versions;
  filing: Filing;
  verification: Verification;
  /** Null until the privacy guide is completed (fact B-11). */
  privacy: PrivacyGuide | null;
}

export interface LogEntry {
  seq: number;
  at: number;
  kind: 'event' | 'error';
  /** The action type that produced the entry (`clock.advance` for timed events). */
  action: string;
  /** Event type or error code. */
  type: string;
  factIds: string[];
  data: EventData;
}

export interface World {
  schema: number;
  ruleSet: RuleSetId;
  scenarioId: string;
  now: number;
  rng: number;
  seq: number;
  sampleSeed: number;
  platform: Platform;
  learner: Learner;
  registration: Registration;
  mailbox: Mailbox;
  phone: Phone;
  session: Session | null;
  apps: MiniProgram[];
  log: LogEntry[];
  logDropped: number;
}
