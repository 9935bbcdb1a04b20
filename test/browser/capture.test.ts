import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import automator from 'miniprogram-automator';
import { captureScreenshot, closeCapture, takeScreenshots, endpointScreenshot } from '../../tools/web/index';
import { startServer } from '../../tools/headless/index';
import { FIXTURE, pngSize } from './helpers';

// Real pixels: App.captureScreenshot for the headless endpoint, and npm run screenshots.

afterAll(async () => {
  await closeCapture();
});

describe('captureScreenshot', () => {
  it('returns the phone screen as a base64 PNG at 2x (750 × 1624)', async () => {
    const base64 = await captureScreenshot({ root: FIXTURE, stack: [{ route: 'pages/home/index' }] });
    const png = Buffer.from(base64, 'base64');
    expect(pngSize(png)).toEqual({ width: 750, height: 1624 });
  });

  it('replays the state it is given: another page, its data, the theme', async () => {
    const light = await captureScreenshot({ root: FIXTURE, stack: [{ route: 'pages/home/index' }] });
    const typed = await captureScreenshot({
      root: FIXTURE,
      stack: [{ route: 'pages/home/index' }],
      pageData: { name: '小明', on: true, answer: 'yes' },
    });
    const dark = await captureScreenshot({ root: FIXTURE, stack: [{ route: 'pages/home/index' }], theme: 'dark' });
    const detail = await captureScreenshot({
      root: FIXTURE,
      stack: [{ route: 'pages/home/index' }, { route: 'sub/detail/index', query: { id: '7' } }],
    });
    const again = await captureScreenshot({ root: FIXTURE, stack: [{ route: 'pages/home/index' }] });
    // Same state, same pixels; any difference in state, different pixels.
    expect(again).toBe(light);
    expect(new Set([light, typed, dark, detail]).size).toBe(4);
  });

  it('rejects an empty stack', async () => {
    await expect(captureScreenshot({ root: FIXTURE, stack: [] })).rejects.toThrow('state.stack');
  });

  it('names what is missing when Chromium is not installed', async () => {
    await closeCapture();
    const saved = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = '/nonexistent/chromium';
    try {
      await expect(captureScreenshot({ root: FIXTURE, stack: [{ route: 'pages/home/index' }] })).rejects.toThrow(
        'Chromium not found at /nonexistent/chromium: apt-get install -y chromium fonts-noto-cjk fonts-noto-color-emoji',
      );
    } finally {
      if (saved === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = saved;
    }
  });
});

describe('App.captureScreenshot through the headless endpoint and the official automator client', () => {
  it('returns real pixels of the page the automator is on (the preview plugged in, as npm run devtools:headless starts it)', async () => {
    const server = await startServer({ port: 0, quiet: true, screenshot: endpointScreenshot() });
    const mp = await automator.connect({ wsEndpoint: server.wsEndpoint });
    const shot = async () => {
      const data = await mp.screenshot();
      if (typeof data !== 'string') throw new Error('App.captureScreenshot answered no data');
      return Buffer.from(data, 'base64');
    };
    try {
      const first = await shot();
      expect(pngSize(first)).toEqual({ width: 750, height: 1624 });
      await mp.callWxMethod('switchTab', { url: '/pages/me/index' });
      const me = await shot();
      expect(pngSize(me)).toEqual({ width: 750, height: 1624 });
      expect(me.equals(first)).toBe(false);
    } finally {
      mp.disconnect();
      await server.close();
    }
  });
});

describe('takeScreenshots', () => {
  it('writes every page of app.json in light and dark, and removes screenshots of pages that are gone', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'rlw-shots-'));
    try {
      fs.writeFileSync(path.join(out, 'removed-page-light.png'), 'stale');
      fs.writeFileSync(path.join(out, 'notes.txt'), 'kept');
      const results = await takeScreenshots({ root: FIXTURE, out });
      expect(results.map((r) => r.problems)).toEqual(results.map(() => []));
      expect(fs.readdirSync(out).sort()).toEqual([
        'home-dark.png',
        'home-light.png',
        'notes.txt',
        'other-dark.png',
        'other-light.png',
        'sub-detail-dark.png',
        'sub-detail-light.png',
      ]);
      const light = fs.readFileSync(path.join(out, 'home-light.png'));
      const dark = fs.readFileSync(path.join(out, 'home-dark.png'));
      expect(pngSize(light)).toEqual({ width: 750, height: 1624 });
      expect(light.equals(dark)).toBe(false);
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });
});
