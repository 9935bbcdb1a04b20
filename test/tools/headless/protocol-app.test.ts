import automator from 'miniprogram-automator';
import { useFixture, appLog, $, FIXTURE } from './fixture';
import { startServer } from '../../../tools/headless/index';
import { endpointScreenshot } from '../../../tools/web/index';
import type { FixtureSession } from './fixture';

// Tool.* and App.* through the unmodified official client.
let s: FixtureSession;

useFixture((session) => {
  s = session;
  s.exceptions.length = 0;
});

describe('Tool.getInfo', () => {
  it('answers an SDKVersion the client accepts (connect checks it)', async () => {
    // connect() already called Tool.getInfo via checkVersion; a second client proves it again.
    const second = await automator.connect({ wsEndpoint: s.server.wsEndpoint });
    await expect(second.checkVersion()).resolves.toBeUndefined();
    second.disconnect();
  });
});

describe('App.getCurrentPage / App.getPageStack', () => {
  it('reports the current page with its path and query', async () => {
    await s.mp.callWxMethod('navigateTo', { url: '/pages/detail/index?id=42' });
    const page = await s.mp.currentPage();
    expect(page?.path).toBe('pages/detail/index');
    expect(page?.query).toEqual({ id: '42' });
  });

  it('lists the page stack bottom first', async () => {
    await s.mp.callWxMethod('navigateTo', { url: '/pages/detail/index?id=1' });
    await s.mp.callWxMethod('navigateTo', { url: '/pages/form/index' });
    const stack = await s.mp.pageStack();
    expect(stack.map((p) => p.path)).toEqual(['pages/home/index', 'pages/detail/index', 'pages/form/index']);
  });
});

describe('App.callWxMethod', () => {
  it('calls a sync API and returns its value', async () => {
    await s.mp.callWxMethod('setStorageSync', 'k', { a: 1 });
    expect(await s.mp.callWxMethod('getStorageSync', 'k')).toEqual({ a: 1 });
    const info = (await s.mp.callWxMethod('getStorageInfoSync')) as { keys: string[] };
    expect(info.keys).toContain('k');
  });

  it('calls an async API and returns its success result', async () => {
    await s.mp.callWxMethod('setStorage', { key: 'async', data: 'v' });
    const res = (await s.mp.callWxMethod('getStorage', { key: 'async' })) as { data: string; errMsg: string };
    expect(res).toEqual({ errMsg: 'getStorage:ok', data: 'v' });
  });

  it('rejects with the errMsg when the API fails', async () => {
    await expect(s.mp.callWxMethod('getStorage', { key: 'missing' })).rejects.toThrow('getStorage:fail data not found');
    await expect(s.mp.callWxMethod('navigateTo', { url: '/pages/nope/index' })).rejects.toThrow(
      'navigateTo:fail page "pages/nope/index" is not found',
    );
  });

  it('fails, naming it, for an API the runtime does not implement', async () => {
    await expect(s.mp.callWxMethod('getLocation', {})).rejects.toThrow(
      'getLocation:fail not supported in the headless runtime',
    );
  });

  it('exposes systemInfo like the real getSystemInfoSync', async () => {
    const info = (await s.mp.systemInfo()) as { SDKVersion: string; windowWidth: number; platform: string };
    expect(info.SDKVersion).toBe('3.7.0');
    expect(info.windowWidth).toBe(375);
    expect(info.platform).toBe('devtools');
  });
});

describe('App.mockWxMethod', () => {
  afterEach(async () => {
    for (const m of ['getStorageSync', 'showModal', 'getSystemInfo', 'showToast', 'login'])
      await s.mp.restoreWxMethod(m);
  });

  it('mocks a sync API with a fixed result, and restores it', async () => {
    await s.mp.mockWxMethod('getStorageSync', 'mockValue');
    expect(await s.mp.callWxMethod('getStorageSync', 'anything')).toBe('mockValue');
    await s.mp.restoreWxMethod('getStorageSync');
    expect(await s.mp.callWxMethod('getStorageSync', 'anything')).toBe('');
  });

  it('mocks with a function that receives the call arguments and extra arguments', async () => {
    await s.mp.mockWxMethod(
      'getStorageSync',
      function (key: string, defaultValue: string) {
        return key === 'name' ? 'redhoodsu' : defaultValue;
      },
      'unknown',
    );
    expect(await s.mp.callWxMethod('getStorageSync', 'name')).toBe('redhoodsu');
    expect(await s.mp.callWxMethod('getStorageSync', 'other')).toBe('unknown');
  });

  it('lets a function mock of an async API call the original through this.origin', async () => {
    await s.mp.mockWxMethod(
      'getSystemInfo',
      function (
        this: { origin: (o: { success: (r: Record<string, unknown>) => void }) => void },
        _obj: unknown,
        platform: string,
      ) {
        return new Promise((resolve) => {
          this.origin({
            success(res) {
              res.platform = platform;
              resolve(res);
            },
          });
        });
      },
      'test',
    );
    const info = (await s.mp.callWxMethod('getSystemInfo')) as { platform: string; windowWidth: number };
    expect(info.platform).toBe('test');
    expect(info.windowWidth).toBe(375);
  });

  it('answers a page that awaits a mocked modal', async () => {
    await s.mp.mockWxMethod('showModal', { confirm: true, cancel: false });
    const page = await s.mp.currentPage();
    if (!page) throw new Error('no page');
    await (await $(page, '#ask')).tap();
    expect(await page.data('answer')).toBe('yes');
  });

  it('can stand in for an API the runtime lacks', async () => {
    await s.mp.mockWxMethod('login', { code: 'abc' });
    expect(await s.mp.callWxMethod('login', {})).toEqual({ errMsg: 'login:ok', code: 'abc' });
  });

  it('fails the call when a fixed result carries a fail errMsg', async () => {
    await s.mp.mockWxMethod('showToast', { errMsg: 'showToast:fail busy' });
    await expect(s.mp.callWxMethod('showToast', { title: 'x' })).rejects.toThrow('showToast:fail busy');
  });
});

describe('App.callFunction (evaluate)', () => {
  it('runs a function in the app with wx, getApp and getCurrentPages in scope, with arguments', async () => {
    const out = await s.mp.evaluate(
      (a: number, b: number) => ({
        sum: a + b,
        pages: getCurrentPages().length,
        hasApp: typeof getApp().globalData === 'object',
        sdk: wx.getSystemInfoSync().SDKVersion,
      }),
      2,
      3,
    );
    expect(out).toEqual({ sum: 5, pages: 1, hasApp: true, sdk: '3.7.0' });
  });

  it('awaits an async function', async () => {
    const out = await s.mp.evaluate(async () => {
      await new Promise((r) => setTimeout(r, 5));
      return 'later';
    });
    expect(out).toBe('later');
  });

  it('rejects with the thrown message', async () => {
    await expect(
      s.mp.evaluate(() => {
        throw new Error('nope from evaluate');
      }),
    ).rejects.toThrow('nope from evaluate');
  });

  it('accepts a function as a string', async () => {
    expect(await s.mp.evaluate('function () { return getCurrentPages()[0].route }')).toBe('pages/home/index');
  });
});

describe('App.captureScreenshot', () => {
  // Real pixels through Chromium are tested in test/browser/capture.test.ts; here, the answers without them.
  it('names what is missing when Chromium is not there (the preview plugged in as the renderer)', async () => {
    const server = await startServer({
      port: 0,
      quiet: true,
      project: FIXTURE,
      screenshot: endpointScreenshot(FIXTURE),
    });
    const mp = await automator.connect({ wsEndpoint: server.wsEndpoint });
    const saved = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = '/nonexistent/chromium';
    try {
      await expect(mp.screenshot()).rejects.toThrow('Chromium not found at /nonexistent/chromium: apt-get install');
    } finally {
      if (saved === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = saved;
      mp.disconnect();
      await server.close();
    }
  });

  it('answers a clear "not supported" error when the endpoint is started without a renderer', async () => {
    for (const screenshot of [undefined, null]) {
      const server = await startServer({ port: 0, quiet: true, project: FIXTURE, screenshot });
      const mp = await automator.connect({ wsEndpoint: server.wsEndpoint });
      try {
        await expect(mp.screenshot()).rejects.toThrow('App.captureScreenshot is not supported');
      } finally {
        mp.disconnect();
        await server.close();
      }
    }
  });
});

describe('console and exceptions', () => {
  it('sends App.logAdded for console calls once the client listens', async () => {
    const logs: { type: string; args: unknown[] }[] = [];
    s.mp.on('console', (msg: { type: string; args: unknown[] }) => logs.push(msg));
    await s.mp.evaluate(() => {
      console.warn('careful', { n: 1 });
    });
    expect(logs).toContainEqual({ type: 'warn', args: ['careful', { n: 1 }] });
  });

  it('sends App.exceptionThrown for an error in a tap handler and calls App.onError', async () => {
    const page = await s.mp.currentPage();
    if (!page) throw new Error('no page');
    await (await $(page, '#boom')).tap();
    expect(s.exceptions.map((e) => e.message)).toContain('boom from a tap');
    const errors = (await s.mp.evaluate(() => (getApp().globalData as { errors: string[] }).errors)) as string[];
    expect(errors.join('\n')).toContain('boom from a tap');
  });

  it('reports a rejected async handler too', async () => {
    const page = await s.mp.currentPage();
    if (!page) throw new Error('no page');
    await (await $(page, '#async-boom')).tap();
    expect(s.exceptions.map((e) => e.message)).toContain('async boom');
  });
});

describe('App.addBinding (exposeFunction)', () => {
  it('lets app code call back into the test', async () => {
    const seen: unknown[] = [];
    await s.mp.exposeFunction('onTestEvent', (...args: unknown[]) => seen.push(args));
    await s.mp.evaluate(() => {
      onTestEvent('called', 7);
    });
    await new Promise((r) => setTimeout(r, 20));
    expect(seen).toEqual([['called', 7]]);
  });

  it('observes a toast through a function mock that calls the binding and the original', async () => {
    const toasts: string[] = [];
    await s.mp.exposeFunction('recordToast', (title: string) => toasts.push(title));
    await s.mp.mockWxMethod('showToast', function (this: { origin: (o: unknown) => void }, obj: { title: string }) {
      recordToast(obj.title);
      this.origin(obj);
      return {};
    });
    const page = await s.mp.currentPage();
    if (!page) throw new Error('no page');
    await (await $(page, '#toast')).tap();
    await new Promise((r) => setTimeout(r, 20));
    expect(toasts).toEqual(['Saved']);
  });
});

describe("App.exit (the client's close())", () => {
  it('closes the app; a new connection finds it relaunched fresh, with storage kept', async () => {
    await s.mp.callWxMethod('setStorageSync', 'survives', 1);
    await s.mp.callWxMethod('navigateTo', { url: '/pages/form/index' });
    await s.mp.evaluate(() => {
      (getApp().globalData as { log: string[] }).log.push('before exit');
    });
    await s.mp.close();
    s.mp = await automator.connect({ wsEndpoint: s.server.wsEndpoint });
    const page = await s.mp.currentPage();
    expect(page?.path).toBe('pages/home/index');
    const log = await appLog(s.mp);
    expect(log).not.toContain('before exit');
    expect(log[0]).toBe('app:onLaunch:pages/home/index');
    expect(await s.mp.callWxMethod('getStorageSync', 'survives')).toBe(1);
  });
});

declare function onTestEvent(a: string, b: number): void;
declare function recordToast(title: string): void;
