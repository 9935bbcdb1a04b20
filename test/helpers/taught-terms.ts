/**
 * Which Chinese an English screen may show (issue 15): only where it teaches the term the real console shows.
 * Pure; shared by the browser walk (test/browser/ux.test.ts) and the quiz's English-mode tests.
 */

import type { I18nText } from '../../miniprogram/core/i18n';
import type { Question } from '../../miniprogram/core/content-model';

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
/** "基本设置 · Basic settings", "微信公众平台 · 小程序 · WeChat …": the Chinese term(s), separator, Latin text after. */
const BILINGUAL = /[\u3400-\u9fff][^\n]*? · (?=[\s(（]*[A-Za-z0-9{])/g;
/** A console term, quoted or not, with its English gloss in brackets: "垃圾邮件" (spam), 成长 (growth). */
const GLOSSED = /(["“][^"”]+["”]|[\u3400-\u9fff]+) \([A-Za-z][^)]*\)/g;
/**
 * English first, the Chinese term it teaches in brackets right after: Publish (发布), "xue" ("学"),
 * Management → Development management (管理 → 开发管理). The brackets hold no further brackets.
 */
const ENGLISH_FIRST = /([A-Za-z0-9.)"”*]) \([^()\n]*[\u3400-\u9fff][^()\n]*\)/g;

/**
 * Where Chinese may stand: `englishFirst` only as Publish (发布) (the question bank's style); otherwise also the
 * console labels "基本设置 · Basic settings" and glossed quotes "垃圾邮件" (spam) of the other pages.
 */
export type TaughtStyle = 'any' | 'englishFirst';

/** A line with the allowed Chinese removed: what is left must have no Chinese. */
function withoutTaughtTerms(line: string, terms: readonly string[], style: TaughtStyle): string {
  let rest = line.replace(ENGLISH_FIRST, '$1');
  if (style === 'any') rest = rest.replace(GLOSSED, '').replace(BILINGUAL, '');
  for (const term of terms) rest = rest.split(term).join('');
  return rest;
}

/** The lines of `texts` that show Chinese outside the taught-term patterns and the given `terms`. */
export function untaughtChinese(
  texts: readonly string[],
  terms: readonly string[] = [],
  style: TaughtStyle = 'any',
): string[] {
  const found: string[] = [];
  for (const text of texts) {
    for (const line of text.split('\n')) {
      if (HAN.test(withoutTaughtTerms(line, terms, style))) found.push(line.trim());
    }
  }
  return found;
}

/** Every text of a question the quiz page shows: prompt, explanation, choices or steps, a form's title and labels. */
export function questionTexts(q: Question): I18nText[] {
  const texts = [q.prompt, q.explanation];
  if (q.type === 'single' || q.type === 'multiple') texts.push(...q.options);
  if (q.type === 'order') texts.push(...q.items);
  if (q.type === 'mistake') texts.push(q.form, ...q.fields.map((f) => f.label));
  return texts;
}

/** Whether a text has Chinese in it. */
export function hasChinese(text: string): boolean {
  return HAN.test(text);
}
