/**
 * The text table of a console component that gets the language as its `lang` property:
 *
 *   behaviors: [textBehavior(FIELD_ERROR_STRINGS)],   // data `s`: the table in `lang`, kept in step with it
 *   <text>{{s.why}}</text>
 *
 * Texts marked `bilingual: true` show both languages in English mode (`localize()`), as console pages do; the table is
 * sent through `updateText` (behaviors/view), so only when the language changes.
 */
import { localize } from '../../core/i18n';
import type { I18nText } from '../../core/i18n';
import { viewBehavior } from '../../behaviors/view';

export function textBehavior<K extends string>(table: Readonly<Record<K, I18nText>>): string {
  return Behavior<
    { s: Record<K, string> },
    WechatMiniprogram.Behavior.PropertyOption,
    WechatMiniprogram.Behavior.MethodOption,
    [typeof viewBehavior]
  >({
    behaviors: [viewBehavior],
    data: { s: localize(table, 'zh') },
    observers: {
      lang(lang: unknown) {
        this.updateText(table, lang === 'en' ? 'en' : 'zh');
      },
    },
  });
}
