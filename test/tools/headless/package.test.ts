import { spawnSync } from 'child_process';
import * as fs from 'fs';
import { builtinModules } from 'module';
import * as os from 'os';
import * as path from 'path';

// tools/headless is shaped as a package of its own: nothing in it reaches outside its folder, every package it
// requires is in its package.json, and its .d.ts files are generated from the checked JSDoc (not written by hand).
const DIR = path.resolve(__dirname, '../../../tools/headless');
const ROOT = path.resolve(DIR, '../..');
const pkg = JSON.parse(fs.readFileSync(path.join(DIR, 'package.json'), 'utf8')) as {
  main: string;
  types: string;
  bin: Record<string, string>;
  dependencies: Record<string, string>;
  peerDependencies: Record<string, string>;
  files: string[];
};
/** Files the package leaves out (`"!name"` in its `files`): scripts for this repository, e.g. bench.js, wx-names.js. */
const LEFT_OUT = new Set(pkg.files.filter((f) => f.startsWith('!')).map((f) => path.join(DIR, f.slice(1))));

/** The package's own source files (not those its `files` leaves out). */
function sources(dir = DIR): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'types' || e.name === 'node_modules' ? [] : sources(full);
    return e.name.endsWith('.js') && !LEFT_OUT.has(full) ? [full] : [];
  });
}

describe('tools/headless as a package', () => {
  it('requires nothing outside its folder and declares every package it requires', () => {
    const files = sources();
    expect(files.length).toBeGreaterThan(20);
    const outside: string[] = [];
    const packages = new Set<string>();
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      for (const m of text.matchAll(
        /require\('([^']+)'\)|resolveVia\('([^']+)', '[^']+'\)|resolve\('([^'./][^']*)'|createRequire\([^)]*\)\('([^']+)'\)/g,
      )) {
        const spec = m[1] || m[2] || m[3] || m[4];
        if (spec.startsWith('.')) {
          const target = path.resolve(path.dirname(file), spec);
          if (!target.startsWith(DIR + path.sep)) outside.push(`${path.relative(DIR, file)} → ${spec}`);
        } else {
          const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
          if (!builtinModules.includes(name.replace(/^node:/, ''))) packages.add(name);
        }
      }
    }
    expect(outside).toEqual([]);
    const declared = new Set([...Object.keys(pkg.dependencies), ...Object.keys(pkg.peerDependencies)]);
    expect([...packages].filter((name) => !declared.has(name))).toEqual([]);
    // Its dependencies are the versions this repository installs and tests.
    const rootPkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    for (const [name, range] of Object.entries(pkg.dependencies)) {
      expect([name, { ...rootPkg.dependencies, ...rootPkg.devDependencies }[name]]).toEqual([name, range]);
    }
    expect(fs.existsSync(path.join(DIR, pkg.main))).toBe(true);
    for (const bin of Object.values(pkg.bin)) expect(fs.readFileSync(path.join(DIR, bin), 'utf8')).toMatch(/^#!/);
    expect(fs.readFileSync(path.join(DIR, 'README.md'), 'utf8')).toContain('Security model');
  });

  it('generates its .d.ts files from the JSDoc, and a TypeScript caller type-checks against them', () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'headless-types-'));
    const tsc = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    const gen = spawnSync(
      process.execPath,
      [tsc, '-p', path.join(DIR, 'tsconfig.types.json'), '--outDir', out, '--pretty', 'false'],
      { encoding: 'utf8' },
    );
    expect(gen.stdout + gen.stderr).toBe('');
    expect(pkg.types).toBe('types/index.d.ts');
    const index = fs.readFileSync(path.join(out, 'index.d.ts'), 'utf8');
    expect(index).toContain('startServer');
    expect(index).toContain('HeadlessServer');

    // A caller of the published package: right use compiles, a wrong option type is an error.
    fs.writeFileSync(
      path.join(out, 'caller.ts'),
      [
        "import { startServer } from './index';",
        "import type { HeadlessServer } from './index';",
        'export async function ok(): Promise<string> {',
        "  const s: HeadlessServer = await startServer({ port: 0, token: 'x', limits: { stallMs: 1000 } });",
        '  await s.close();',
        '  return s.wsEndpoint;',
        '}',
        'export async function bad(): Promise<void> {',
        "  await startServer({ port: '9420' });",
        '}',
        '',
      ].join('\n'),
    );
    const use = spawnSync(
      process.execPath,
      [
        tsc,
        '--noEmit',
        '--strict',
        '--skipLibCheck',
        '--types',
        'node',
        '--typeRoots',
        path.join(ROOT, 'node_modules', '@types'),
        '--pretty',
        'false',
        path.join(out, 'caller.ts'),
      ],
      { encoding: 'utf8' },
    );
    const errors = use.stdout.split('\n').filter((l) => l.includes('error TS'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/caller\.ts\(9,.*TS2322/);
  }, 60000);
});
