import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

interface CheckErrorShape extends Error {
  file: string;
  line: number;
}
// The checker is plain Node JS (tools/); its surface is typed here.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const check = require('../../tools/check/index.js') as {
  CheckError: new (...args: never[]) => CheckErrorShape;
  compileWxml: (projectRoot: string, mpRoot: string) => { files: number };
  compileWxss: (projectRoot: string, mpRoot: string) => { files: number };
  checkAppJson: (projectRoot: string, mpRoot: string) => { pages: number; tabs: number; components: number };
  checkSizes: (sizes: { main: number; subSizes: Record<string, number> }) => void;
};

/** A tiny project on disk: { 'miniprogram/app.json': '...', ... }. */
function fixture(files: Record<string, string>): { root: string; mp: string } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'reglab-check-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), text);
  }
  return { root, mp: path.join(root, 'miniprogram') };
}

const goodPage = {
  'miniprogram/app.json': JSON.stringify({ pages: ['pages/home/index'] }, null, 2),
  'miniprogram/pages/home/index.json': JSON.stringify({ usingComponents: { card: '/components/card/index' } }, null, 2),
  'miniprogram/pages/home/index.wxml': '<view class="a"><card title="{{title}}" /></view>\n',
  'miniprogram/pages/home/index.wxss': '.a { color: #333; padding: 20rpx; }\n',
  'miniprogram/pages/home/index.ts': 'Component({});\n',
  'miniprogram/components/card/index.json': '{ "component": true }\n',
  'miniprogram/components/card/index.wxml': '<view>{{title}}</view>\n',
  'miniprogram/components/card/index.ts': 'Component({ properties: { title: String } });\n',
};

/** Runs fn and returns the CheckError it throws (failing the test if it does not throw one). */
function failureOf(fn: () => unknown): CheckErrorShape {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(check.CheckError);
    return err as CheckErrorShape;
  }
  throw new Error('expected the check to fail');
}

describe('npm run check: the checks pass on a valid project', () => {
  it('compiles templates and styles with wcc/wcsc and resolves components', () => {
    const { root, mp } = fixture(goodPage);
    expect(check.compileWxml(root, mp).files).toBe(2);
    expect(check.compileWxss(root, mp).files).toBe(1);
    expect(check.checkAppJson(root, mp)).toMatchObject({ pages: 1, components: 1 });
  });
});

describe('npm run check: the checks fail and name the file', () => {
  it('a broken WXML template fails wcc with its file and line', () => {
    const { root, mp } = fixture({
      ...goodPage,
      'miniprogram/pages/home/index.wxml': '<view>\n  <text>{{title}</text>\n</vie>\n',
    });
    const err = failureOf(() => check.compileWxml(root, mp));
    expect(err.file).toBe(path.join('miniprogram', 'pages', 'home', 'index.wxml'));
    expect(err.line).toBeGreaterThan(1);
    expect(err.message).toMatch(/^miniprogram\/pages\/home\/index\.wxml:\d+: wcc: /);
  });

  it('a broken WXSS style sheet fails wcsc with its file and line', () => {
    const { root, mp } = fixture({
      ...goodPage,
      'miniprogram/pages/home/index.wxss': '.a { color: red;\n  .b { }\n',
    });
    const err = failureOf(() => check.compileWxss(root, mp));
    expect(err.file).toBe(path.join('miniprogram', 'pages', 'home', 'index.wxss'));
    expect(err.line).toBe(2);
    expect(err.message).toContain('wcsc:');
  });

  it('a dangling usingComponents path fails with the JSON file and the line of the entry', () => {
    const json = JSON.stringify(
      { usingComponents: { card: '/components/card/index', gone: '../../components/missing/index' } },
      null,
      2,
    );
    const { root, mp } = fixture({ ...goodPage, 'miniprogram/pages/home/index.json': json });
    const err = failureOf(() => check.checkAppJson(root, mp));
    expect(err.file).toBe(path.join('miniprogram', 'pages', 'home', 'index.json'));
    expect(err.line).toBe(4);
    expect(err.message).toContain('"gone": "../../components/missing/index" does not resolve');
  });

  it('an npm component that packNpm did not build is reported with the hint to run npm install', () => {
    const json = JSON.stringify({ usingComponents: { 'van-button': '@vant/weapp/button/index' } }, null, 2);
    const { root, mp } = fixture({ ...goodPage, 'miniprogram/pages/home/index.json': json });
    const err = failureOf(() => check.checkAppJson(root, mp));
    expect(err.message).toContain('miniprogram_npm');
  });

  it('a page listed in app.json without its files, and a tab bar page outside the main package, are named', () => {
    const app = { pages: ['pages/home/index', 'pages/ghost/index'] };
    const { root, mp } = fixture({ ...goodPage, 'miniprogram/app.json': JSON.stringify(app, null, 2) });
    const err = failureOf(() => check.checkAppJson(root, mp));
    expect(err.file).toBe(path.join('miniprogram', 'app.json'));
    expect(err.message).toContain('page "pages/ghost/index"');

    const tabs = { pages: ['pages/home/index'], tabBar: { list: [{ pagePath: 'pages/other/index', text: 'x' }] } };
    const second = fixture({ ...goodPage, 'miniprogram/app.json': JSON.stringify(tabs, null, 2) });
    expect(failureOf(() => check.checkAppJson(second.root, second.mp)).message).toContain(
      'tab bar page "pages/other/index"',
    );
  });

  it('invalid JSON is reported with its line', () => {
    const { root, mp } = fixture({
      ...goodPage,
      'miniprogram/pages/home/index.json': '{\n  "usingComponents": {\n    "card": }\n}\n',
    });
    const err = failureOf(() => check.checkAppJson(root, mp));
    expect(err.file).toBe(path.join('miniprogram', 'pages', 'home', 'index.json'));
    expect(err.line).toBe(3);
  });
});

describe('npm run check: TypeScript', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { checkTypeScript, describeStrictness } = require('../../tools/check/typescript.js') as {
    checkTypeScript: (
      root: string,
      configs: string[],
    ) => { projects: number; settings: { config: string; strictness: string }[] };
    describeStrictness: (options: Record<string, unknown>) => string;
  };

  it('says how strict each project really is, not just that it passed', () => {
    expect(describeStrictness({ strict: true })).toBe('strict');
    expect(describeStrictness({ strict: true, noImplicitAny: false })).toBe('strict except noImplicitAny');
    expect(describeStrictness({ strict: true, noImplicitAny: true, strictNullChecks: false })).toBe(
      'strict except strictNullChecks',
    );
    expect(describeStrictness({})).toBe('not strict');
    expect(describeStrictness({ strictNullChecks: true })).toBe('not strict (strictNullChecks on)');
    expect(describeStrictness({ strict: true, allowJs: true, checkJs: true })).toBe('strict, JavaScript checked');
  });

  it('reads the settings as tsc resolves them (through extends) and reports them per project', () => {
    const { root } = fixture({
      'base.json': JSON.stringify({ compilerOptions: { strict: true, noEmit: true, types: [] } }),
      'a/tsconfig.json': JSON.stringify({ extends: '../base.json', include: ['./*.ts'] }),
      'a/x.ts': 'export const n = 1;\n',
      'b/tsconfig.json': JSON.stringify({
        extends: '../base.json',
        compilerOptions: { noImplicitAny: false, allowJs: true, checkJs: true },
        include: ['./*.js'],
      }),
      'b/y.js': 'module.exports = function (v) { return v; };\n',
    });
    fs.symlinkSync(path.resolve(__dirname, '..', '..', 'node_modules'), path.join(root, 'node_modules'));
    expect(checkTypeScript(root, ['a/tsconfig.json', 'b/tsconfig.json'])).toEqual({
      projects: 2,
      settings: [
        { config: 'a/tsconfig.json', strictness: 'strict' },
        { config: 'b/tsconfig.json', strictness: 'strict except noImplicitAny, JavaScript checked' },
      ],
    });
  });

  it('fails on a type error with the file (from a tsconfig in a subfolder) and line', () => {
    const { root } = fixture({
      'sub/tsconfig.json': JSON.stringify({
        compilerOptions: { strict: true, noEmit: true, types: [] },
        include: ['./**/*.ts'],
      }),
      'sub/src/a.ts': 'export const n: number = 1;\nexport const s: string = n;\n',
    });
    // The fixture has no node_modules: point the checker at this project's TypeScript.
    fs.symlinkSync(path.resolve(__dirname, '..', '..', 'node_modules'), path.join(root, 'node_modules'));
    const err = failureOf(() => checkTypeScript(root, ['sub/tsconfig.json']));
    expect(err.file).toBe(path.join('sub', 'src', 'a.ts'));
    expect(err.line).toBe(2);
    expect(err.message).toContain('TS2322');
  });
});

describe('package size budgets', () => {
  const KB = 1024;
  it('passes a main package of 400 KB and a subpackage of 1 MB', () => {
    expect(() => check.checkSizes({ main: 400 * KB, subSizes: { 'console/': 1024 * KB } })).not.toThrow();
  });

  it('fails a main package over 400 KB, naming app.json and the size', () => {
    const err = failureOf(() => check.checkSizes({ main: 400 * KB + 1, subSizes: {} }));
    expect(err.file).toBe('miniprogram/app.json');
    expect(err.message).toContain('main package is 400.0 KB, over our 400.0 KB budget');
  });

  it('fails a subpackage over 1 MB, naming its root', () => {
    const err = failureOf(() => check.checkSizes({ main: 10 * KB, subSizes: { 'console/': 1025 * KB } }));
    expect(err.file).toBe('miniprogram/console/');
    expect(err.message).toContain('subpackage console/ is 1025.0 KB, over our 1024.0 KB budget');
  });
});
