/**
 * <privacy-sheet>: the notice WeChat's privacy check needs (services/privacy.ts). Put it on every page that calls a
 * privacy-relevant API; it shows itself when WeChat holds such a call and lets it go on (agree) or fail (decline).
 *
 *   <privacy-sheet id="privacy" lang="{{lang}}" />
 */
import { answerPrivacy, onPrivacyNeeded, openPrivacyContract } from '../../../services/privacy';
import { textBehavior } from '../../behaviors/texts';
import { PRIVACY_SHEET_STRINGS } from './strings';

const off = new WeakMap<object, () => void>();

Component({
  options: { styleIsolation: 'apply-shared' },
  behaviors: [textBehavior(PRIVACY_SHEET_STRINGS)],
  properties: { lang: { type: String, value: 'zh' } },
  data: { shown: false },
  lifetimes: {
    attached() {
      off.set(
        this,
        onPrivacyNeeded(() => this.setData({ shown: true })),
      );
    },
    detached() {
      const stop = off.get(this);
      if (stop) stop();
    },
  },
  methods: {
    onAgree() {
      this.setData({ shown: false });
      answerPrivacy(true);
    },
    onDecline() {
      this.setData({ shown: false });
      answerPrivacy(false);
    },
    onGuide() {
      openPrivacyContract();
    },
  },
});
