import { privacyDeclarations, privacyFormOf, privacyPageView, samplePrivacyForm } from '../engine/index';
import { PRIVACY_ITEMS, validatePrivacyContact, validatePrivacyPurpose, validateRetentionDays } from '../engine/index';
import type { PrivacyForm, PrivacyItem, PrivacyPageView, PrivacyRetention, World } from '../engine/index';

import { CONSOLE_PAGES } from '../../core/console-routes';
import { consolePage } from '../behaviors/console-page';
import { localize } from '../../core/i18n';
import { getWorld } from '../services/session';
import { toast } from '../../services/dialog';
import { navigateTo } from '../../services/navigation';
import { dataString, inputValue } from '../home/page-utils';
import { PRIVACY_STRINGS } from './strings';
import type { PrivacyStringKey } from './strings';

interface PrivacyData {
  s: Record<PrivacyStringKey, string>;
  view: PrivacyPageView | null;
  form: PrivacyForm;
  /** The form was filled from the saved guide once (later renders keep what the learner typed). */
  formLoaded: boolean;
}

type PrivacyMethods = {
  renderWorld(world: World): void;
  onToggle(e: WechatMiniprogram.CustomEvent): void;
  onPurpose(e: WechatMiniprogram.CustomEvent): void;
  onPurposeBlur(e: WechatMiniprogram.CustomEvent): void;
  onRetention(e: WechatMiniprogram.CustomEvent): void;
  onDays(e: WechatMiniprogram.CustomEvent): void;
  onContact(e: WechatMiniprogram.CustomEvent): void;
  onContactBlur(): void;
  onSample(): void;
  onSave(): void;
  onGoVersions(): void;
};

function itemOf(e: WechatMiniprogram.CustomEvent): PrivacyItem | null {
  const item = dataString(e.currentTarget.dataset, 'item');
  return (PRIVACY_ITEMS as readonly string[]).indexOf(item) >= 0 ? (item as PrivacyItem) : null;
}

/** The error key of one kind of information's purpose field. */
const purposeField = (item: PrivacyItem): string => `purpose_${item}`;

/** The purpose's rule, its error shown under that kind of information's own field. */
const checkPurpose = (item: PrivacyItem, purpose: string) =>
  validatePrivacyPurpose(item, purpose, undefined, purposeField(item));

consolePage<PrivacyData, PrivacyMethods>({
  data: {
    s: localize(PRIVACY_STRINGS, 'zh'),
    view: null,
    form: privacyFormOf(null),
    formLoaded: false,
  },
  methods: {
    renderWorld(world) {
      const lang = this.data.lang;
      const view = privacyPageView(world, lang);
      this.updateText(PRIVACY_STRINGS, lang);
      if (view.loggedIn && !this.data.formLoaded) this.update({ view, form: privacyFormOf(world), formLoaded: true });
      else this.update({ view });
    },
    onToggle(e) {
      const item = itemOf(e);
      if (!item) return;
      this.update({ [`form.checked.${item}`]: !this.data.form.checked[item] });
      this.clearError('declarations');
      if (this.data.form.checked[item] === false) this.clearError(purposeField(item));
    },
    onPurpose(e) {
      const item = itemOf(e);
      if (!item) return;
      this.update({ [`form.purposes.${item}`]: inputValue(e.detail) });
      if (this.data.errors[purposeField(item)]) {
        this.setFieldError(purposeField(item), checkPurpose(item, this.data.form.purposes[item]));
      }
    },
    onPurposeBlur(e) {
      const item = itemOf(e);
      if (item) this.setFieldError(purposeField(item), checkPurpose(item, this.data.form.purposes[item]));
    },
    onRetention(e) {
      const id = dataString(e.currentTarget.dataset, 'id');
      if (id === 'untilDeleted' || id === 'fixed') this.update({ 'form.retention': id as PrivacyRetention });
      this.clearError('retentionDays');
    },
    onDays(e) {
      const days = inputValue(e.detail);
      this.update({ 'form.retentionDays': days });
      this.setFieldError('retentionDays', days === '' ? null : validateRetentionDays(days));
    },
    onContact(e) {
      this.update({ 'form.contact': inputValue(e.detail) });
      if (this.data.errors.contact) this.setFieldError('contact', validatePrivacyContact(this.data.form.contact));
    },
    onContactBlur() {
      this.setFieldError('contact', validatePrivacyContact(this.data.form.contact));
    },
    onSample() {
      this.update({ form: samplePrivacyForm(getWorld(), this.data.lang) });
      this.clearErrors();
    },
    onSave() {
      const form = this.data.form;
      // Each purpose is checked under its own field first: the engine names a purpose by its place in the list.
      for (const item of PRIVACY_ITEMS) {
        const problem = form.checked[item] ? checkPurpose(item, form.purposes[item]) : null;
        if (problem) {
          this.clearErrors();
          this.setFieldError(purposeField(item), problem);
          return;
        }
      }
      const result = this.send({
        type: 'privacy.save',
        declarations: privacyDeclarations(form),
        retention: form.retention,
        retentionDays: form.retentionDays,
        contact: form.contact,
      });
      if (result.ok) toast(this.data.s.saved);
    },
    onGoVersions() {
      navigateTo(CONSOLE_PAGES.versions);
    },
  },
});
