interface LabData {
  showIntro: boolean;
}

// A type alias (not an interface) so it satisfies api-typings' index-signature constraint on methods.
type LabMethods = {
  onToggleIntro(): void;
};

Component<
  LabData,
  WechatMiniprogram.Component.PropertyOption,
  LabMethods,
  WechatMiniprogram.Component.BehaviorOption,
  Record<never, never>,
  true
>({
  data: { showIntro: false },
  methods: {
    onToggleIntro() {
      this.setData({ showIntro: !this.data.showIntro });
    },
  },
});
