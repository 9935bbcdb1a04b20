/**
 * <console-sample-button>: the "填入示例数据" button every console form has. It only asks: the page fills its form
 * with the engine's synthetic values (sampleIdentity, sampleMobile...), never anything real.
 *
 *   "usingComponents": { "console-sample-button": "/console/components/console-sample-button/index" }
 *   <console-sample-button id="sample" lang="{{lang}}" bind:fill="onSample" />
 */
type SampleMethods = {
  onTap(): void;
};

Component<Record<string, never>, { lang: { type: StringConstructor; value: string } }, SampleMethods, []>({
  options: { styleIsolation: 'apply-shared' },
  properties: {
    lang: { type: String, value: 'zh' },
  },
  methods: {
    onTap() {
      this.triggerEvent('fill', {});
    },
  },
});
