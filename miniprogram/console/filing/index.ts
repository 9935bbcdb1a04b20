import { filingPageView, maskMobile, sampleParticipants } from '../engine/index';
import type { FilingPageView, FilingParticipantInput, World } from '../engine/index';

import { CONSOLE_PAGES } from '../../core/console-routes';
import { consolePage } from '../behaviors/console-page';
import { localize } from '../../core/i18n';
import { getWorld } from '../services/session';
import { toast } from '../../services/dialog';
import { navigateTo, urlWithQuery } from '../../services/navigation';
import { dataString, inputValue } from '../home/page-utils';
import { FILING_STRINGS } from './strings';
import type { FilingStringKey } from './strings';

const FORM_KEYS = ['subjectName', 'subjectPhone', 'appName', 'appPhone', 'emergencyName', 'emergencyPhone'] as const;
type FormKey = (typeof FORM_KEYS)[number];

interface FilingForm {
  subjectName: string;
  subjectPhone: string;
  appName: string;
  appPhone: string;
  emergencyName: string;
  emergencyPhone: string;
  same: boolean;
}

interface FilingData {
  s: Record<FilingStringKey, string>;
  view: FilingPageView | null;
  form: FilingForm;
  sms: { phone: string; code: string };
}

type FilingMethods = {
  renderWorld(world: World): void;
  onInput(e: WechatMiniprogram.CustomEvent): void;
  onToggleSame(): void;
  onSample(): void;
  participants(): FilingParticipantInput[];
  onSubmit(): void;
  onSkip(): void;
  onSmsPhone(e: WechatMiniprogram.CustomEvent): void;
  onSmsCode(e: WechatMiniprogram.CustomEvent): void;
  onVerify(): void;
  onFix(e: WechatMiniprogram.CustomEvent): void;
};

/**
 * Phone numbers typed into the filing form during this app run, kept in memory only (the engine stores masked
 * numbers): the SMS step offers the one matching a number that waits for its check.
 */
const typedPhones: string[] = [];

function remember(phone: string): void {
  const p = phone.replace(/[\s-]/g, '');
  if (p && typedPhones.indexOf(p) < 0) typedPhones.push(p);
}

function isFormKey(key: string): key is FormKey {
  return (FORM_KEYS as readonly string[]).indexOf(key) >= 0;
}

consolePage<FilingData, FilingMethods>({
  data: {
    s: localize(FILING_STRINGS, 'zh'),
    view: null,
    form: {
      subjectName: '',
      subjectPhone: '',
      appName: '',
      appPhone: '',
      emergencyName: '',
      emergencyPhone: '',
      same: true,
    },
    sms: { phone: '', code: '' },
  },
  methods: {
    renderWorld(world) {
      const lang = this.data.lang;
      const view = filingPageView(world, lang);
      this.updateText(FILING_STRINGS, lang);
      const patch: Record<string, unknown> = { view };
      if (view.stage === 'smsVerification' && this.data.sms.phone === '') {
        const known = typedPhones.find((p) => view.smsPending.indexOf(maskMobile(p)) >= 0);
        if (known) patch.sms = { phone: known, code: this.data.sms.code };
      }
      this.update(patch);
    },
    onInput(e) {
      const key = dataString(e.currentTarget.dataset, 'key');
      if (isFormKey(key)) this.update({ [`form.${key}`]: inputValue(e.detail) });
    },
    onToggleSame() {
      this.update({ 'form.same': !this.data.form.same });
    },
    onSample() {
      const same = this.data.form.same;
      const [a, b, c] = sampleParticipants(getWorld(), same);
      this.update({
        form: {
          subjectName: a.name,
          subjectPhone: a.phone,
          appName: b.name,
          appPhone: b.phone,
          emergencyName: c.name,
          emergencyPhone: c.phone,
          same,
        },
      });
      this.clearErrors();
    },
    participants() {
      const f = this.data.form;
      const subject: FilingParticipantInput = { role: 'subjectPrincipal', name: f.subjectName, phone: f.subjectPhone };
      const app: FilingParticipantInput = f.same
        ? { role: 'appPrincipal', name: f.subjectName, phone: f.subjectPhone }
        : { role: 'appPrincipal', name: f.appName, phone: f.appPhone };
      const emergency: FilingParticipantInput = {
        role: 'emergencyContact',
        name: f.emergencyName,
        phone: f.emergencyPhone,
      };
      return [subject, app, emergency];
    },
    onSubmit() {
      const participants = this.participants();
      const result = this.send({ type: 'filing.submit', participants }, 'form');
      if (result.ok) {
        for (const p of participants) remember(p.phone);
        toast(this.data.s.submitted);
      }
    },
    onSkip() {
      if (this.data.view) this.skipWait(this.data.view.msLeft, 'form');
    },
    onSmsPhone(e) {
      this.update({ 'sms.phone': inputValue(e.detail) });
    },
    onSmsCode(e) {
      this.update({ 'sms.code': inputValue(e.detail) });
    },
    onVerify() {
      const sms = this.data.sms;
      const result = this.send({ type: 'filing.verifySms', phone: sms.phone, code: sms.code }, 'sms');
      if (result.ok) {
        this.update({ sms: { phone: '', code: '' } });
        toast(this.data.s.verified);
        this.renderWorld(getWorld());
      }
    },
    onFix(e) {
      navigateTo(urlWithQuery(CONSOLE_PAGES.basic, { section: dataString(e.currentTarget.dataset, 'section') }));
    },
  },
});
