import * as fs from 'fs';
import * as path from 'path';
import { startPreviewServer, parseCliArgs, DEFAULT_PORT } from '../../tools/web/index';
import type { PreviewServer } from '../../tools/web/index';
import { FIXTURE, copyFixture } from './helpers';

// `npm start`: what the server answers, without a browser.

describe('preview server', () => {
  let server: PreviewServer;
  beforeAll(async () => {
    server = await startPreviewServer({ root: FIXTURE, port: 0 });
  });
  afterAll(async () => {
    await server.close();
  });

  it('listens on localhost on the port it was given (0 = any free one)', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
    expect(server.port).toBeGreaterThan(0);
  });

  it('serves the page with a policy that keeps it off the network', async () => {
    const res = await fetch(`${server.url}/`);
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy') || '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    const html = await res.text();
    expect(html).toContain('<title>Fixture · 预览 Preview</title>');
    expect(html).toContain('<script src="/app.js"></script>');
    expect(html).toContain('<script src="/preview.js"></script>');
  });

  it('serves the compiled mini program and the runtime bundle', async () => {
    const app = await (await fetch(`${server.url}/app.js`)).text();
    expect(app.startsWith('window.__RL_APP__ = {')).toBe(true);
    expect(app).toContain('pages/home/index.js');
    const bundle = await fetch(`${server.url}/preview.js`);
    expect(bundle.headers.get('content-type')).toContain('text/javascript');
    const code = await bundle.text();
    // The runtime core of tools/headless and the real component framework are inside.
    expect(code).toContain('Component() may only be called while its component or page file is loading');
    expect(code).toContain('exparser');
    const css = await fetch(`${server.url}/preview.css`);
    expect(await css.text()).toContain('wx-button:not([size=');
  });

  it('lets the browser keep the two large scripts but revalidate them: an unchanged one answers 304 to its ETag', async () => {
    for (const name of ['/app.js', '/preview.js']) {
      const first = await fetch(`${server.url}${name}`);
      expect(first.status).toBe(200);
      expect(first.headers.get('cache-control')).toBe('no-cache');
      const etag = first.headers.get('etag') || '';
      expect(etag).toMatch(/^"[\w-]+"$/);
      await first.arrayBuffer();
      const again = await fetch(`${server.url}${name}`, { headers: { 'If-None-Match': etag } });
      expect(again.status).toBe(304);
      expect(await again.text()).toBe('');
      const other = await fetch(`${server.url}${name}`, { headers: { 'If-None-Match': '"something-else"' } });
      expect(other.status).toBe(200);
      expect((await other.text()).length).toBeGreaterThan(1000);
    }
    // The page itself is never kept.
    expect((await fetch(`${server.url}/`)).headers.get('cache-control')).toBe('no-store');
  });

  it('serves the mini program\u2019s images, and nothing outside its folder', async () => {
    const png = await fetch(`${server.url}/mp/images/dot.png`);
    expect(png.status).toBe(200);
    expect(png.headers.get('content-type')).toBe('image/png');
    expect((await fetch(`${server.url}/mp/app.json`)).status).toBe(404);
    expect((await fetch(`${server.url}/mp/..%2F..%2F..%2Fpackage.json`)).status).toBe(404);
    expect((await fetch(`${server.url}/nope`)).status).toBe(404);
    expect((await fetch(`${server.url}/`, { method: 'POST' })).status).toBe(405);
  });
});

describe('preview server on a project that changes', () => {
  it('rebuilds after an edit, and shows a build error in the page instead of failing', async () => {
    const dir = copyFixture();
    const server = await startPreviewServer({ root: dir, port: 0 });
    try {
      expect(await (await fetch(`${server.url}/app.js`)).text()).toContain('第二页 Second');
      const file = path.join(dir, 'pages/other/index.wxml');
      fs.writeFileSync(file, '<view class="shared"><view class="title">改过了 Edited</view></view>\n');
      fs.utimesSync(file, new Date(), new Date(Date.now() + 5000));
      expect(await (await fetch(`${server.url}/app.js`)).text()).toContain('改过了 Edited');
      fs.writeFileSync(file, '<view>\n  <text>unclosed\n</view>\n');
      fs.utimesSync(file, new Date(), new Date(Date.now() + 10000));
      const broken = await fetch(`${server.url}/app.js`);
      expect(broken.status).toBe(200);
      const script = await broken.text();
      expect(script.startsWith('window.__RL_BUILD_ERROR__ = "Build failed:')).toBe(true);
      expect(script).toContain('pages/other/index.wxml');
    } finally {
      await server.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('npm start options', () => {
  it('defaults to 127.0.0.1:8420', () => {
    expect(parseCliArgs([])).toEqual({ port: DEFAULT_PORT, host: '127.0.0.1', help: false });
    expect(DEFAULT_PORT).toBe(8420);
  });

  it('takes --port, --host and --root, with or without =', () => {
    expect(parseCliArgs(['--port', '0', '--host=0.0.0.0', '--root', 'x'])).toEqual({
      port: 0,
      host: '0.0.0.0',
      root: 'x',
      help: false,
    });
  });

  it('rejects a bad port and unknown options', () => {
    expect(() => parseCliArgs(['--port', '70000'])).toThrow('--port must be 0-65535');
    expect(() => parseCliArgs(['--port'])).toThrow('--port needs a value');
    expect(() => parseCliArgs(['--open'])).toThrow('unknown option --open');
  });
});
