import * as fs from 'fs';
import * as path from 'path';
import type { I18nText } from '../../../miniprogram/core/i18n';

/*
 * Every input shows where to type and a placeholder with an example (issue 15.4): each `van-field`, `input` and
 * `textarea` of every page and component template has a `placeholder`, and one taken from the page's text table
 * (`{{s.key}}`) exists in both languages and gives an example ("例如" / "e.g.").
 */
const MP = path.resolve(__dirname, '..', '..', '..', 'miniprogram');
const SKIP = new Set(['miniprogram_npm', 'vendor']);
const EXAMPLE = { zh: /例如|如 /, en: /e\.g\./ };

function templates(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return SKIP.has(e.name) ? [] : templates(full);
    return e.name.endsWith('.wxml') ? [full] : [];
  });
}

interface InputTag {
  file: string;
  id: string;
  placeholder: string | null;
}

export function inputTags(file: string, wxml: string): InputTag[] {
  const out: InputTag[] = [];
  for (const m of wxml.matchAll(/<(van-field|input|textarea)\b([^>]*?)\/?>/g)) {
    const id = /\bid="([^"]*)"/.exec(m[2]);
    const placeholder = /\bplaceholder="([^"]*)"/.exec(m[2]);
    out.push({ file, id: id ? id[1] : '?', placeholder: placeholder ? placeholder[1] : null });
  }
  return out;
}

/** The page's text table: the `*_STRINGS` export of the strings.ts beside the template. */
function tableFor(file: string): Record<string, I18nText> | undefined {
  const strings = path.join(path.dirname(file), 'strings.ts');
  if (!fs.existsSync(strings)) return undefined;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(strings) as Record<string, unknown>;
  const key = Object.keys(mod).find((k) => k.endsWith('_STRINGS'));
  return key ? (mod[key] as Record<string, I18nText>) : undefined;
}

const TAGS = templates(MP).flatMap((f) => inputTags(path.relative(MP, f), fs.readFileSync(f, 'utf8')));

describe('every input has a placeholder with an example', () => {
  it('finds the console forms', () => {
    expect(TAGS.length).toBeGreaterThan(25);
  });

  it('no input lacks a placeholder', () => {
    const missing = TAGS.filter((t) => !t.placeholder).map((t) => `${t.file} #${t.id}`);
    expect(missing).toEqual([]);
  });

  it('a placeholder from the text table exists in both languages and shows an example', () => {
    const problems: string[] = [];
    for (const tag of TAGS) {
      const keys = [...(tag.placeholder ?? '').matchAll(/\{\{\s*s\.(\w+)\s*\}\}/g)].map((m) => m[1]);
      for (const key of keys) {
        const table = tableFor(path.join(MP, tag.file));
        const text = table ? table[key] : undefined;
        if (!text) problems.push(`${tag.file} #${tag.id}: s.${key} is not in the table`);
        else if (!EXAMPLE.zh.test(text.zh) || !EXAMPLE.en.test(text.en))
          problems.push(`${tag.file} #${tag.id}: s.${key} gives no example`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('fails on an input without one', () => {
    const tags = inputTags('x.wxml', '<van-field id="a" label="{{s.a}}" />\n<input id="b" placeholder="{{s.b}}" />');
    expect(tags.filter((t) => !t.placeholder).map((t) => t.id)).toEqual(['a']);
  });
});
