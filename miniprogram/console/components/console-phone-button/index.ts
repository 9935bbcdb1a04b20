/**
 * <console-phone-button>: the floating "手机" button on every console page. It opens the simulated phone
 * (console/phone/index) and shows how many SMS are unread and scans are waiting there.
 *
 *   "usingComponents": { "console-phone-button": "/console/components/console-phone-button/index" }
 *   <console-phone-button lang="{{lang}}" />      (leave it out of console/phone/index itself)
 */
import { phoneBadge, subscribe } from '../../services/session';
import { navigateTo } from '../../../services/navigation';

const PHONE_ROUTE = '/console/phone/index';

interface PhoneButtonData {
  count: number;
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
  data: { count: 0 },
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
  pageLifetimes: {
    show() {
      this.render();
    },
  },
  methods: {
    render() {
      const count = phoneBadge();
      if (count !== this.data.count) this.setData({ count });
    },
    onOpen() {
      navigateTo(PHONE_ROUTE);
    },
  },
});
