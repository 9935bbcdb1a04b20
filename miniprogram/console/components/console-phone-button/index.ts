/**
 * <console-phone-button>: the "手机" button docked at the bottom of every console page. It opens the simulated phone
 * (console/phone/index) and shows how many SMS are unread and scans are waiting there.
 *
 *   "usingComponents": { "console-phone-button": "/console/components/console-phone-button/index" }
 *   <console-phone-button lang="{{lang}}" />      (leave it out of console/phone/index itself)
 */
import { phoneBadge } from '../../services/session';
import { format, localize } from '../../../core/i18n';
import { worldViewComponent } from '../../behaviors/world-view';
import { navigateTo } from '../../../services/navigation';
import { PHONE_BUTTON_STRINGS } from './strings';

const PHONE_ROUTE = '/console/phone/index';

interface PhoneButtonData {
  s: Record<keyof typeof PHONE_BUTTON_STRINGS, string>;
  count: number;
  ariaLabel: string;
}

type PhoneButtonMethods = {
  render(): void;
  onOpen(): void;
};

worldViewComponent<PhoneButtonData, PhoneButtonMethods>({
  data: {
    s: localize(PHONE_BUTTON_STRINGS, 'zh'),
    count: 0,
    ariaLabel: format(PHONE_BUTTON_STRINGS.ariaLabel.zh, { count: 0 }),
  },
  observers: {
    lang() {
      this.render();
    },
  },
  pageLifetimes: {
    show() {
      this.render();
    },
  },
  methods: {
    render() {
      const count = phoneBadge();
      const s = this.updateText(PHONE_BUTTON_STRINGS, this.data.lang === 'en' ? 'en' : 'zh');
      const patch = { count, ariaLabel: format(s.ariaLabel, { count }) };
      this.update(patch);
    },
    onOpen() {
      navigateTo(PHONE_ROUTE);
    },
  },
});
