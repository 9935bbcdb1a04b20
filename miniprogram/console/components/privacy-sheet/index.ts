/**
 * <privacy-sheet>: the notice WeChat's privacy check needs (services/privacy.ts). Put it on every page that calls a
 * privacy-relevant API; it shows itself when WeChat holds such a call and lets it go on (agree) or fail (decline).
 *
 *   <privacy-sheet id="privacy" lang="{{lang}}" />
 */
import { answerPrivacy, onPrivacyNeeded, openPrivacyContract } from '../../../services/privacy';
import { viewBehavior } from '../../../behaviors/view';
import { localize } from '../../../core/i18n';
import { PRIVACY_SHEET_STRINGS } from './strings';

const off = new WeakMap<object, () => void>();

type PrivacyMethods = { onAgree(): void; onDecline(): void; onGuide(): void };

Component<
  { shown: boolean; s: Record<keyof typeof PRIVACY_SHEET_STRINGS, string> },
  { lang: { type: StringConstructor; value: string } },
  PrivacyMethods,
  [typeof viewBehavior]
>({
  options: { styleIsolation: 'apply-shared' },
  behaviors: [viewBehavior],
  properties: { lang: { type: String, value: 'zh' } },
  data: { shown: false, s: localize(PRIVACY_SHEET_STRINGS, 'zh') },
  observers: {
    lang(lang: string) {
      this.updateText(PRIVACY_SHEET_STRINGS, lang === 'en' ? 'en' : 'zh');
    },
  },
  lifetimes: {
    attached() {
      off.set(
        this,
        onPrivacyNeeded(() => this.update({ shown: true })),
      );
    },
    detached() {
      const stop = off.get(this);
      if (stop) stop();
    },
  },
  methods: {
    onAgree() {
      this.update({ shown: false });
      answerPrivacy(true);
    },
    onDecline() {
      this.update({ shown: false });
      answerPrivacy(false);
    },
    onGuide() {
      openPrivacyContract();
    },
  },
});
