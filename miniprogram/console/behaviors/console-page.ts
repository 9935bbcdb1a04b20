/**
 * A console page (console/<page>/index.ts) in one call: `consolePage<Data, Methods>({ data, methods })` registers it
 * with `Component()` as a page, with consolePageBehavior (which includes consoleBehavior: `send`, `errors`,
 * `update`/`updateText`, language and theme). The page writes only what is its own:
 *
 *   consolePage<FilingData, FilingMethods>({
 *     data: { s: localize(FILING_STRINGS, 'zh'), view: null },
 *     methods: {
 *       renderWorld(world) {                      // required: the world → data, on every change of the world
 *         const lang = this.data.lang;
 *         this.updateText(FILING_STRINGS, lang);
 *         this.update({ view: filingPageView(world, lang) });
 *       },
 *       onSubmit() { this.send({ type: 'filing.submit', … }, 'form'); },
 *     },
 *   });
 *
 * What every console page does is here, once, and a page overrides a method only when it does more
 * (its own method of the same name replaces the behaviour's, as WeChat merges behaviours):
 * - `onLoad(query)` → `consoleStart(query)` (the sandbox `?scenario=` / mission `?mission=` asked for, prefs, notices,
 *   subscribe, render); a page that reads its query first overrides it and calls `this.consoleStart(query)` itself.
 * - `onShow()` → `consoleShow()` (the language may have changed in 我的).
 * - `onLogin()` / `onOpenPhone()`: the login page and the simulated phone (buttons `bindtap="onLogin"` …).
 * - `card` (an InfoCardView or null): `openInfoCard(id)` shows an engine info card, `onCloseCard()` closes it.
 * - `skipWait(ms, field)`: "skip the wait" buttons advance the simulated clock by what is left.
 */
import { findInfoCard, infoCardView } from '../engine/index';
import type { InfoCardView } from '../engine/index';
import { CONSOLE_PAGES } from '../../core/console-routes';
import { navigateTo } from '../../services/navigation';
import { lessonUrlFor } from '../home/page-utils';
import { registerWith } from '../../behaviors/register';
import type { OptionsWith } from '../../behaviors/register';
import { consoleBehavior } from './console';
import type { ConsoleData } from './console';

export interface ConsolePageData extends ConsoleData {
  /** The info card shown over the page (engine/home info cards, or one a page builds), or null. */
  card: InfoCardView | null;
}

export type ConsolePageMethods = {
  onLoad(query: Record<string, string | undefined>): void;
  onShow(): void;
  onLogin(): void;
  onOpenPhone(): void;
  /** Shows the info card with this id (engine `findInfoCard`); an unknown id shows nothing. */
  openInfoCard(id: string): void;
  onCloseCard(): void;
  /** Advances the simulated clock by `ms` (what is left of a wait) when there is any; an error goes under `field`. */
  skipWait(ms: number, field: string): void;
};

export const consolePageBehavior = Behavior<
  ConsolePageData,
  WechatMiniprogram.Behavior.PropertyOption,
  ConsolePageMethods,
  [typeof consoleBehavior]
>({
  behaviors: [consoleBehavior],
  data: { lang: 'zh', themeClass: '', errors: {}, card: null },
  methods: {
    onLoad(query) {
      this.consoleStart(query);
    },
    onShow() {
      this.consoleShow();
    },
    onLogin() {
      navigateTo(CONSOLE_PAGES.login);
    },
    onOpenPhone() {
      navigateTo(CONSOLE_PAGES.phone);
    },
    openInfoCard(id) {
      const card = findInfoCard(id);
      if (card) this.update({ card: infoCardView(card, this.data.lang, lessonUrlFor) });
    },
    onCloseCard() {
      if (this.data.card) this.update({ card: null });
    },
    skipWait(ms, field) {
      if (ms > 0) this.send({ type: 'clock.advance', ms }, field);
    },
  },
});

/**
 * Registers a console page: `Component()` as a page with consolePageBehavior (see the top of this file). `TMethod` lists
 * the page's own methods, `renderWorld(world)` among them; `behaviors` is always consolePageBehavior alone.
 */
export function consolePage<
  TData extends WechatMiniprogram.Component.DataOption,
  TMethod extends WechatMiniprogram.Component.MethodOption,
>(options: OptionsWith<TData, TMethod, typeof consolePageBehavior, true>): void {
  registerWith(consolePageBehavior, options);
}
