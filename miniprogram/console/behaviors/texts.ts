/**
 * The text table of a console component that gets the language as its `lang` property:
 *
 *   behaviors: [textBehavior(FIELD_ERROR_STRINGS)],   // data `s`: the table in `lang`, kept in step with it
 *   <text>{{s.why}}</text>
 *
 * Texts marked `bilingual: true` show both languages in English mode (`label()`), as console pages do.
 */
import type { I18nText } from '../../core/i18n';
import { consoleLabels } from './console';

export function textBehavior<K extends string>(table: Readonly<Record<K, I18nText>>): string {
  return Behavior({
    data: { s: consoleLabels(table, 'zh') },
    observers: {
      lang(lang: unknown) {
        this.setData({ s: consoleLabels(table, lang === 'en' ? 'en' : 'zh') });
      },
    },
  });
}
