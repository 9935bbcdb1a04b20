import type { FilingParticipantInput, VerifyPageView, World } from '../engine/index';
import { sampleParticipants, verifyPageView } from '../engine/index';
import { consolePage } from '../behaviors/console-page';
import { localize, t } from '../../core/i18n';
import { getWorld } from '../services/session';
import { confirm, toast } from '../../services/dialog';
import { dataString, inputValue } from '../home/page-utils';
import { VERIFY_STRINGS } from './strings';
import type { VerifyStringKey } from './strings';

interface VerifyData {
  s: Record<VerifyStringKey, string>;
  view: VerifyPageView | null;
  overdueText: string;
  withFiling: boolean;
  person: { name: string; phone: string; emergencyName: string; emergencyPhone: string };
}

type VerifyMethods = {
  renderWorld(world: World): void;
  onToggleFiling(): void;
  onInput(e: WechatMiniprogram.CustomEvent): void;
  onSample(): void;
  onApply(): Promise<void>;
  onAnnual(): Promise<void>;
  onSkip(): void;
};

consolePage<VerifyData, VerifyMethods>({
  data: {
    s: localize(VERIFY_STRINGS, 'zh'),
    view: null,
    overdueText: '',
    withFiling: false,
    person: { name: '', phone: '', emergencyName: '', emergencyPhone: '' },
  },
  methods: {
    renderWorld(world) {
      const lang = this.data.lang;
      const view = verifyPageView(world, lang);
      this.updateText(VERIFY_STRINGS, lang);
      this.update({
        view,
        overdueText: view.overdueDays > 0 ? t(VERIFY_STRINGS.overdue, lang, { n: view.overdueDays }) : '',
        withFiling: this.data.withFiling && view.filingStartable,
      });
    },
    onToggleFiling() {
      this.update({ withFiling: !this.data.withFiling });
    },
    onInput(e) {
      const key = dataString(e.currentTarget.dataset, 'key');
      if (key in this.data.person) this.update({ [`person.${key}`]: inputValue(e.detail) });
    },
    onSample() {
      const [p, , c] = sampleParticipants(getWorld(), true);
      this.update({ person: { name: p.name, phone: p.phone, emergencyName: c.name, emergencyPhone: c.phone } });
      this.clearErrors();
    },
    async onApply() {
      const view = this.data.view;
      if (!view) return;
      if (view.canApply) {
        const ok = await confirm({
          title: this.data.s.applyTitle,
          content: t(VERIFY_STRINGS.applyBody, this.data.lang, { fee: view.feeNote }),
          confirmText: this.data.s.apply,
          cancelText: this.data.s.cancel,
        });
        if (!ok) return;
      }
      const p = this.data.person;
      const participants: FilingParticipantInput[] = this.data.withFiling
        ? [
            { role: 'subjectPrincipal', name: p.name, phone: p.phone },
            { role: 'appPrincipal', name: p.name, phone: p.phone },
            { role: 'emergencyContact', name: p.emergencyName, phone: p.emergencyPhone },
          ]
        : [];
      const result = this.send({ type: 'verify.apply', withFiling: this.data.withFiling, participants }, 'form');
      if (result.ok) toast(this.data.s.applied);
    },
    async onAnnual() {
      const ok = await confirm({
        title: this.data.s.annualTitle,
        content: this.data.view ? this.data.view.feeNote : '',
        confirmText: this.data.s.annual,
        cancelText: this.data.s.cancel,
      });
      if (ok) this.send({ type: 'verify.annualReview' }, 'form');
    },
    onSkip() {
      if (this.data.view) this.skipWait(this.data.view.msLeft, 'form');
    },
  },
});
