import * as fs from 'fs';
import * as path from 'path';

// The layers of design.md, enforced: core/ and the console engine are pure; only services/ folders call wx; pages
// and components reach the engine only through its facade; the main package never requires subpackage code
// (WeChat cannot load it: a subpackage is downloaded only when one of its pages opens).
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

const ENGINE = 'console/engine';
const FACADE = path.join(MP, ENGINE, 'index');
const rel = (file: string) => path.relative(MP, file);

/** The subpackage roots of app.json. */
const SUBPACKAGES: string[] = (
  JSON.parse(fs.readFileSync(path.join(MP, 'app.json'), 'utf8')) as { subpackages: { root: string }[] }
).subpackages.map((p) => p.root.replace(/\/$/, ''));

/** Is a file in one of the services/ folders (the main package's, or a subpackage's)? */
const isService = (file: string) => rel(file).split(path.sep).includes('services');

describe('layers', () => {
  const all = tsFiles(MP);

  it('finds the code it checks', () => {
    expect(all.filter((f) => inside(f, 'core')).length).toBeGreaterThan(15);
    expect(all.filter((f) => inside(f, ENGINE)).length).toBeGreaterThan(40);
    expect(all.filter((f) => inside(f, 'pages', 'console')).length).toBeGreaterThan(15);
    expect(SUBPACKAGES).toContain('console');
  });

  it('core/ is pure: it imports only core/, content/ and vendored libraries, and never touches wx', () => {
    for (const file of all.filter((f) => inside(f, 'core'))) {
      for (const target of imports(file)) {
        expect({ file: rel(file), target: rel(target), ok: inside(target, 'core', 'content', 'vendor') }).toMatchObject(
          {
            ok: true,
          },
        );
      }
      expect({ file: rel(file), usesWx: /\bwx\s*\./.test(code(file)) }).toEqual({ file: rel(file), usesWx: false });
    }
  });

  it('the console engine is pure: it imports only itself, core/ and content/, and never touches wx', () => {
    for (const file of all.filter((f) => inside(f, ENGINE))) {
      for (const target of imports(file)) {
        expect({ file: rel(file), target: rel(target), ok: inside(target, ENGINE, 'core', 'content') }).toMatchObject({
          ok: true,
        });
      }
      expect({ file: rel(file), usesWx: /\bwx\s*\./.test(code(file)) }).toEqual({ file: rel(file), usesWx: false });
    }
  });

  it('only services/ folders call wx: pages, console pages, behaviors and components go through services', () => {
    for (const file of all.filter((f) => !isService(f) && !f.endsWith(`${path.sep}app.ts`))) {
      expect({ file: rel(file), usesWx: /\bwx\s*\./.test(code(file)) }).toEqual({ file: rel(file), usesWx: false });
    }
  });

  it('outside the engine, code imports the engine only through its facade (console/engine/index.ts)', () => {
    for (const file of all.filter((f) => !inside(f, ENGINE))) {
      for (const target of imports(file).filter((t) => inside(t, ENGINE))) {
        expect({ file: rel(file), target: rel(target).replace(/\.ts$/, '') }).toEqual({
          file: rel(file),
          target: rel(FACADE),
        });
      }
    }
  });

  it('main-package code never imports subpackage code', () => {
    const main = all.filter((f) => !inside(f, ...SUBPACKAGES));
    expect(main.length).toBeGreaterThan(20);
    for (const file of main) {
      for (const target of imports(file)) {
        expect({ file: rel(file), target: rel(target), ok: !inside(target, ...SUBPACKAGES) }).toMatchObject({
          ok: true,
        });
      }
    }
  });

  it('content/ is data: it imports nothing but core types and other content', () => {
    for (const file of all.filter((f) => inside(f, 'content'))) {
      for (const target of imports(file)) {
        expect({ file: rel(file), ok: inside(target, 'core', 'content') }).toMatchObject({ ok: true });
      }
    }
  });
});
