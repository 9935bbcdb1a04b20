import * as fs from 'fs';
import * as path from 'path';

// The layers of design.md, enforced: core is pure; only services call wx; pages reach storage only through services.
const MP = path.resolve(__dirname, '..', '..', '..', 'miniprogram');

function tsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'miniprogram_npm' || e.name === 'vendor' ? [] : tsFiles(full);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** Code without comments and string contents, so a mention of `wx.` in prose does not count. */
function code(file: string): string {
  return fs
    .readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:])\/\/.*$/gm, '$1')
    .replace(/'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g, "''");
}

/** Absolute paths of a file's relative imports. */
function imports(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from|require\()\s*'(\.[^']+)'/g)].map((m) => path.resolve(path.dirname(file), m[1]));
}

const inside = (file: string, ...dirs: string[]) => dirs.some((d) => file.startsWith(path.join(MP, d) + path.sep));

describe('layers', () => {
  const all = tsFiles(MP);

  it('finds the code it checks', () => {
    expect(all.filter((f) => inside(f, 'core')).length).toBeGreaterThan(40);
    expect(all.filter((f) => inside(f, 'pages', 'console')).length).toBeGreaterThan(15);
  });

  it('core/ is pure: it imports only core/, content/ and vendored libraries, and never touches wx', () => {
    for (const file of all.filter((f) => inside(f, 'core'))) {
      for (const target of imports(file)) {
        expect({
          file: path.relative(MP, file),
          target: path.relative(MP, target),
          ok: inside(target, 'core', 'content', 'vendor'),
        }).toMatchObject({ ok: true });
      }
      expect({ file: path.relative(MP, file), usesWx: /\bwx\s*\./.test(code(file)) }).toEqual({
        file: path.relative(MP, file),
        usesWx: false,
      });
    }
  });

  it('only services/ call wx: pages, console pages, behaviors and components go through services', () => {
    for (const file of all.filter((f) => !inside(f, 'services') && !f.endsWith(`${path.sep}app.ts`))) {
      expect({ file: path.relative(MP, file), usesWx: /\bwx\s*\./.test(code(file)) }).toEqual({
        file: path.relative(MP, file),
        usesWx: false,
      });
    }
  });

  it('content/ is data: it imports nothing but core types and other content', () => {
    for (const file of all.filter((f) => inside(f, 'content'))) {
      for (const target of imports(file)) {
        expect({ file: path.relative(MP, file), ok: inside(target, 'core', 'content') }).toMatchObject({ ok: true });
      }
    }
  });
});
