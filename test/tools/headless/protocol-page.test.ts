import { useFixture, $ } from './fixture';
import type { FixtureSession } from './fixture';
import type Page from 'miniprogram-automator/out/Page';

// Page.* through the official client.
let s: FixtureSession;
let page: Page;

useFixture((session, first) => {
  s = session;
  page = first;
});

describe('Page.getElement / Page.getElements', () => {
  it('finds by class, id, tag, attribute and descendant selectors', async () => {
    expect((await page.$('.title'))?.tagName).toBe('text');
    expect((await page.$('#inc'))?.tagName).toBe('view');
    expect((await page.$$('navigator')).length).toBe(3);
    expect((await page.$$('[data-id]')).length).toBe(1);
    expect((await page.$$('view[data-id="7"]')).length).toBe(1);
    expect((await page.$$('.outer .inner-bind')).length).toBe(1);
    expect((await page.$$('.home > .outer > view')).length).toBe(2);
    expect((await page.$$('#inc, #save')).length).toBe(2);
  });

  it('answers null (an error frame) when nothing matches, and an empty list for $$', async () => {
    expect(await page.$('.nothing-like-this')).toBeNull();
    expect(await page.$$('.nothing-like-this')).toEqual([]);
  });

  it('does not look inside custom components unless asked with >>>', async () => {
    expect(await page.$('.bumps')).toBeNull();
    expect((await page.$$('#box >>> .bumps')).length).toBe(1);
  });

  it('returns custom components as CustomElement (with a nodeId) and built-ins as their own classes', async () => {
    const box = await $(page, 'counter-box');
    expect(box.constructor.name).toBe('CustomElement');
    expect((await $(page, '#nav-form')).constructor.name).toBe('Element');
    await s.mp.callWxMethod('navigateTo', { url: '/pages/form/index' });
    const form = await s.mp.currentPage();
    if (!form) throw new Error('no page');
    expect((await $(form, '#nickname')).constructor.name).toBe('InputElement');
    expect((await $(form, '#agree')).constructor.name).toBe('SwitchElement');
    expect((await $(form, '#level')).constructor.name).toBe('SliderElement');
    expect((await $(form, '#bio')).constructor.name).toBe('TextareaElement');
  });

  it('rejects an invalid selector', async () => {
    await expect(page.$$('.a >')).rejects.toThrow('invalid selector');
  });
});

describe('Page.getData / Page.setData', () => {
  it('reads all data or one path', async () => {
    const data = (await page.data()) as { title: string; count: number };
    expect(data.title).toBe('Home');
    expect(await page.data('count')).toBe(0);
  });

  it('sets data and re-renders', async () => {
    await page.setData({ title: 'Changed', count: 5 });
    expect(await (await $(page, '#title')).text()).toBe('Changed');
    expect(await (await $(page, '#count')).text()).toBe('5');
    expect(await page.data('title')).toBe('Changed');
  });

  it('reads nested paths with indexes', async () => {
    await page.setData({ nested: { list: [{ v: 'a' }, { v: 'b' }] } });
    expect(await page.data('nested.list[1].v')).toBe('b');
  });
});

describe('Page.callMethod', () => {
  it('calls a page method with arguments and returns its result', async () => {
    await page.callMethod('onInc');
    expect(await page.data('count')).toBe(1);
    const share = await page.callMethod('onShareAppMessage');
    expect(share).toEqual({ title: 'Home', path: '/pages/home/index' });
  });

  it('rejects for a method the page does not have', async () => {
    await expect(page.callMethod('noSuchMethod')).rejects.toThrow('noSuchMethod is not a function');
  });
});

describe('Page.getWindowProperties', () => {
  it('answers size() and scrollTop() like a 375px-wide window', async () => {
    const size = await page.size();
    expect(size.width).toBe(375);
    expect(Number(size.height)).toBeGreaterThan(0);
    expect(await page.scrollTop()).toBe(0);
    await s.mp.pageScrollTo(120);
    expect(await page.scrollTop()).toBe(120);
  });
});

describe('a page handle after its page closed', () => {
  it('rejects with a message naming the page', async () => {
    await s.mp.callWxMethod('navigateTo', { url: '/pages/detail/index?id=1' });
    const detail = await s.mp.currentPage();
    if (!detail) throw new Error('no page');
    await s.mp.callWxMethod('navigateBack');
    await expect(detail.data()).rejects.toThrow('is not open');
  });
});
