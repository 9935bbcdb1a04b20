import { consoleBehavior } from '../../behaviors/console';

type PageMethods = {
  onLoad(): void;
  onShow(): void;
};

Component<
  Record<string, never>,
  WechatMiniprogram.Component.PropertyOption,
  PageMethods,
  [typeof consoleBehavior],
  Record<never, never>,
  true
>({
  behaviors: [consoleBehavior],
  methods: {
    onLoad() {
      this.consoleStart();
    },
    onShow() {
      this.consoleShow();
    },
  },
});
