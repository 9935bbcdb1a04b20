/**
 * The one way text reaches a learner's screen: a typed `{ zh, en }` pair from a catalogue, read through `t()`
 * (optionally with named parameters, `{name}` in both languages) or `label()` for the console's menu-style labels.
 */

/** Languages the product speaks: Chinese first, English second. */
export type Lang = 'zh' | 'en';

export const LANGS: readonly Lang[] = ['zh', 'en'];

/** A piece of learner-facing text in both languages. */
export interface I18nText {
  readonly zh: string;
  readonly en: string;
  /**
   * A label that teaches the Chinese term the real console shows: in English mode it is shown as "中文 · English"
   * by `label()`. An explicit property of the text, never inferred from its length.
   */
  readonly bilingual?: boolean;
}

/** Named parameters for `{name}` placeholders. */
export type TextParams = Readonly<Record<string, string | number>>;

const PLACEHOLDER = /\{(\w+)\}/g;

/** Fills `{name}` placeholders; a placeholder without a value stays as written, so a missing one is visible. */
export function format(template: string, params: TextParams = {}): string {
  return template.replace(PLACEHOLDER, (whole, key: string) =>
    Object.prototype.hasOwnProperty.call(params, key) ? String(params[key]) : whole,
  );
}

/** The names of the `{name}` placeholders in a template, sorted and without repeats (tests compare zh with en). */
export function placeholders(template: string): string[] {
  const names = new Set<string>();
  for (const match of template.matchAll(PLACEHOLDER)) names.add(match[1]);
  return Array.from(names).sort();
}

/** The text in the learner's language, with its placeholders filled. */
export function t(text: I18nText, lang: Lang, params?: TextParams): string {
  return params ? format(text[lang], params) : text[lang];
}

/**
 * Named parameters of a text kept in both languages: a `{ zh, en }` value fills each language with its own words, so
 * both languages name the same placeholders (`{module}`, never `{module}` beside `{moduleEn}`).
 */
export type BilingualParams = Readonly<Record<string, string | number | I18nText>>;

/** The parameters as one language fills them. */
function paramsIn(params: BilingualParams, lang: Lang): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const key of Object.keys(params)) {
    const value = params[key];
    out[key] = typeof value === 'object' ? value[lang] : value;
  }
  return out;
}

/** Fills the placeholders of both languages (for messages kept as data, e.g. engine errors). */
export function formatText(text: I18nText, params: BilingualParams): I18nText {
  return { ...text, zh: format(text.zh, paramsIn(params, 'zh')), en: format(text.en, paramsIn(params, 'en')) };
}

export function isLang(value: unknown): value is Lang {
  return value === 'zh' || value === 'en';
}

/**
 * A console label as the console pages show it: the Chinese the real console shows, followed by the English in
 * English mode ("基本设置 · Basic settings"), whatever the text's `bilingual` flag says.
 */
export function bilingualLabel(text: I18nText, lang: Lang): string {
  return lang === 'zh' || text.zh === text.en ? text.zh : `${text.zh} · ${text.en}`;
}

/** A catalogue entry as shown: both languages when the text is marked `bilingual`, else the learner's language. */
export function label(text: I18nText, lang: Lang, params?: TextParams): string {
  const filled = params ? formatText(text, params) : text;
  return text.bilingual ? bilingualLabel(filled, lang) : filled[lang];
}

/**
 * A text table as a page's `s` data: every entry through `label()`, so an entry marked `bilingual` (a console label
 * that teaches the Chinese term) shows both languages in English mode and every other one the learner's language.
 */
export function localize<K extends string>(table: Readonly<Record<K, I18nText>>, lang: Lang): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const key of Object.keys(table) as K[]) out[key] = label(table[key], lang);
  return out;
}
