import { useFixture, appLog, $ } from './fixture';
import type { FixtureSession } from './fixture';
import type Page from 'miniprogram-automator/out/Page';

// The wx APIs the runtime implements, as the real ones behave; and the loud failure of those it does not.
let s: FixtureSession;
let home: Page;

useFixture((session, first) => {
  s = session;
  home = first;
});
beforeEach(async () => {
  await s.mp.callWxMethod('clearStorageSync');
});

describe('storage', () => {
  it('stores copies as JSON; a missing key reads as ""', async () => {
    const out = await s.mp.evaluate(() => {
      const value = { list: [1, 2], when: new Date(0) };
      wx.setStorageSync('v', value);
      value.list.push(3);
      const read = wx.getStorageSync('v') as { list: number[]; when: string };
      return { read, missing: wx.getStorageSync('missing') };
    });
    expect(out).toEqual({ read: { list: [1, 2], when: '1970-01-01T00:00:00.000Z' }, missing: '' });
  });

  it('refuses an item over 1 MB and a total over 10 MB, as WeChat does', async () => {
    await expect(s.mp.callWxMethod('setStorageSync', 'big', 'x'.repeat(1024 * 1024))).rejects.toThrow(
      'setStorageSync:fail exceed storage item max length',
    );
    const filled = await s.mp.evaluate(() => {
      const chunk = 'y'.repeat(1000 * 1000);
      let n = 0;
      try {
        for (; n < 20; n += 1) wx.setStorageSync(`k${n}`, chunk);
      } catch (err) {
        return { n, message: (err as Error).message };
      }
      return { n, message: '' };
    });
    expect(filled).toEqual({ n: 10, message: 'setStorageSync:fail exceed storage max size 10Mb' });
    const info = (await s.mp.callWxMethod('getStorageInfoSync')) as {
      keys: string[];
      currentSize: number;
      limitSize: number;
    };
    expect(info.keys).toHaveLength(10);
    expect(info.limitSize).toBe(10240);
    expect(info.currentSize).toBeGreaterThan(9700);
  });

  it('async storage calls back with errMsg, and fails for a missing key', async () => {
    await s.mp.callWxMethod('setStorage', { key: 'a', data: 1 });
    expect(await s.mp.callWxMethod('getStorage', { key: 'a' })).toEqual({ errMsg: 'getStorage:ok', data: 1 });
    await s.mp.callWxMethod('removeStorage', { key: 'a' });
    await expect(s.mp.callWxMethod('getStorage', { key: 'a' })).rejects.toThrow('getStorage:fail data not found');
  });

  it('a page writes storage on a tap', async () => {
    await (await $(home, '#inc')).tap();
    await (await $(home, '#save')).tap();
    expect(await s.mp.callWxMethod('getStorageSync', 'saved')).toEqual({ count: 1 });
  });
});

describe('callbacks and promises', () => {
  it('never calls back synchronously; success then complete; a Promise without callbacks', async () => {
    const out = await s.mp.evaluate(
      () =>
        new Promise((resolve) => {
          const order: string[] = [];
          wx.getStorageInfo({
            success: () => order.push('success'),
            complete: () => {
              order.push('complete');
              resolve(order);
            },
          });
          order.push('after call');
        }),
    );
    expect(out).toEqual(['after call', 'success', 'complete']);
    const viaPromise = await s.mp.evaluate(async () => (await wx.getClipboardData()).errMsg);
    expect(viaPromise).toBe('getClipboardData:ok');
  });

  it('a failing call rejects its Promise with { errMsg }', async () => {
    const out = await s.mp.evaluate(async () => {
      try {
        await wx.navigateTo({ url: '/pages/nowhere/index' });
        return 'resolved';
      } catch (err) {
        return err;
      }
    });
    expect(out).toEqual({ errMsg: 'navigateTo:fail page "pages/nowhere/index" is not found' });
  });
});

describe('interaction feedback', () => {
  it('a modal waits for an answer from native().confirmModal() / cancelModal()', async () => {
    await (await $(home, '#ask')).tap();
    expect(await home.data('answer')).toBe('');
    await s.mp.native().confirmModal();
    expect(await home.data('answer')).toBe('yes');
    await (await $(home, '#ask')).tap();
    await s.mp.native().cancelModal();
    expect(await home.data('answer')).toBe('no');
    await expect(s.mp.native().confirmModal()).rejects.toThrow('no modal is open');
  });

  it('checks showToast and showActionSheet parameters', async () => {
    await expect(s.mp.callWxMethod('showToast', {})).rejects.toThrow('showToast:fail parameter error');
    await expect(s.mp.callWxMethod('showActionSheet', { itemList: [] })).rejects.toThrow('showActionSheet:fail');
    await expect(
      s.mp.callWxMethod('showActionSheet', { itemList: ['1', '2', '3', '4', '5', '6', '7'] }),
    ).rejects.toThrow('showActionSheet:fail parameter error: itemList should not be large than 6');
  });
});

describe('device', () => {
  it('clipboard round-trips (and setClipboardData shows its toast)', async () => {
    await s.mp.callWxMethod('setClipboardData', { data: 'AppID: wx123' });
    expect(await s.mp.callWxMethod('getClipboardData')).toEqual({
      errMsg: 'getClipboardData:ok',
      data: 'AppID: wx123',
    });
  });

  it('scanCode has no camera: it fails as a cancelled scan unless a test mocks it', async () => {
    await expect(s.mp.callWxMethod('scanCode', {})).rejects.toThrow('scanCode:fail cancel');
    await s.mp.mockWxMethod('scanCode', { result: 'https://example.invalid/confirm', scanType: 'QR_CODE' });
    expect(await s.mp.callWxMethod('scanCode', {})).toMatchObject({ result: 'https://example.invalid/confirm' });
    await s.mp.restoreWxMethod('scanCode');
  });

  it('choosing an image answers as cancelled unless a test picks one with a mock', async () => {
    await expect(s.mp.callWxMethod('chooseMedia', { count: 1, mediaType: ['image'] })).rejects.toThrow(
      'chooseMedia:fail cancel',
    );
    const picked = {
      type: 'image',
      tempFiles: [{ tempFilePath: 'http://tmp/logo.png', size: 204800, fileType: 'image' }],
    };
    await s.mp.mockWxMethod('chooseMedia', picked);
    expect(await s.mp.callWxMethod('chooseMedia', { count: 1 })).toMatchObject(picked);
    await s.mp.restoreWxMethod('chooseMedia');
  });

  it('window height accounts for the tab bar on tab pages', async () => {
    const onTab = (await s.mp.callWxMethod('getWindowInfo')) as { windowHeight: number };
    await s.mp.callWxMethod('navigateTo', { url: '/pages/form/index' });
    const offTab = (await s.mp.callWxMethod('getWindowInfo')) as { windowHeight: number };
    expect(offTab.windowHeight - onTab.windowHeight).toBe(50);
  });
});

describe('APIs the runtime does not implement', () => {
  it('answer fail with a once-per-page "unsupported: wx.NAME" warning, as DevTools does without a device', async () => {
    const warnings: string[] = [];
    const listener = (e: { type: string; args: unknown[] }) => {
      if (e.type === 'warn') warnings.push(String(e.args[0]));
    };
    s.mp.on('console', listener);
    const out = await s.mp.evaluate(
      () =>
        new Promise((resolve) => {
          wx.request({ url: 'https://example.invalid', fail: (e) => resolve(e.errMsg) });
          wx.request({ url: 'https://example.invalid', fail: () => undefined });
        }),
    );
    s.mp.removeListener('console', listener);
    expect(out).toBe('request:fail not supported in the headless runtime');
    expect(warnings.filter((w) => w.startsWith('unsupported: wx.request'))).toHaveLength(1);
  });

  it('give an inert context object for create… APIs, and undefined for names WeChat does not have', async () => {
    const out = await s.mp.evaluate(() => {
      const audio = wx.createInnerAudioContext();
      audio.src = 'a.mp3';
      audio.play();
      audio.onEnded(() => undefined);
      const w = wx as unknown as Record<string, unknown>;
      return [audio.src, typeof w.noSuchApi, 'noSuchApi' in w, typeof w.getLocation, typeof wx.cloud.init];
    });
    expect(out).toEqual(['a.mp3', 'undefined', false, 'function', 'function']);
  });

  it('let the app assign to wx (apps patch it)', async () => {
    const out = await s.mp.evaluate(() => {
      const w = wx as unknown as Record<string, unknown>;
      const original = w.showToast;
      w.showToast = () => 'patched';
      const patched = (w.showToast as () => string)();
      w.showToast = original;
      return patched;
    });
    expect(out).toBe('patched');
  });

  it('canIUse answers from what is implemented', async () => {
    expect(
      await s.mp.evaluate(() => [wx.canIUse('showModal'), wx.canIUse('getStorageSync'), wx.canIUse('request')]),
    ).toEqual([true, true, false]);
  });
});

describe('the rest of the page API', () => {
  it('nextTick runs after the current task', async () => {
    const out = await s.mp.evaluate(
      () =>
        new Promise((resolve) => {
          const order: string[] = [];
          wx.nextTick(() => {
            order.push('tick');
            resolve(order);
          });
          order.push('now');
        }),
    );
    expect(out).toEqual(['now', 'tick']);
  });

  it('createSelectorQuery selects on the current page (and this.createSelectorQuery on a component)', async () => {
    const count = await s.mp.evaluate(
      () =>
        new Promise((resolve) => {
          wx.createSelectorQuery()
            .selectAll('view')
            .fields({ id: true, dataset: true })
            .exec((res) => resolve((res[0] as { id: string }[]).map((r) => r.id).filter(Boolean).length));
        }),
    );
    expect(count).toBeGreaterThan(5);
    await s.mp.callWxMethod('switchTab', { url: '/pages/list/index' });
    const list = await s.mp.currentPage();
    expect(await list?.data('found')).toBe(3);
  });

  it('pageScrollTo sets the scroll position and calls onPageScroll', async () => {
    await s.mp.pageScrollTo(300);
    expect(await home.scrollTop()).toBe(300);
  });

  it("a share button calls the page's onShareAppMessage with from: button", async () => {
    await s.mp.callWxMethod('navigateTo', { url: '/pages/detail/index?id=5' });
    const detail = await s.mp.currentPage();
    if (!detail) throw new Error('no page');
    await (await $(detail, '#share')).tap();
    expect(await appLog(s.mp)).toContain('detail:share:button');
  });

  it('getLaunchOptionsSync and getAccountInfoSync answer like DevTools', async () => {
    const out = (await s.mp.evaluate(() => ({
      launch: wx.getLaunchOptionsSync(),
      account: wx.getAccountInfoSync().miniProgram,
    }))) as { launch: { path: string; scene: number }; account: { appId: string; envVersion: string } };
    expect(out.launch).toMatchObject({ path: 'pages/home/index', scene: 1001 });
    expect(out.account).toMatchObject({ appId: 'touristappid', envVersion: 'develop' });
  });
});
