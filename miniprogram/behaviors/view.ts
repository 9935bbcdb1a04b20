/**
 * The one setData habit of every page and component: send only what changed, and a page's text table only when the
 * language changes.
 *
 *   behaviors: [viewBehavior]            // i18nBehavior and consoleBehavior include it already
 *   this.update({ rows, total });        // setData of the keys whose value differs from this.data (compared as JSON)
 *   this.updateText(TABLE, lang);        // `s` = the table in `lang`, sent only when `lang` differs from the last one sent
 */
import { localize } from '../core/i18n';
import type { I18nText, Lang } from '../core/i18n';

/** The keys of `patch` whose values differ from `current` (compared as JSON, so equal copies are not re-sent). */
export function changedKeys(
  current: Readonly<Record<string, unknown>>,
  patch: Readonly<Record<string, unknown>>,
): Record<string, unknown> | null {
  const changed: Record<string, unknown> = {};
  let any = false;
  for (const key of Object.keys(patch)) {
    if (JSON.stringify(current[key]) !== JSON.stringify(patch[key])) {
      changed[key] = patch[key];
      any = true;
    }
  }
  return any ? changed : null;
}

export type ViewMethods = {
  /** setData of only the keys whose value changed. */
  update(patch: Record<string, unknown>): void;
  /**
   * Sets the text table `s` in `lang` (`localize`: entries marked `bilingual` in both languages in English mode), only
   * when the language or the table differs from the last table sent by this instance.
   */
  updateText<K extends string>(table: Readonly<Record<K, I18nText>>, lang: Lang): Record<K, string>;
};

const textLang = new WeakMap<object, { lang: Lang; table: object; s: Record<string, string> }>();

export const viewBehavior = Behavior<
  WechatMiniprogram.IAnyObject,
  WechatMiniprogram.Behavior.PropertyOption,
  ViewMethods,
  []
>({
  methods: {
    update(patch) {
      const changed = changedKeys(this.data as unknown as Record<string, unknown>, patch);
      if (changed) this.setData(changed);
    },
    updateText<K extends string>(table: Readonly<Record<K, I18nText>>, lang: Lang): Record<K, string> {
      const last = textLang.get(this);
      if (last && last.lang === lang && last.table === table) return last.s as Record<K, string>;
      const s = localize(table, lang);
      textLang.set(this, { lang, table, s });
      this.setData({ s });
      return s;
    },
  },
});
