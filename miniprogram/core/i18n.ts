/** Languages the product speaks: Chinese first, English second. */
export type Lang = 'zh' | 'en';

export const LANGS: readonly Lang[] = ['zh', 'en'];

/** A piece of learner-facing text in both languages. */
export interface I18nText {
  readonly zh: string;
  readonly en: string;
}

export function t(text: I18nText, lang: Lang): string {
  return text[lang];
}

export function isLang(value: unknown): value is Lang {
  return value === 'zh' || value === 'en';
}

/**
 * A console label as the console pages show it: the Chinese the real console shows, followed by the English in
 * English mode ("基本设置 · Basic settings").
 */
export function bilingualLabel(text: I18nText, lang: Lang): string {
  return lang === 'zh' || text.zh === text.en ? text.zh : `${text.zh} · ${text.en}`;
}
