/**
 * Every action the console understands, as a typed union, and a runtime schema per action so that any input
 * (from a page, a test, a saved replay) is checked before it reaches a rule.
 */
import { RULE_SET_IDS } from './rulesets';
import { arr, bool, lit, num, obj, oneOf, str, type Schema, type Shape } from './schema';
import { CHOICE } from './choices';
import {
  PRIVACY_ITEMS,
  type Capability,
  type DomainKind,
  type FilingRole,
  type MemberKind,
  type MemberRole,
  type PrivacyItem,
  type PrivacyRetention,
  type Region,
  type RuleSetId,
  type SubjectMethod,
  type SubjectType,
} from './types';

/** What the information-registration form holds. Individuals leave orgName and creditCode empty. */
export interface RegistrationForm {
  idName: string;
  idNumber: string;
  phone: string;
  smsCode: string;
  orgName: string;
  creditCode: string;
  method: SubjectMethod;
}

export interface FilingParticipantInput {
  role: FilingRole;
  name: string;
  phone: string;
}

/** One row of the privacy guide's form: a kind of user information and what it is used for. */
export interface PrivacyDeclarationInput {
  item: PrivacyItem;
  purpose: string;
}

export type Action =
  | { type: 'clock.advance'; ms: number }
  | { type: 'clock.set'; time: number }
  | { type: 'sandbox.setRuleSet'; ruleSet: RuleSetId }
  | { type: 'register.refreshCaptcha' }
  | {
      type: 'register.submitAccount';
      email: string;
      password: string;
      confirmPassword: string;
      captcha: string;
      agree: boolean;
    }
  | { type: 'register.resendActivation' }
  | { type: 'register.changeEmail' }
  | { type: 'register.restart' }
  | { type: 'register.selectRegion'; region: Region }
  | { type: 'register.selectSubjectType'; subjectType: SubjectType }
  | { type: 'register.sendSms'; phone: string }
  | { type: 'register.requestAdminScan'; form: RegistrationForm }
  | { type: 'register.continue'; form: RegistrationForm }
  | { type: 'register.confirm'; accept: boolean }
  | { type: 'mail.open'; mailId: string }
  | { type: 'mail.moveToInbox'; mailId: string }
  | { type: 'mail.openLink'; mailId: string }
  | { type: 'phone.confirmScan'; scanId: string }
  | { type: 'phone.rejectScan'; scanId: string }
  | { type: 'subject.pay'; amountFen: number }
  | { type: 'subject.useWechatVerification' }
  | { type: 'subject.change' }
  | { type: 'login.submit'; email: string; password: string }
  | { type: 'login.scanStart' }
  | { type: 'login.pickApp'; appId: string }
  | { type: 'login.logout' }
  | { type: 'session.actAs'; wechatId: string }
  | { type: 'basic.setName'; name: string }
  | { type: 'basic.setAbbreviation'; abbreviation: string }
  | { type: 'basic.setAvatar'; format: string; sizeBytes: number }
  | { type: 'basic.setIntroduction'; introduction: string }
  /** `qualification`: the simulated qualification document is uploaded with it (fact B-12). */
  | { type: 'category.add'; categoryId: string; qualification?: boolean }
  | { type: 'category.remove'; categoryId: string }
  | { type: 'category.setMain'; categoryId: string }
  | { type: 'dev.generateSecret' }
  | { type: 'dev.resetSecret' }
  | { type: 'dev.freezeSecret' }
  | { type: 'dev.unfreezeSecret' }
  | { type: 'dev.setIpWhitelist'; ips: string[] }
  | { type: 'dev.setIpWhitelistOn'; on: boolean }
  | { type: 'dev.setDomains'; kind: DomainKind; domains: string[] }
  | { type: 'dev.generateUploadKey' }
  | { type: 'dev.resetUploadKey' }
  | { type: 'dev.setUploadIpWhitelist'; ips: string[] }
  | { type: 'dev.callApi'; secret: string; ip: string }
  | { type: 'dev.ciUpload'; uploadKey: string; ip: string; version: string; note: string }
  | { type: 'dev.enableCapability'; capability: Capability }
  | { type: 'members.search'; wechatId: string }
  | { type: 'members.add'; wechatId: string; kind: MemberKind; roles: MemberRole[] }
  | { type: 'members.remove'; wechatId: string; kind: MemberKind }
  | { type: 'members.setRoles'; wechatId: string; roles: MemberRole[] }
  | { type: 'versions.upload'; uploader: string; version: string; note: string }
  | { type: 'versions.setTrial'; uploader: string }
  | { type: 'versions.submitReview'; uploader: string }
  | { type: 'versions.withdrawReview' }
  | { type: 'versions.publish'; percent: number }
  | { type: 'versions.setPhasedPercent'; percent: number }
  | { type: 'versions.rollback' }
  | { type: 'filing.submit'; participants: FilingParticipantInput[] }
  | { type: 'filing.verifySms'; phone: string; code: string }
  | { type: 'verify.apply'; withFiling: boolean; participants: FilingParticipantInput[] }
  | { type: 'verify.annualReview' }
  | {
      type: 'privacy.save';
      declarations: PrivacyDeclarationInput[];
      retention: PrivacyRetention;
      retentionDays: string;
      contact: string;
    };

export type ActionType = Action['type'];
export type ActionOf<K extends ActionType> = Extract<Action, { type: K }>;

const text = str({ max: 1000 });
const id = str({ max: 100 });
const list = arr(str({ max: 1000 }), { max: 400 });

const formSchema = obj<RegistrationForm>({
  idName: text,
  idNumber: text,
  phone: text,
  smsCode: text,
  orgName: text,
  creditCode: text,
  method: CHOICE.subjectMethod,
});

const participantsSchema = arr(obj<FilingParticipantInput>({ role: CHOICE.filingRole, name: text, phone: text }), {
  max: 10,
});
const roles = CHOICE.memberRoles;

function a<K extends ActionType>(
  type: K,
  shape: Omit<{ [P in keyof ActionOf<K>]-?: Schema<ActionOf<K>[P]> }, 'type'>,
  optionalKeys: readonly (keyof ActionOf<K> & string)[] = [],
): Schema<ActionOf<K>> {
  const full = { ...shape, type: lit(type) } as unknown as Shape<ActionOf<K>>;
  return obj<ActionOf<K>>(full, optionalKeys);
}

/** The runtime shape of every action. */
export const ACTION_SCHEMAS: { [K in ActionType]: Schema<ActionOf<K>> } = {
  'clock.advance': a('clock.advance', { ms: num() }),
  'clock.set': a('clock.set', { time: num() }),
  'sandbox.setRuleSet': a('sandbox.setRuleSet', { ruleSet: oneOf(RULE_SET_IDS) }),
  'register.refreshCaptcha': a('register.refreshCaptcha', {}),
  'register.submitAccount': a('register.submitAccount', {
    email: text,
    password: text,
    confirmPassword: text,
    captcha: text,
    agree: bool,
  }),
  'register.resendActivation': a('register.resendActivation', {}),
  'register.changeEmail': a('register.changeEmail', {}),
  'register.restart': a('register.restart', {}),
  'register.selectRegion': a('register.selectRegion', { region: CHOICE.region }),
  'register.selectSubjectType': a('register.selectSubjectType', { subjectType: CHOICE.subjectType }),
  'register.sendSms': a('register.sendSms', { phone: text }),
  'register.requestAdminScan': a('register.requestAdminScan', { form: formSchema }),
  'register.continue': a('register.continue', { form: formSchema }),
  'register.confirm': a('register.confirm', { accept: bool }),
  'mail.open': a('mail.open', { mailId: id }),
  'mail.moveToInbox': a('mail.moveToInbox', { mailId: id }),
  'mail.openLink': a('mail.openLink', { mailId: id }),
  'phone.confirmScan': a('phone.confirmScan', { scanId: id }),
  'phone.rejectScan': a('phone.rejectScan', { scanId: id }),
  'subject.pay': a('subject.pay', { amountFen: num() }),
  'subject.useWechatVerification': a('subject.useWechatVerification', {}),
  'subject.change': a('subject.change', {}),
  'login.submit': a('login.submit', { email: text, password: text }),
  'login.scanStart': a('login.scanStart', {}),
  'login.pickApp': a('login.pickApp', { appId: id }),
  'login.logout': a('login.logout', {}),
  'session.actAs': a('session.actAs', { wechatId: id }),
  'basic.setName': a('basic.setName', { name: text }),
  'basic.setAbbreviation': a('basic.setAbbreviation', { abbreviation: text }),
  'basic.setAvatar': a('basic.setAvatar', { format: text, sizeBytes: num() }),
  'basic.setIntroduction': a('basic.setIntroduction', { introduction: text }),
  'category.add': a('category.add', { categoryId: id, qualification: bool as Schema<boolean | undefined> }, [
    'qualification',
  ]),
  'category.remove': a('category.remove', { categoryId: id }),
  'category.setMain': a('category.setMain', { categoryId: id }),
  'dev.generateSecret': a('dev.generateSecret', {}),
  'dev.resetSecret': a('dev.resetSecret', {}),
  'dev.freezeSecret': a('dev.freezeSecret', {}),
  'dev.unfreezeSecret': a('dev.unfreezeSecret', {}),
  'dev.setIpWhitelist': a('dev.setIpWhitelist', { ips: list }),
  'dev.setIpWhitelistOn': a('dev.setIpWhitelistOn', { on: bool }),
  'dev.setDomains': a('dev.setDomains', { kind: CHOICE.domainKind, domains: list }),
  'dev.generateUploadKey': a('dev.generateUploadKey', {}),
  'dev.resetUploadKey': a('dev.resetUploadKey', {}),
  'dev.setUploadIpWhitelist': a('dev.setUploadIpWhitelist', { ips: list }),
  'dev.callApi': a('dev.callApi', { secret: text, ip: text }),
  'dev.ciUpload': a('dev.ciUpload', { uploadKey: text, ip: text, version: text, note: text }),
  'dev.enableCapability': a('dev.enableCapability', { capability: CHOICE.capability }),
  'members.search': a('members.search', { wechatId: text }),
  'members.add': a('members.add', { wechatId: text, kind: CHOICE.memberKind, roles }),
  'members.remove': a('members.remove', { wechatId: text, kind: CHOICE.memberKind }),
  'members.setRoles': a('members.setRoles', { wechatId: text, roles }),
  'versions.upload': a('versions.upload', { uploader: id, version: text, note: text }),
  'versions.setTrial': a('versions.setTrial', { uploader: id }),
  'versions.submitReview': a('versions.submitReview', { uploader: id }),
  'versions.withdrawReview': a('versions.withdrawReview', {}),
  'versions.publish': a('versions.publish', { percent: num() }),
  'versions.setPhasedPercent': a('versions.setPhasedPercent', { percent: num() }),
  'versions.rollback': a('versions.rollback', {}),
  'filing.submit': a('filing.submit', { participants: participantsSchema }),
  'filing.verifySms': a('filing.verifySms', { phone: text, code: text }),
  'verify.apply': a('verify.apply', { withFiling: bool, participants: participantsSchema }),
  'verify.annualReview': a('verify.annualReview', {}),
  'privacy.save': a('privacy.save', {
    declarations: arr(obj<PrivacyDeclarationInput>({ item: CHOICE.privacyItem, purpose: text }), {
      max: PRIVACY_ITEMS.length * 2,
    }),
    retention: CHOICE.privacyRetention,
    retentionDays: text,
    contact: text,
  }),
};

export const ACTION_TYPES = Object.keys(ACTION_SCHEMAS) as ActionType[];

export function isActionType(type: unknown): type is ActionType {
  return typeof type === 'string' && Object.prototype.hasOwnProperty.call(ACTION_SCHEMAS, type);
}
