/**
 * <console-sample-button>: the "填入示例数据" button every console form has. It only asks: the page fills its form
 * with the engine's synthetic values (sampleIdentity, sampleMobile...), never anything real.
 *
 *   "usingComponents": { "console-sample-button": "/console/components/console-sample-button/index" }
 *   <console-sample-button id="sample" lang="{{lang}}" bind:fill="onSample" />
 */
import { textBehavior } from '../../behaviors/texts';
import { SAMPLE_BUTTON_STRINGS } from './strings';

type SampleMethods = {
  onTap(): void;
};

Component<
  Record<string, never>,
  { lang: { type: StringConstructor; value: string } },
  SampleMethods,
  WechatMiniprogram.Component.BehaviorOption
>({
  options: { styleIsolation: 'apply-shared' },
  behaviors: [textBehavior(SAMPLE_BUTTON_STRINGS)],
  properties: {
    lang: { type: String, value: 'zh' },
  },
  methods: {
    onTap() {
      this.triggerEvent('fill', {});
    },
  },
});
