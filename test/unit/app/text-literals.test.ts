import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import { CJK_DATA_FILES, KNOWN_CJK_LITERAL_FILES } from './strings-known';

/*
 * One way to show text: Chinese (and so every learner-facing text) is written only in catalogues, never as a string
 * literal in code. Which files may hold it is decided by the kind of file, not line by line: page text tables
 * (`strings.ts`), an engine area's texts and errors (`texts.ts`, `errors.ts`), data tables (`*-data.ts`, scenarios)
 * and the content (lessons, facts, sources, the question bank, the missions). Comments do not count.
 */
const MP = path.resolve(__dirname, '..', '..', '..', 'miniprogram');
const SKIP = new Set(['miniprogram_npm', 'vendor']);
/** Chinese characters (Han); a lone separator such as `、` or `（` is formatting, not a text. */
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/** Whether a file (path relative to miniprogram/, with `/`) is of a kind that holds texts or data. */
export function isCatalogue(rel: string): boolean {
  const name = rel.slice(rel.lastIndexOf('/') + 1);
  return (
    ['strings.ts', 'texts.ts', 'errors.ts', 'scenarios.ts', 'lab-scenarios.ts'].includes(name) ||
    name.endsWith('-data.ts') ||
    rel.startsWith('content/') ||
    rel.startsWith('pages/quiz/bank/') ||
    rel.startsWith('console/missions/content/')
  );
}

/** The string and template literals of a source that contain Chinese, as `line: text`. */
export function cjkLiterals(file: string, code: string): string[] {
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (
      (ts.isStringLiteral(node) ||
        ts.isNoSubstitutionTemplateLiteral(node) ||
        ts.isTemplateHead(node) ||
        ts.isTemplateMiddle(node) ||
        ts.isTemplateTail(node)) &&
      CJK.test(node.text)
    ) {
      found.push(`${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}: ${node.text}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return SKIP.has(e.name) ? [] : files(full);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** Whether a file may hold Chinese: a catalogue by its kind, or a data file listed with its reason. */
export function mayHoldChinese(rel: string): boolean {
  return isCatalogue(rel) || Object.prototype.hasOwnProperty.call(CJK_DATA_FILES, rel);
}

const CODE_FILES = files(MP)
  .map((f) => path.relative(MP, f).split(path.sep).join('/'))
  .filter((rel) => !mayHoldChinese(rel));

describe('no Chinese string literal outside the catalogues', () => {
  it('reads the code files', () => {
    expect(CODE_FILES.length).toBeGreaterThan(100);
  });

  it('holds for every code file (the known ones are listed in strings-known.ts until moved)', () => {
    const offending = CODE_FILES.filter(
      (rel) => cjkLiterals(rel, fs.readFileSync(path.join(MP, rel), 'utf8')).length > 0,
    );
    expect(offending.sort()).toEqual([...KNOWN_CJK_LITERAL_FILES].sort());
  });

  it('finds Chinese in strings and templates, not in comments', () => {
    const code = [
      '// 注释',
      '/** 说明 */',
      "const a = 'plain';",
      "const b = { zh: '保存', en: 'Save' };",
      'const c = `共 ${n} 道`;',
      'const d = `${x} · 示例`;',
    ].join('\n');
    expect(cjkLiterals('x.ts', code)).toEqual(['4: 保存', '5: 共 ', '5:  道', '6:  · 示例']);
  });

  it('tells catalogues from code by the kind of file', () => {
    expect(isCatalogue('console/engine/home/texts.ts')).toBe(true);
    expect(isCatalogue('console/engine/kernel/idcard-data.ts')).toBe(true);
    expect(isCatalogue('pages/me/strings.ts')).toBe(true);
    expect(isCatalogue('console/engine/home/view.ts')).toBe(false);
    expect(isCatalogue('pages/me/index.ts')).toBe(false);
  });

  it('lets only the listed data files hold Chinese, each with a reason, and each still holding some', () => {
    for (const [rel, reason] of Object.entries(CJK_DATA_FILES)) {
      expect(reason.length).toBeGreaterThan(20);
      expect(cjkLiterals(rel, fs.readFileSync(path.join(MP, rel), 'utf8')).length).toBeGreaterThan(0);
    }
    // A new code file, in an engine area or next to a data file, is not exempt.
    expect(mayHoldChinese('console/engine/new-area/rules.ts')).toBe(false);
    expect(mayHoldChinese('console/missions/codec-helpers.ts')).toBe(false);
    expect(mayHoldChinese('console/missions/codec-dictionary.ts')).toBe(true);
  });
});
