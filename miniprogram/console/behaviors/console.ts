/**
 * The behaviour every console page (console/*) uses, on top of i18nBehavior. Pages do not include it themselves: they
 * are registered with `consolePage()` (behaviors/console-page.ts), whose consolePageBehavior includes this one and
 * calls `consoleStart(query)` on load and `consoleShow()` on show.
 *
 *   consolePage<MyData, MyMethods>({
 *     data: { s: localize(MY_STRINGS, 'zh'), view: null },
 *     methods: {
 *       renderWorld(world) { this.update({ ... }) }, // state → data; update() (behaviors/view) sets only what changed
 *       onNext() { const r = this.send({ type: 'register.refreshCaptcha' }); if (r.ok) ... },
 *     },
 *   });
 *
 * `send(action)` dispatches through services/console-session (saved at once); every subscribed page and
 * component re-renders. An engine error is put in `errors[errorKey(field)]` (`errors.form` when it names no
 * field) as a FieldErrorView, shown with `<console-field-error error="{{errors.email}}" lang="{{lang}}" />`.
 * Page template: `<view class="rl-page {{themeClass}}"><console-toolbar id="toolbar" lang="{{lang}}" /> …
 * <console-phone-button id="phone" lang="{{lang}}" /></view>` (the ids let tests reach inside: see
 * test/helpers/dom.ts). New console routes go in app.json → subpackages[root=console].pages.
 */
import { lessonPath, sectionForFact } from '../../content/index';
import type { Action, ActionResult, ConsoleError, World } from '../engine/index';
import { t } from '../../core/i18n';
import type { Lang } from '../../core/i18n';
import { SAVE_FAILED_TITLE, saveProblemText } from '../../core/storage/envelope';
import { STORAGE_TEXTS } from '../../core/storage/texts';
import { act, getWorld, startFromQuery, subscribe, takeConsoleNotice, takeSaveFailure } from '../services/session';
import { alert } from '../../services/dialog';
import { i18nBehavior } from '../../behaviors/i18n';
import type { I18nData } from '../../behaviors/i18n';

/** An engine error as a page shows it: in the learner's language, with the lesson section of its first fact. */
export interface FieldErrorView {
  code: string;
  message: string;
  factId: string;
  /** `/pages/lesson/index?id=…&section=…`, or '' when no lesson covers the fact. */
  lessonUrl: string;
}

/** The lesson section that teaches a fact, as a page URL, or '' when no lesson covers it (or no fact is given). */
export function lessonUrlForFact(factId: string): string {
  const ref = factId ? sectionForFact(factId) : undefined;
  return ref ? lessonPath(ref.lesson.id, ref.section.id) : '';
}

export function errorView(error: ConsoleError, lang: Lang): FieldErrorView {
  const factId = error.factIds.length > 0 ? error.factIds[0] : '';
  return {
    code: error.code,
    message: t(error.message, lang),
    factId,
    lessonUrl: lessonUrlForFact(factId),
  };
}

/** The `errors` key of a field: `domains[0]` → `domains_0_` (setData paths must not contain brackets or dots). */
export function errorKey(field: string | undefined): string {
  return field ? field.replace(/[^A-Za-z0-9_]/g, '_') : 'form';
}

export interface ConsoleData extends I18nData {
  /** Errors by errorKey(field); a shown error is a FieldErrorView, a cleared one null. */
  errors: Record<string, FieldErrorView | null>;
}

export type ConsoleMethods = {
  /**
   * Call from onLoad with the page's query: starts the sandbox the 实操 tab asked for (`?scenario=`), applies
   * language and theme, tells about an unreadable save, subscribes, renders.
   */
  consoleStart(query?: Readonly<Record<string, string | undefined>>): World;
  /** Call from onShow: applies language and theme again and renders. */
  consoleShow(): World;
  /** Override in the page: renders the world into data (use update()). Called on every change of the world. */
  renderWorld(world: World): void;
  /** Renders the current world now. */
  refresh(): World;
  /** Dispatches and saves; shows the error (under its field, else under `fallbackField`, else `form`). */
  send(action: Action, fallbackField?: string): ActionResult;
  showError(error: ConsoleError, fallbackField?: string): void;
  /** Shows a validator's result for one field: the error, or nothing when null. */
  setFieldError(field: string, error: ConsoleError | null): void;
  clearError(field: string): void;
  clearErrors(): void;
};

const unsubscribers = new WeakMap<object, () => void>();

const NOTICE_TITLE = STORAGE_TEXTS.consoleNoticeTitle;
/** Tells the learner, with the advice for its reason, that the latest console write was refused (once). */
function tellSaveFailure(lang: Lang): void {
  const failed = takeSaveFailure();
  if (failed) void alert(t(SAVE_FAILED_TITLE, lang), t(saveProblemText(failed), lang), lang);
}

export const consoleBehavior = Behavior<
  ConsoleData,
  WechatMiniprogram.Behavior.PropertyOption,
  ConsoleMethods,
  [typeof i18nBehavior]
>({
  behaviors: [i18nBehavior],
  data: { lang: 'zh', themeClass: '', errors: {} },
  lifetimes: {
    detached() {
      const off = unsubscribers.get(this);
      if (off) off();
      unsubscribers.delete(this);
    },
  },
  methods: {
    consoleStart(query) {
      if (query) startFromQuery(query);
      const progress = this.applyPrefs();
      const notice = takeConsoleNotice();
      if (notice) void alert(t(NOTICE_TITLE, progress.lang), t(notice.message, progress.lang), progress.lang);
      // A write refused outside a page action (starting a sandbox on 实操, the toolbar) is told here.
      tellSaveFailure(progress.lang);
      if (!unsubscribers.has(this)) {
        unsubscribers.set(
          this,
          subscribe((world) => this.renderWorld(world)),
        );
      }
      return this.refresh();
    },
    consoleShow() {
      this.applyPrefs();
      return this.refresh();
    },
    renderWorld() {
      // Pages override this.
    },
    refresh() {
      const world = getWorld();
      this.renderWorld(world);
      return world;
    },
    send(action, fallbackField) {
      const result = act(action);
      tellSaveFailure(this.data.lang);
      if (result.ok) this.clearErrors();
      else this.showError(result.error, fallbackField);
      return result;
    },
    showError(error, fallbackField) {
      const key = errorKey(error.field !== undefined ? error.field : fallbackField);
      this.update({ [`errors.${key}`]: errorView(error, this.data.lang) });
    },
    setFieldError(field, error) {
      if (error) this.showError(error, field);
      else this.clearError(field);
    },
    clearError(field) {
      const key = errorKey(field);
      if (this.data.errors[key]) this.update({ [`errors.${key}`]: null });
    },
    clearErrors() {
      const errors = this.data.errors;
      if (Object.keys(errors).some((k) => errors[k] !== null)) this.update({ errors: {} });
    },
  },
});
