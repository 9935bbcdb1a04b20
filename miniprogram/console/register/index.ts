import { consolePageBehavior } from '../behaviors/console-page';
import { localize } from '../../core/i18n';
import {
  checkFormField,
  EMPTY_ACCOUNT,
  EMPTY_FORM,
  EMPTY_REGISTER_VIEW,
  FORM_FIELDS,
  isRegion,
  isSubjectMethod,
  isSubjectType,
  methodAfterTypeChange,
  registerFormView,
  registerPageView,
  sampleFormFields,
  yuanToFen,
} from '../engine/index';
import type { Chip, RegisterPageView, RegistrationForm, World } from '../engine/index';
import { CONSOLE_PAGES } from '../../core/console-routes';
import { draftOf, getWorld, keepDraft } from '../services/session';
import { alert, confirm, toast } from '../../services/dialog';
import { navigateTo } from '../../services/navigation';
import { fieldOf, inputValue } from '../home/page-utils';
import { accountStep } from './account';
import { REGISTER_STRINGS } from './strings';
import type { RegisterStringKey } from './strings';

/** What the page shows: the world's view (engine/registration/view.ts) and the forms the learner is typing. */
interface RegisterData extends RegisterPageView {
  s: Record<RegisterStringKey, string>;
  showTest: boolean;
  showGuide: boolean;
  showNoSms: boolean;
  methods: Chip[];
  form: RegistrationForm;
  ready: boolean;
  payInput: string;
  sampleN: number;
}

type Handler = (e: WechatMiniprogram.CustomEvent) => void;
type Tap = (e: WechatMiniprogram.TouchEvent) => void;

type RegisterMethods = {
  onLoad(query: Record<string, string | undefined>): void;
  onUnload(): void;
  renderWorld(world: World): void;
  renderForm(world: World): void;
  onToggleTest(): void;
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

Component<
  RegisterData,
  WechatMiniprogram.Component.PropertyOption,
  RegisterMethods,
  [typeof consolePageBehavior, typeof accountStep],
  Record<never, never>,
  true
>({
  behaviors: [consolePageBehavior, accountStep],
  data: {
    s: localize(REGISTER_STRINGS, 'zh'),
    ...EMPTY_REGISTER_VIEW,
    showTest: false,
    showGuide: false,
    showNoSms: false,
    methods: [],
    form: { ...EMPTY_FORM },
    ready: false,
    payInput: '',
    sampleN: 0,
  },
  methods: {
    onLoad(query) {
      // What the learner typed at step ③ is kept when they leave this page (registration is not finished yet).
      const kept = draftOf<RegistrationForm>('register.form');
      if (kept) this.update({ form: kept });
      this.consoleStart(query);
    },
    onUnload() {
      keepDraft('register.form', this.data.form);
    },
    renderWorld(world) {
      const s = this.updateText(REGISTER_STRINGS, this.data.lang);
      this.update({ ...registerPageView(world, this.data.lang, s, this.data.showGuide) });
      this.renderForm(world);
    },
    /** The parts that depend on the form the learner is typing. */
    renderForm(world) {
      this.update({ ...registerFormView(world, this.data.form, this.data.s) });
    },
    onToggleTest() {
      this.update({ showTest: !this.data.showTest });
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
        // 企业 ↔ 个体工商户 keeps a method both offer; any other change of type starts the choice again.
        const method = methodAfterTypeChange(id, this.data.form.method, r.world.ruleSet);
        if (method !== this.data.form.method) this.update({ 'form.method': method });
        this.renderForm(r.world);
      }
    },
    onToggleGuide() {
      this.update({ showGuide: !this.data.showGuide });
      this.refresh();
    },
    onToggleNoSms() {
      this.update({ showNoSms: !this.data.showNoSms });
    },
    onFormField(e) {
      const field = fieldOf(e, FORM_FIELDS);
      if (!field) return;
      this.update({ [`form.${field}`]: inputValue(e.detail) });
      if (this.data.errors[field]) this.setFieldError(field, checkFormField(getWorld(), this.data.form, field));
      this.renderForm(getWorld());
    },
    onFormBlur(e) {
      const field = fieldOf(e, FORM_FIELDS);
      if (!field || this.data.form[field] === '') return;
      this.setFieldError(field, checkFormField(getWorld(), this.data.form, field));
    },
    onMethod(e) {
      const id = String(e.currentTarget.dataset.id ?? '');
      if (!isSubjectMethod(id) || id === 'none') return;
      this.update({ 'form.method': id });
      this.clearError('method');
      this.renderForm(getWorld());
    },
    onSampleForm() {
      const world = getWorld();
      const fields = sampleFormFields(world, this.data.sampleN, this.data.isOrg);
      this.update({ form: { ...this.data.form, ...fields }, sampleN: this.data.sampleN + 1 });
      for (const f of Object.keys(fields)) this.clearError(f);
      this.renderForm(world);
    },
    onSendSms() {
      this.send({ type: 'register.sendSms', phone: this.data.form.phone }, 'phone');
    },
    onScan() {
      this.send({ type: 'register.requestAdminScan', form: this.data.form }, 'adminScan');
    },
    onContinue() {
      this.send({ type: 'register.continue', form: this.data.form });
    },
    onDialogOk() {
      this.send({ type: 'register.confirm', accept: true });
    },
    onDialogCancel() {
      const r = this.send({ type: 'register.confirm', accept: false });
      if (r.ok) void alert(this.data.s.notSubmittedTitle, this.data.s.notSubmittedBody, this.data.lang);
    },
    onPayInput(e) {
      this.update({ payInput: inputValue(e.detail) });
    },
    onPay() {
      const r = this.send({ type: 'subject.pay', amountFen: yuanToFen(this.data.payInput) }, 'amount');
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
        this.update({ account: { ...EMPTY_ACCOUNT }, form: { ...EMPTY_FORM }, payInput: '' });
        this.renderForm(r.world);
      }
    },
  },
});
