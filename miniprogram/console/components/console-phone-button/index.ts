/**
 * <console-phone-button>: the "手机" button docked at the bottom of every console page. It opens the simulated phone
 * (console/phone/index) and shows how many SMS are unread and scans are waiting there.
 *
 *   "usingComponents": { "console-phone-button": "/console/components/console-phone-button/index" }
 *   <console-phone-button lang="{{lang}}" />      (leave it out of console/phone/index itself)
 */
import { phoneBadge, subscribe } from '../../services/session';
import { format } from '../../../core/i18n';
import { changedKeys } from '../../../behaviors/view';
import { navigateTo } from '../../../services/navigation';
import { consoleLabels } from '../../behaviors/console';
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

const off = new WeakMap<object, () => void>();

Component<
  PhoneButtonData,
  { lang: { type: StringConstructor; value: string } },
  PhoneButtonMethods,
  WechatMiniprogram.Component.BehaviorOption
>({
  options: { styleIsolation: 'apply-shared' },
  properties: {
    lang: { type: String, value: 'zh' },
  },
  data: {
    s: consoleLabels(PHONE_BUTTON_STRINGS, 'zh'),
    count: 0,
    ariaLabel: format(PHONE_BUTTON_STRINGS.ariaLabel.zh, { count: 0 }),
  },
  lifetimes: {
    attached() {
      off.set(
        this,
        subscribe(() => this.render()),
      );
      this.render();
    },
    detached() {
      const stop = off.get(this);
      if (stop) stop();
      off.delete(this);
    },
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
      const s = consoleLabels(PHONE_BUTTON_STRINGS, this.data.lang === 'en' ? 'en' : 'zh');
      const patch = { s, count, ariaLabel: format(s.ariaLabel, { count }) };
      const changed = changedKeys(this.data as unknown as Record<string, unknown>, patch);
      if (changed) this.setData(changed);
    },
    onOpen() {
      navigateTo(PHONE_ROUTE);
    },
  },
});
