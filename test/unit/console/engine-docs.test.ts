import * as fs from 'fs';
import * as path from 'path';
import { PROJECT_ROOT } from '../../helpers/paths';

/*
 * docs/console-engine.md tells the truth about the engine's layout: its module table names every file of
 * miniprogram/console/engine and no file that is not there. A row names `area/file.ts` first, then more files of the
 * same folder by name (`errors.ts`).
 */
const ENGINE = path.join(PROJECT_ROOT, 'miniprogram', 'console', 'engine');
const DOC = fs.readFileSync(path.join(PROJECT_ROOT, 'docs', 'console-engine.md'), 'utf8');

function engineFiles(dir: string, prefix = ''): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.isDirectory()) return engineFiles(path.join(dir, e.name), `${prefix}${e.name}/`);
    return e.name.endsWith('.ts') ? [`${prefix}${e.name}`] : [];
  });
}

/** The files a module table names: each row's first cell, the later names taken in the first one's folder. */
export function tableFiles(markdown: string): string[] {
  const section = markdown.slice(
    markdown.indexOf('## Modules'),
    markdown.indexOf('\n## ', markdown.indexOf('## Modules') + 1),
  );
  const rows = section.split('\n').filter((line) => /^\| `/.test(line));
  return rows.flatMap((row) => {
    const names = [...row.split('|')[1].matchAll(/`([\w./-]+\.ts)`/g)].map((m) => m[1]);
    const folder = names[0].includes('/') ? names[0].slice(0, names[0].lastIndexOf('/') + 1) : '';
    return names.map((name, i) => (i === 0 ? name : `${folder}${name}`));
  });
}

describe('docs/console-engine.md module table', () => {
  it('names every file of the engine, once, and nothing else', () => {
    const named = tableFiles(DOC);
    expect(named.length).toBeGreaterThan(60);
    expect(named.length).toBe(new Set(named).size);
    expect([...named].sort()).toEqual(engineFiles(ENGINE).sort());
  });

  it('reads a row as files of its first file’s folder', () => {
    const doc =
      '## Modules\n\n| Path | What |\n| --- | --- |\n| `a/x.ts`, `y.ts` | … |\n| `index.ts` | … |\n\n## Next\n';
    expect(tableFiles(doc)).toEqual(['a/x.ts', 'a/y.ts', 'index.ts']);
  });
});
