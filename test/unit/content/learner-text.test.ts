import type { I18nText } from '../../../miniprogram/core/i18n';
import { FACTS } from '../../../miniprogram/content/facts';
import { LESSONS, SOURCES } from '../../../miniprogram/content/index';
import { QUESTIONS } from '../../../miniprogram/pages/quiz/bank/index';
import { untaughtChinese } from '../../helpers/taught-terms';

/** What a learner reads: every string of the lessons, questions and sources except IDs and link targets. */
const HIDDEN_KEYS = new Set([
  'id',
  'factIds',
  'lessonId',
  'sectionId',
  'sources',
  'stage',
  'type',
  'kind',
  'check',
  'target',
]);

function learnerTexts(value: unknown, where: string, out: { where: string; text: string }[]): void {
  if (typeof value === 'string') out.push({ where, text: value });
  else if (Array.isArray(value)) value.forEach((v, i) => learnerTexts(v, `${where}[${i}]`, out));
  else if (typeof value === 'object' && value !== null)
    for (const [k, v] of Object.entries(value)) if (!HIDDEN_KEYS.has(k)) learnerTexts(v, `${where}.${k}`, out);
}

const texts: { where: string; text: string }[] = [];
learnerTexts(LESSONS, 'LESSONS', texts);
learnerTexts(QUESTIONS, 'QUESTIONS', texts);
learnerTexts(SOURCES, 'SOURCES', texts);
learnerTexts(
  FACTS.map((f) => f.text as I18nText),
  'FACTS',
  texts,
);

/** A fact ID (R-06, CONFIRM_DIALOG_CANCELLEDI-08, 依据: B-07) or a seed file name (seeds/000_….txt). */
const FACT_ID = /(^|[^A-Za-z0-9])[A-Z]-\d\d(?!\d)|[A-Z_]{3,}[A-Z]-\d\d/;
const SEED_FILE = /\bseeds?\b|\d{3}_[0-9a-f]{8,}|\.txt\b/i;

describe('text a learner reads', () => {
  it('is found: lessons, questions, sources and the facts themselves', () => {
    expect(texts.length).toBeGreaterThan(2000);
  });

  it('names no fact ID', () => {
    expect(texts.filter((t) => FACT_ID.test(t.text)).map((t) => `${t.where}: ${t.text}`)).toEqual([]);
  });

  it('names no seed document or seed file', () => {
    expect(texts.filter((t) => SEED_FILE.test(t.text)).map((t) => `${t.where}: ${t.text}`)).toEqual([]);
  });

  it('the checks catch what they are for', () => {
    for (const bad of ['依据: R-06', 'CONFIRM_DIALOG_CANCELLEDI-08', '(B-07)', 'P-04 says'])
      expect(FACT_ID.test(bad)).toBe(true);
    for (const ok of ['172.0.0.1/24', 'error 40164', 'IP-10', 'RMB-30', 'A-Z', '2016-11-03'])
      expect(FACT_ID.test(ok)).toBe(false);
    for (const bad of ['seeds/000_2fe52de7a470239b.txt', '见 002_c0df2c5acec6a171', "the seeds' route"])
      expect(SEED_FILE.test(bad)).toBe(true);
  });
});

describe('the lessons in English', () => {
  it('name a console term English first with the Chinese in brackets (or glossed), never in bare Chinese', () => {
    const english = texts.filter((t) => t.where.startsWith('LESSONS') && t.where.endsWith('.en'));
    expect(english.length).toBeGreaterThan(200);
    expect(english.flatMap((t) => untaughtChinese([t.text]).map((line) => `${t.where}: ${line}`))).toEqual([]);
  });
});
