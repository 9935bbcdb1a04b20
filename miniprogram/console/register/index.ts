import { consoleBehavior, consoleLabels } from '../behaviors/console';
import {
  formatDateTime,
  LEARNER_EMAIL,
  REGIONS,
  registrationView,
  rulesOf,
  sampleIdentity,
  SUBJECT_TYPE_LABELS,
  validateCreditCode,
  validateEmail,
  validateIdName,
  validateIdNumber,
  validateMobile,
  validateOrgName,
  validatePassword,
  validatePasswordConfirmation,
  validateSmsCode,
} from '../engine/index';
import type {
  ConsoleError,
  Region,
  RegistrationForm,
  RegistrationStep,
  SubjectStatus,
  SubjectType,
  World,
} from '../engine/index';
import { CONSOLE_PAGES } from '../../core/console-routes';
import {
  EMPTY_FORM,
  identityReady,
  ORG_NAME_LABELS,
  paymentAllowed,
  REGION_LABELS,
  SUBJECT_TYPE_ORDER,
  subjectTypeInfo,
} from '../engine/index';
import { t } from '../../core/i18n';
import { getWorld } from '../services/session';
import { confirm, toast } from '../../services/dialog';
import { navigateTo } from '../../services/navigation';
import { REGISTER_STRINGS } from './strings';
import type { RegisterStringKey } from './strings';

interface AccountForm {
  email: string;
  password: string;
  confirmPassword: string;
  captcha: string;
  agree: boolean;
}

interface Chip {
  id: string;
  label: string;
  selected: boolean;
}

interface TypeInfoView {
  what: string;
  can: string;
  cannot: string;
  verify: string;
}

interface DoneView {
  appId: string;
  subject: string;
  status: SubjectStatus;
  payText: string;
}

interface RegisterData {
  s: Record<RegisterStringKey, string>;
  steps: { text: string }[];
  step: RegistrationStep;
  stepIndex: number;
  account: AccountForm;
  captcha: string[];
  showTest: boolean;
  thanks: string;
  regions: Chip[];
  types: Chip[];
  typeInfo: TypeInfoView | null;
  guide: { id: string; label: string; what: string }[];
  showGuide: boolean;
  showNoSms: boolean;
  isOrg: boolean;
  orgNameLabel: string;
  methods: Chip[];
  form: RegistrationForm;
  smsNote: string;
  adminScan: 'none' | 'pending' | 'confirmed';
  ready: boolean;
  dialogOpen: boolean;
  dialogSubject: string;
  done: DoneView | null;
  payInput: string;
  sampleN: number;
}

type Handler = (e: WechatMiniprogram.CustomEvent) => void;
type Tap = (e: WechatMiniprogram.TouchEvent) => void;

type RegisterMethods = {
  onLoad(query: Record<string, string | undefined>): void;
  onShow(): void;
  renderWorld(world: World): void;
  renderForm(world: World): void;
  checkAccountField(field: keyof AccountForm): ConsoleError | null;
  checkFormField(field: keyof RegistrationForm): ConsoleError | null;
  onAccountField: Handler;
  onAccountBlur: Handler;
  onAgree(): void;
  onNewCaptcha(): void;
  onSubmitAccount(): void;
  onSampleAccount(): void;
  onToggleTest(): void;
  onLogin(): void;
  onOpenMailbox(): void;
  onRefill(): void;
  onResend(): void;
  onRegion: Tap;
  onType: Tap;
  onToggleGuide(): void;
  onToggleNoSms(): void;
  onFormField: Handler;
  onFormBlur: Handler;
  onMethod: Tap;
  onSampleForm(): void;
  onSendSms(): void;
  onScan(): void;
  onOpenPhone(): void;
  onContinue(): void;
  onDialogOk(): void;
  onDialogCancel(): void;
  onPayInput: Handler;
  onPay(): void;
  onUseWechat(): void;
  onToConsole(): void;
  onToVerify(): void;
  onRestart(): Promise<void>;
};

const ACCOUNT_FIELDS: readonly (keyof AccountForm)[] = ['email', 'password', 'confirmPassword', 'captcha'];
const FORM_FIELDS: readonly (keyof RegistrationForm)[] = [
  'idName',
  'idNumber',
  'phone',
  'smsCode',
  'orgName',
  'creditCode',
];

/** A vant field's value from its change/blur event (a string, or `{ value }`). */
function valueOf(e: WechatMiniprogram.CustomEvent): string {
  const d: unknown = e.detail;
  if (typeof d === 'string') return d;
  if (typeof d === 'object' && d !== null && 'value' in d) return String((d as { value: unknown }).value ?? '');
  return '';
}

function fieldOf<K extends string>(
  e: { currentTarget: { dataset: Record<string, unknown> } },
  keys: readonly K[],
): K | null {
  const name = String(e.currentTarget.dataset.field ?? '');
  return (keys as readonly string[]).indexOf(name) >= 0 ? (name as K) : null;
}

function isRegion(value: string): value is Region {
  return (REGIONS as readonly string[]).indexOf(value) >= 0;
}

function isSubjectType(value: string): value is SubjectType {
  return (SUBJECT_TYPE_ORDER as readonly string[]).indexOf(value) >= 0;
}

Component<
  RegisterData,
  WechatMiniprogram.Component.PropertyOption,
  RegisterMethods,
  [typeof consoleBehavior],
  Record<never, never>,
  true
>({
  behaviors: [consoleBehavior],
  data: {
    s: consoleLabels(REGISTER_STRINGS, 'zh'),
    steps: [],
    step: 'account',
    stepIndex: 0,
    account: { email: '', password: '', confirmPassword: '', captcha: '', agree: false },
    captcha: [],
    showTest: false,
    thanks: '',
    regions: [],
    types: [],
    typeInfo: null,
    guide: [],
    showGuide: false,
    showNoSms: false,
    isOrg: false,
    orgNameLabel: '',
    methods: [],
    form: { ...EMPTY_FORM },
    smsNote: '',
    adminScan: 'none',
    ready: false,
    dialogOpen: false,
    dialogSubject: '',
    done: null,
    payInput: '',
    sampleN: 0,
  },
  methods: {
    onLoad(query) {
      this.consoleStart(query);
    },
    onShow() {
      this.consoleShow();
    },
    renderWorld(world) {
      const lang = this.data.lang;
      const s = consoleLabels(REGISTER_STRINGS, lang);
      const v = registrationView(world);
      const type = v.subjectType;
      const info = type ? subjectTypeInfo(type, world.ruleSet) : null;
      const pending = world.registration.pending;
      const app = v.appId ? world.apps.find((a) => a.appId === v.appId) : undefined;
      let done: DoneView | null = null;
      if (app) {
        const sub = app.subject;
        done = {
          appId: app.appId,
          subject: `${sub.displayName} · ${t(SUBJECT_TYPE_LABELS[sub.type], lang)}`,
          status: sub.status,
          payText:
            sub.paymentAmountFen !== null && sub.paymentDeadline !== null
              ? s.payBody
                  .replace('{deadline}', formatDateTime(sub.paymentDeadline))
                  .replace('{amount}', (sub.paymentAmountFen / 100).toFixed(2))
              : '',
        };
      }
      this.update({
        s,
        steps: [{ text: s.step1 }, { text: s.step2 }, { text: s.step3 }],
        step: v.step,
        stepIndex: v.stepNumber - 1,
        captcha: v.captcha.split(''),
        thanks: s.thanks.replace('{email}', v.email || ''),
        regions: REGIONS.map((r) => ({ id: r, label: t(REGION_LABELS[r], lang), selected: r === v.region })),
        types: SUBJECT_TYPE_ORDER.map((st) => ({
          id: st,
          label: t(SUBJECT_TYPE_LABELS[st], lang),
          selected: st === type,
        })),
        typeInfo: info
          ? {
              what: t(info.what, lang),
              can: t(info.can, lang),
              cannot: t(info.cannot, lang),
              verify: t(info.verify, lang),
            }
          : null,
        guide: this.data.showGuide
          ? SUBJECT_TYPE_ORDER.map((st) => {
              const gi = subjectTypeInfo(st, world.ruleSet);
              return { id: st, label: t(gi.label, lang), what: t(gi.what, lang) };
            })
          : [],
        isOrg: type !== null && type !== 'individual',
        orgNameLabel: type ? t(ORG_NAME_LABELS[type], lang) : '',
        smsNote: v.smsSentTo ? s.smsSent.replace('{phone}', v.smsSentTo) : '',
        adminScan: v.adminScan,
        dialogOpen: v.dialogOpen,
        dialogSubject: pending
          ? `${pending.displayName} · ${t(SUBJECT_TYPE_LABELS[pending.type], lang)} · ${pending.idMasked}`
          : '',
        done,
      });
      this.renderForm(world);
    },
    /** The parts that depend on the form the learner is typing. */
    renderForm(world) {
      const lang = this.data.lang;
      const type = world.registration.subjectType;
      const form = this.data.form;
      const methods: Chip[] = [];
      if (type && type !== 'individual') {
        if (paymentAllowed(type)) {
          methods.push({
            id: 'payment',
            label: consoleLabels(REGISTER_STRINGS, lang).methodPayment,
            selected: form.method === 'payment',
          });
        }
        methods.push({
          id: 'wechat',
          label: consoleLabels(REGISTER_STRINGS, lang).methodWechat,
          selected: form.method === 'wechat',
        });
      }
      this.update({ methods, ready: identityReady(form, world.now) });
    },
    checkAccountField(field) {
      const a = this.data.account;
      const world = getWorld();
      switch (field) {
        case 'email':
          return validateEmail(a.email);
        case 'password':
          return validatePassword(a.password, rulesOf(world.ruleSet)['R-06'].minPasswordLength);
        case 'confirmPassword':
          return validatePasswordConfirmation(a.password, a.confirmPassword);
        default:
          return null;
      }
    },
    checkFormField(field) {
      const f = this.data.form;
      switch (field) {
        case 'idName':
          return validateIdName(f.idName);
        case 'idNumber':
          return validateIdNumber(f.idNumber, getWorld().now);
        case 'phone':
          return validateMobile(f.phone);
        case 'smsCode':
          return validateSmsCode(f.smsCode);
        case 'orgName':
          return validateOrgName(f.orgName);
        case 'creditCode':
          return validateCreditCode(f.creditCode);
        default:
          return null;
      }
    },
    onAccountField(e) {
      const field = fieldOf(e, ACCOUNT_FIELDS);
      if (!field) return;
      this.setData({ [`account.${field}`]: valueOf(e) });
      // Live validation once the field has shown an error: it disappears as soon as the value is right.
      if (this.data.errors[field]) this.setFieldError(field, this.checkAccountField(field));
    },
    onAccountBlur(e) {
      const field = fieldOf(e, ACCOUNT_FIELDS);
      if (!field) return;
      if (this.data.account[field] === '') return;
      this.setFieldError(field, this.checkAccountField(field));
    },
    onAgree() {
      this.setData({ 'account.agree': !this.data.account.agree });
      this.clearError('agree');
    },
    onNewCaptcha() {
      this.send({ type: 'register.refreshCaptcha' }, 'captcha');
      this.setData({ 'account.captcha': '' });
    },
    onSubmitAccount() {
      const a = this.data.account;
      this.send({
        type: 'register.submitAccount',
        email: a.email,
        password: a.password,
        confirmPassword: a.confirmPassword,
        captcha: a.captcha,
        agree: a.agree,
      });
    },
    onSampleAccount() {
      const password = 'Sample2025';
      this.setData({
        'account.email': LEARNER_EMAIL,
        'account.password': password,
        'account.confirmPassword': password,
      });
      for (const f of ['email', 'password', 'confirmPassword']) this.clearError(f);
    },
    onToggleTest() {
      this.setData({ showTest: !this.data.showTest });
    },
    onLogin() {
      navigateTo(CONSOLE_PAGES.login);
    },
    onOpenMailbox() {
      navigateTo(CONSOLE_PAGES.mailbox);
    },
    onRefill() {
      this.send({ type: 'register.changeEmail' });
    },
    onResend() {
      const r = this.send({ type: 'register.resendActivation' });
      if (r.ok) toast(this.data.s.resent);
    },
    onRegion(e) {
      const id = String(e.currentTarget.dataset.id ?? '');
      if (isRegion(id)) this.send({ type: 'register.selectRegion', region: id }, 'region');
    },
    onType(e) {
      const id = String(e.currentTarget.dataset.id ?? '');
      if (!isSubjectType(id)) return;
      const before = getWorld().registration.subjectType;
      const r = this.send({ type: 'register.selectSubjectType', subjectType: id }, 'subjectType');
      if (r.ok && before !== id) {
        this.setData({ 'form.method': 'none' });
        this.renderForm(r.world);
      }
    },
    onToggleGuide() {
      this.setData({ showGuide: !this.data.showGuide });
      this.refresh();
    },
    onToggleNoSms() {
      this.setData({ showNoSms: !this.data.showNoSms });
    },
    onFormField(e) {
      const field = fieldOf(e, FORM_FIELDS);
      if (!field) return;
      this.setData({ [`form.${field}`]: valueOf(e) });
      if (this.data.errors[field]) this.setFieldError(field, this.checkFormField(field));
      this.renderForm(getWorld());
    },
    onFormBlur(e) {
      const field = fieldOf(e, FORM_FIELDS);
      if (!field || this.data.form[field] === '') return;
      this.setFieldError(field, this.checkFormField(field));
    },
    onMethod(e) {
      const id = String(e.currentTarget.dataset.id ?? '');
      if (id !== 'payment' && id !== 'wechat') return;
      this.setData({ 'form.method': id });
      this.clearError('method');
      this.renderForm(getWorld());
    },
    onSampleForm() {
      const world = getWorld();
      const n = this.data.sampleN;
      const id = sampleIdentity(world, n);
      const org = this.data.isOrg;
      this.setData({
        'form.idName': id.idName,
        'form.idNumber': id.idNumber,
        'form.phone': id.phone,
        'form.orgName': org ? id.orgName : '',
        'form.creditCode': org ? id.creditCode : '',
        sampleN: n + 1,
      });
      for (const f of ['idName', 'idNumber', 'phone', 'orgName', 'creditCode']) this.clearError(f);
      this.renderForm(world);
    },
    onSendSms() {
      this.send({ type: 'register.sendSms', phone: this.data.form.phone }, 'phone');
    },
    onScan() {
      this.send({ type: 'register.requestAdminScan', form: this.data.form }, 'adminScan');
    },
    onOpenPhone() {
      navigateTo(CONSOLE_PAGES.phone);
    },
    onContinue() {
      this.send({ type: 'register.continue', form: this.data.form });
    },
    onDialogOk() {
      this.send({ type: 'register.confirm', accept: true });
    },
    onDialogCancel() {
      this.send({ type: 'register.confirm', accept: false });
    },
    onPayInput(e) {
      this.setData({ payInput: valueOf(e) });
    },
    onPay() {
      const yuan = Number(this.data.payInput.trim());
      const amountFen = Number.isFinite(yuan) ? Math.round(yuan * 100) : 0;
      const r = this.send({ type: 'subject.pay', amountFen }, 'amount');
      if (r.ok) toast(this.data.s.subjectOk);
    },
    onUseWechat() {
      this.send({ type: 'subject.useWechatVerification' });
    },
    onToConsole() {
      navigateTo(CONSOLE_PAGES.home);
    },
    onToVerify() {
      navigateTo(CONSOLE_PAGES.verify);
    },
    async onRestart() {
      const s = this.data.s;
      const ok = await confirm({ title: s.restartTitle, content: s.restartBody });
      if (!ok) return;
      const r = this.send({ type: 'register.restart' });
      if (r.ok) {
        this.setData({
          account: { email: '', password: '', confirmPassword: '', captcha: '', agree: false },
          form: { ...EMPTY_FORM },
          payInput: '',
        });
        this.renderForm(r.world);
      }
    },
  },
});
