import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { compileApp, appToScript, listPages, unescapeJs } from '../../tools/web/index';
import { compileWxml, emptyProjectFiles } from '../../tools/web/compile';
import { FIXTURE, copyFixture } from './helpers';

// The Node side of the preview: the mini program compiled with the real wcc and wcsc, and TypeScript with esbuild.

type Gwx = (file: string) => ((data: Record<string, unknown>) => { tag: string; children: unknown[] }) | undefined;

describe('compileApp', () => {
  const app = compileApp(FIXTURE);

  it('lists every page of app.json, main package first, then subpackages, with their tab status', () => {
    expect(listPages(app.appJson)).toEqual([
      { route: 'pages/home/index', subpackage: null, tab: true },
      { route: 'pages/other/index', subpackage: null, tab: true },
      { route: 'sub/detail/index', subpackage: 'sub', tab: false },
    ]);
  });

  it('transpiles TypeScript to CommonJS without type syntax, keeps JavaScript, keyed by path with extension', () => {
    expect(Object.keys(app.scripts).sort()).toEqual([
      'app.ts',
      'components/card/index.ts',
      'pages/home/index.js',
      'pages/other/index.ts',
      'sub/detail/index.js',
    ]);
    const card = app.scripts['components/card/index.ts'];
    expect(card).toContain('properties: { title: { type: String, value: "" } }');
    expect(card).toContain('sourceMappingURL=data:application/json;base64,');
    expect(app.scripts['pages/home/index.js']).toBe(fs.readFileSync(path.join(FIXTURE, 'pages/home/index.js'), 'utf8'));
    // Every module is valid JavaScript for the loader's new Function(...).
    for (const code of Object.values(app.scripts)) expect(() => new Function('require', 'module', code)).not.toThrow();
  });

  it('ships the text of every JSON file and theme.json parsed', () => {
    expect(JSON.parse(app.json['pages/home/index.json'])).toEqual({ navigationBarTitleText: '首页 Home' });
    expect(app.theme?.dark.navBg).toBe('#191919');
  });

  it('compiles WXML with wcc into $gwx, one generator per template', () => {
    const g = globalThis as unknown as { window?: Record<string, unknown> };
    const hadWindow = 'window' in g;
    g.window = { __webview_engine_version__: 0.02 };
    try {
      const gwx = new Function(app.wxml)() as Gwx;
      const home = gwx('pages/home/index.wxml');
      expect(typeof home).toBe('function');
      const tree = home?.({ name: '小明', on: true, answer: 'yes' });
      expect(tree?.tag).toBe('wx-page');
      expect(JSON.stringify(tree)).toContain('你好，小明');
      expect(gwx('pages/missing/index.wxml')).toBeUndefined();
    } finally {
      if (!hadWindow) delete g.window;
    }
  });

  it('compiles WXSS with wcsc: rpx kept for the runtime, class prefix slots, :host as [is=path], app.wxss', () => {
    expect(app.wxss).toContain('"./pages/home/index.wxss": setCssToHead(');
    expect(app.wxss).toContain('"./components/card/index.wxss": setCssToHead(');
    // [0,100] is 100rpx, converted at run time; [1] is where the class prefix goes.
    expect(app.wxss).toMatch(/\[1\],"box \{ height: ",\[0,100\]/);
    expect(unescapeJs(app.wxss)).toContain('[is="components/card/index"]{display: block;');
    expect(app.wxss).toContain('__COMMON_STYLESHEETS__');
  });

  it('lists images as assets', () => {
    expect(app.assets).toEqual(['images/dot.png']);
  });

  it('serialises to one script that defines window.__RL_APP__ and cannot break out of a <script> element', () => {
    const script = appToScript({ ...app, json: { ...app.json, 'x.json': '{"a":"</script><b>"}' } });
    expect(script).not.toMatch(/<\/script/i);
    const win: Record<string, unknown> = {};
    new Function('window', script)(win);
    const shipped = win.__RL_APP__ as { json: Record<string, string>; wxml: unknown; wxss: unknown };
    expect(shipped.json['x.json']).toBe('{"a":"</script><b>"}');
    expect(typeof shipped.wxml).toBe('function');
    expect(typeof shipped.wxss).toBe('function');
  });

  it('fails with the file and line when a template does not compile', () => {
    const dir = copyFixture();
    try {
      fs.writeFileSync(path.join(dir, 'pages/other/index.wxml'), '<view>\n  <text>unclosed\n</view>\n');
      expect(() => compileApp(dir)).toThrow(/pages\/other\/index\.wxml/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('unescapeJs', () => {
  it('decodes the escapes wcsc writes', () => {
    expect(unescapeJs('a\\x3db\\n\\"c\\" \\u4e2d \\\\')).toBe('a=b\n"c" 中 \\');
  });
});

describe('large and foreign projects (issue 16)', () => {
  it('compiles templates whose component list is larger than one command-line argument may be (E2BIG)', () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'preview-big-'));
    try {
      // 600 pages each using 40 components with long names: the -cc argument is over 128 KB, Linux's limit.
      const using: Record<string, string> = {};
      for (let i = 0; i < 40; i += 1) using[`component-with-a-rather-long-name-${i}`] = '/c/index';
      fs.mkdirSync(path.join(root, 'c'));
      fs.writeFileSync(path.join(root, 'c/index.wxml'), '<view>c</view>');
      fs.writeFileSync(path.join(root, 'c/index.json'), '{ "component": true }');
      const wxml = ['c/index.wxml'];
      for (let i = 0; i < 600; i += 1) {
        fs.mkdirSync(path.join(root, `p${i}`));
        fs.writeFileSync(path.join(root, `p${i}/index.wxml`), '<component-with-a-rather-long-name-0 />');
        fs.writeFileSync(path.join(root, `p${i}/index.json`), JSON.stringify({ usingComponents: using }));
        wxml.push(`p${i}/index.wxml`);
      }
      const code = compileWxml(root, { ...emptyProjectFiles(), wxml });
      const gwx = new Function('window', `${code}`)({}) as Gwx;
      expect(typeof gwx('p599/index.wxml')).toBe('function');
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it('compiles a .js file written as an ES module to CommonJS, as DevTools does', () => {
    const root = copyFixture();
    fs.writeFileSync(path.join(root, 'esm.js'), "import { a } from './dep';\nexport default a;\n");
    const app = compileApp(root);
    expect(app.scripts['esm.js']).toContain('require("./dep")');
    expect(app.scripts['pages/home/index.js']).toBe(fs.readFileSync(path.join(root, 'pages/home/index.js'), 'utf8'));
  });
});
