import * as fs from 'fs';
import * as path from 'path';
import { placeholders } from '../../../miniprogram/core/i18n';
import type { I18nText } from '../../../miniprogram/core/i18n';
import { KNOWN_PLACEHOLDER_MISMATCHES, KNOWN_UNUSED_KEYS } from './strings-known';

/*
 * One way to show text, checked over the whole mini program: every key of a page's text table (the `*_STRINGS`
 * export of a `strings.ts`) is used by that page, and every `{ zh, en }` text of the pure modules names the same
 * `{placeholders}` in both languages.
 */
const MP = path.resolve(__dirname, '..', '..', '..', 'miniprogram');
const SKIP = new Set(['miniprogram_npm', 'vendor']);

function files(dir: string, keep: (name: string) => boolean): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return SKIP.has(e.name) ? [] : files(full, keep);
    return keep(e.name) ? [full] : [];
  });
}

const isText = (v: unknown): v is I18nText =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as I18nText).zh === 'string' &&
  typeof (v as I18nText).en === 'string';

/** A page's table keys that no source of the page uses. */
export function unusedKeys(
  tableName: string,
  keys: readonly string[],
  sources: { file: string; text: string }[],
): string[] {
  const esc = (k: string) => k.replace(/[$]/g, '\\$&');
  return keys.filter((key) => {
    const asMember = new RegExp(`\\b(?:s|T|${tableName})\\.${esc(key)}\\b`);
    // The table localized by a helper call: `localize(X_STRINGS, lang).key`.
    const asCallResult = new RegExp(`\\b${tableName}\\b[^;\\n]*\\)\\.${esc(key)}\\b`);
    // A typed key list: the key as a literal in a file that types it as the table's key (`…StringKey`).
    const asTypedKey = new RegExp(`'${esc(key)}'`);
    return !sources.some(
      ({ file, text }) =>
        asMember.test(text) ||
        asCallResult.test(text) ||
        (file.endsWith('.ts') && /StringKey\b/.test(text) && asTypedKey.test(text)),
    );
  });
}

/** Every `{ zh, en }` text reachable in a module's exports, with where it is. */
function textsOf(value: unknown, where: string, out: { where: string; text: I18nText }[], seen = new Set<unknown>()) {
  if (typeof value !== 'object' || value === null || seen.has(value)) return out;
  seen.add(value);
  if (isText(value)) {
    out.push({ where, text: value });
    return out;
  }
  for (const [k, v] of Object.entries(value)) textsOf(v, `${where}.${k}`, out, seen);
  return out;
}

/** Texts whose zh and en name different placeholders: `<key>: zh {…} en {…}`, each once. */
export function placeholderMismatches(texts: { where: string; text: I18nText }[]): string[] {
  const found = texts
    .filter(({ text }) => placeholders(text.zh).join() !== placeholders(text.en).join())
    .map(
      ({ where, text }) =>
        `${where.slice(where.lastIndexOf('.') + 1)}: zh {${placeholders(text.zh).join(', ')}} en {${placeholders(text.en).join(', ')}}`,
    );
  return Array.from(new Set(found)).sort();
}

const STRINGS_FILES = files(MP, (n) => n === 'strings.ts');
/** The console pages derive their view (and so use their text table `s`) in the engine's area view files. */
const VIEW_FILES = files(path.join(MP, 'console', 'engine'), (n) => n === 'view.ts').map((f) => ({
  file: path.relative(MP, f),
  text: fs.readFileSync(f, 'utf8'),
}));

describe('page text tables: every key is used by its page', () => {
  it('finds the tables of the main and console pages', () => {
    expect(STRINGS_FILES.length).toBeGreaterThanOrEqual(15);
  });

  it.each(STRINGS_FILES.map((f) => [path.relative(MP, f), f]))('%s', (_rel, file) => {
    const dir = path.dirname(file);
    const sources = fs
      .readdirSync(dir)
      .filter((n) => (n.endsWith('.wxml') || n.endsWith('.ts')) && n !== 'strings.ts')
      .map((n) => ({ file: n, text: fs.readFileSync(path.join(dir, n), 'utf8') }))
      .concat(dir.startsWith(path.join(MP, 'console') + path.sep) ? VIEW_FILES : []);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(file) as Record<string, unknown>;
    const tables = Object.keys(mod).filter((name) => name.endsWith('_STRINGS'));
    expect(tables.length).toBeGreaterThan(0);
    for (const name of tables) {
      const table = mod[name] as Record<string, unknown>;
      expect({ table: name, unused: unusedKeys(name, Object.keys(table), sources) }).toEqual({
        table: name,
        unused: KNOWN_UNUSED_KEYS[name] ?? [],
      });
    }
  });

  it('fails on a key the page does not use', () => {
    const sources = [
      { file: 'index.wxml', text: '<view>{{s.title}}</view>' },
      { file: 'index.ts', text: 'toast(this.data.s.saved); t(T.count, lang, { n });' },
    ];
    expect(unusedKeys('X_STRINGS', ['title', 'saved', 'count', 'forgotten'], sources)).toEqual(['forgotten']);
    expect(unusedKeys('X_STRINGS', ['titles'], sources)).toEqual(['titles']);
  });
});

/** A catalogue by its name: a page's table, an area's or a module's texts, an error catalogue. */
const isCatalogueName = (name: string): boolean =>
  ['strings.ts', 'texts.ts', 'errors.ts'].includes(name) || name.endsWith('-texts.ts');

/**
 * Pure modules (no Component()/Page()/Behavior() calls): every text catalogue wherever it is (console/behaviors/texts.ts
 * is a behaviour, not one), content, core, the console engine and the mission runtime.
 */
const PURE_MODULES = files(MP, (n) => n.endsWith('.ts') && !n.endsWith('.d.ts')).filter((f) => {
  const rel = path.relative(MP, f).split(path.sep);
  return (
    (isCatalogueName(rel[rel.length - 1]) && !rel.includes('behaviors')) ||
    (rel[0] === 'console' && rel[1] === 'missions') ||
    ['content', 'core'].includes(rel[0]) ||
    (rel[0] === 'console' && rel[1] === 'engine') ||
    (rel[0] === 'pages' && rel[1] === 'quiz' && (rel[2] === 'bank' || rel[2] === 'schedule.ts'))
  );
});

describe('every { zh, en } text names the same placeholders in both languages', () => {
  it('finds the texts', () => {
    expect(PURE_MODULES.length).toBeGreaterThan(60);
  });

  it('holds for every pure module', () => {
    const texts: { where: string; text: I18nText }[] = [];
    for (const file of PURE_MODULES) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const mod = require(file) as Record<string, unknown>;
      textsOf(mod, path.relative(MP, file), texts);
    }
    expect(texts.length).toBeGreaterThan(1000);
    expect(placeholderMismatches(texts)).toEqual(KNOWN_PLACEHOLDER_MISMATCHES);
  });

  it('fails on a text whose languages name different placeholders', () => {
    const table = { ok: { zh: '共 {n} 道', en: '{n} in all' }, bad: { zh: '第 {step} 步', en: 'Step {n}' } };
    expect(placeholderMismatches(textsOf(table, 'fixture', []))).toEqual(['bad: zh {step} en {n}']);
  });
});
