/**
 * A page of the main package or the practice subpackage that draws itself from the saved progress: `renderedPage<Data,
 * Methods>({ data, methods })` registers it with `Component()` as a page with renderedPageBehavior (which includes
 * i18nBehavior: `update`/`updateText`, `applyPrefs`, language and theme). The page writes its `render()`, which reads
 * the progress and sends what changed; the behaviour calls it on load and on every show (the learner may have
 * answered, read or switched language elsewhere since):
 *
 *   renderedPage<LearnData, LearnMethods>({
 *     data: { s: localize(LEARN_STRINGS, 'zh'), stages: [] },
 *     methods: {
 *       render() {
 *         const lang = this.applyPrefs().lang;
 *         this.updateText(LEARN_STRINGS, lang);
 *         this.update({ stages: learnStages(…) });
 *       },
 *     },
 *   });
 *
 * A page's own `onLoad` / `onShow` replaces the behaviour's (WeChat's behaviour merge); it then calls `this.render()`.
 */
import { i18nBehavior } from './i18n';
import type { I18nData } from './i18n';
import { registerWith } from './register';
import type { OptionsWith } from './register';

export type RenderedPageMethods = {
  onLoad(query: Record<string, string | undefined>): void;
  onShow(): void;
  /** Override in the page: the saved progress → data (through update / updateText). */
  render(): void;
};

export const renderedPageBehavior = Behavior<
  I18nData,
  WechatMiniprogram.Behavior.PropertyOption,
  RenderedPageMethods,
  [typeof i18nBehavior]
>({
  behaviors: [i18nBehavior],
  methods: {
    onLoad() {
      this.render();
    },
    onShow() {
      this.render();
    },
    render() {
      // Pages override this.
    },
  },
});

/**
 * Registers a page with renderedPageBehavior (see the top of this file); `behaviors` is always that one alone.
 * `TInstance` types the page's own fields on `this` (not data), e.g. what it opened on load.
 */
export function renderedPage<
  TData extends WechatMiniprogram.Component.DataOption,
  TMethod extends WechatMiniprogram.Component.MethodOption,
  TInstance extends WechatMiniprogram.IAnyObject = Record<never, never>,
>(options: OptionsWith<TData, TMethod, typeof renderedPageBehavior, true, TInstance>): void {
  registerWith(renderedPageBehavior, options);
}
