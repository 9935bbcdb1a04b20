/**
 * Step ① 帐号信息 of the registration page (account.wxml): the account form, its live checks as the learner types,
 * the captcha, sample data and 注册. Included by register/index.ts next to consolePageBehavior.
 */
import type { consoleBehavior } from '../behaviors/console';
import { ACCOUNT_FIELDS, checkAccountField, EMPTY_ACCOUNT, LEARNER_EMAIL } from '../engine/index';
import type { AccountForm } from '../engine/index';
import { fieldOf, inputValue } from '../home/page-utils';
import { getWorld } from '../services/session';

type Handler = (e: WechatMiniprogram.CustomEvent) => void;

type AccountMethods = {
  onAccountField: Handler;
  onAccountBlur: Handler;
  onAgree(): void;
  onNewCaptcha(): void;
  onSubmitAccount(): void;
  onSampleAccount(): void;
};

export const accountStep = Behavior<
  { account: AccountForm },
  WechatMiniprogram.Behavior.PropertyOption,
  AccountMethods,
  [typeof consoleBehavior]
>({
  data: { account: { ...EMPTY_ACCOUNT } },
  methods: {
    onAccountField(e) {
      const field = fieldOf(e, ACCOUNT_FIELDS);
      if (!field) return;
      this.update({ [`account.${field}`]: inputValue(e.detail) });
      // Live validation once the field has shown an error: it disappears as soon as the value is right.
      if (this.data.errors[field]) this.setFieldError(field, checkAccountField(getWorld(), this.data.account, field));
    },
    onAccountBlur(e) {
      const field = fieldOf(e, ACCOUNT_FIELDS);
      if (!field) return;
      if (this.data.account[field] === '') return;
      this.setFieldError(field, checkAccountField(getWorld(), this.data.account, field));
    },
    onAgree() {
      this.update({ 'account.agree': !this.data.account.agree });
      this.clearError('agree');
    },
    onNewCaptcha() {
      this.send({ type: 'register.refreshCaptcha' }, 'captcha');
      this.update({ 'account.captcha': '' });
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
      this.update({
        'account.email': LEARNER_EMAIL,
        'account.password': password,
        'account.confirmPassword': password,
      });
      for (const f of ['email', 'password', 'confirmPassword']) this.clearError(f);
    },
  },
});
