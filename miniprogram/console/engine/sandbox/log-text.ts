/**
 * The event log as the learner reads it: one short sentence per event type (zh/en), and for a refusal the first
 * sentence of its message with the details left out. No codes and no fact IDs reach the learner.
 */
import { t, type I18nText, type Lang } from '../../../core/i18n';
import { ERROR_CATALOG, isErrorCode } from '../kernel/errors';
import { EVENT_TEXTS, LOG_TEXTS } from './texts';

/** The first sentence of a template, its `{placeholders}` shown as "…". */
function firstSentence(template: string): string {
  const filled = template.replace(/\{\w+\}/g, '…');
  const zh = filled.indexOf('。');
  if (zh > 0) return filled.slice(0, zh + 1);
  const en = filled.search(/\.(\s|$)/);
  return en > 0 ? filled.slice(0, en + 1) : filled;
}

/** A log entry as one readable line: an event's sentence, or "未成功：" and the refusal's first sentence. */
export function logEntryText(kind: 'event' | 'error', type: string, lang: Lang): string {
  if (kind === 'error') {
    if (!isErrorCode(type)) return t(LOG_TEXTS.refused, lang).trim();
    const spec = ERROR_CATALOG[type];
    return t(LOG_TEXTS.refused, lang) + firstSentence(t({ zh: spec.zh, en: spec.en }, lang));
  }
  const text = (EVENT_TEXTS as Readonly<Record<string, I18nText>>)[type];
  return text ? t(text, lang) : '';
}
