import * as path from 'path';
import type Page from 'miniprogram-automator/out/Page';
import { fromWxs, styleText, toWxs } from '../../../tools/headless/runtime/wxs-events';
import { useEndpoint } from './fixture';

/**
 * WXS response events (WeChat's "WXS 响应事件", issue 16): handlers and `change:` observers bound to WXS functions run
 * in the view with ComponentDescriptors (test/fixtures/wxs-app), driven by the official client.
 */
const WXS_APP = path.resolve(__dirname, '../../fixtures/wxs-app');

const endpoint = useEndpoint({ project: WXS_APP });
const { exceptions, warnings } = endpoint;

async function $(scope: Pick<Page, '$'>, selector: string) {
  const el = await scope.$(selector);
  if (!el) throw new Error(`${selector} not found`);
  return el;
}

async function open(): Promise<Page> {
  return (await endpoint.open('pages/drag/index')).page;
}

const touch = (x: number, y: number) => [{ identifier: 0, pageX: x, pageY: y, clientX: x, clientY: y }];

it('moves the box with the finger (setStyle, getState) and stops the touchmove (return false)', async () => {
  const page = await open();
  expect(exceptions).toEqual([]);
  expect(warnings.filter((w) => w.startsWith('unsupported:'))).toEqual([]);
  // wcc's handles on the WXS functions are no attributes of the element.
  expect(await (await $(page, '#stage')).outerWxml()).toBe(
    '<view id="stage"><view class="box" data-name="the box" id="box">drag me</view></view>',
  );
  const box = await $(page, '#box');
  await box.touchstart({ touches: touch(10, 10), changeTouches: touch(10, 10) });
  await box.touchmove({ touches: touch(30, 15), changeTouches: touch(30, 15) });
  expect(await box.style('transform')).toBe('translate(20px, 5px)');
  await box.touchmove({ touches: touch(70, 50), changeTouches: touch(70, 50) });
  expect(await box.style('transform')).toBe('translate(60px, 40px)');
  // The template's own style and class stay; the background comes from app.wxss.
  expect(await box.style('background-color')).toBe('rgb(200, 200, 200)');
  await box.touchend({ touches: [], changeTouches: touch(70, 50) });
  await page.waitFor(50);
  expect(await (await $(page, '#log')).text()).toBe('moved the box by 60,40 in 2 moves');
  // The WXS handler returned false: the stage's bindtouchmove never heard of it.
  expect(await (await $(page, '#stage-log')).text()).toBe('stage untouched');
  expect(exceptions).toEqual([]);
});

it('toggles a class on tap (addClass, removeClass, hasClass) and tells the page (callMethod)', async () => {
  const page = await open();
  const box = await $(page, '#box');
  await box.tap();
  await page.waitFor(50);
  expect(await box.attribute('class')).toContain('active');
  expect(await box.style('background-color')).toBe('rgb(7, 193, 96)');
  expect(await (await $(page, '#log')).text()).toBe('box active: true');
  await box.tap();
  await page.waitFor(50);
  expect(await box.attribute('class')).not.toContain('active');
  expect(await (await $(page, '#log')).text()).toBe('box active: false');
  expect(exceptions).toEqual([]);
});

it('runs a change:prop observer once on creation and whenever setData sets the prop', async () => {
  const page = await open();
  await page.waitFor(50);
  expect(await (await $(page, '#limit-log')).text()).toBe('limit none -> 100 (call 1)');
  // 100rpx on the 375 px wide screen.
  expect(await (await $(page, '#bar')).style('width')).toBe('50px');
  await (await $(page, '#raise')).tap();
  await page.waitFor(50);
  expect(await (await $(page, '#limit-log')).text()).toBe('limit 100 -> 150 (call 2)');
  expect(await (await $(page, '#bar')).style('width')).toBe('75px');
  // Set to the same value, the observer runs again, as WeChat's observers do.
  await page.setData({ limit: 150 });
  await page.waitFor(50);
  expect(await (await $(page, '#limit-log')).text()).toBe('limit 150 -> 150 (call 3)');
  expect(exceptions).toEqual([]);
});

it("gives a component's WXS the component as ownerInstance: its state, its elements and its methods", async () => {
  const page = await open();
  const knob = await $(page, '#knob');
  await (await $(knob, '.knob')).tap();
  await page.waitFor(50);
  expect(await (await $(page, '#log')).text()).toBe('knob turned to 1');
  await (await $(knob, '.knob')).tap();
  await page.waitFor(50);
  expect(await (await $(page, '#log')).text()).toBe('knob turned to 2');
  expect(await (await $(knob, '.dial')).style('transform')).toBe('rotate(180deg)');
  expect(exceptions).toEqual([]);
});

describe("values between WXS (wcc's nv_ names) and the page", () => {
  it('prefixes object keys going in, arrays and primitives kept, and takes the prefixes off coming out', () => {
    const value = { touches: [{ pageX: 3 }], detail: { ok: true }, name: 'x', when: null };
    const inside = toWxs(value);
    expect(inside).toEqual({ nv_touches: [{ nv_pageX: 3 }], nv_detail: { nv_ok: true }, nv_name: 'x', nv_when: null });
    expect(fromWxs(inside)).toEqual(value);
  });

  it('writes setStyle objects as CSS: camelCase dashed, empty values left out, rpx in px for a 375 px screen', () => {
    expect(styleText({ nv_fontSize: '28rpx', nv_transition: '', 'nv_line-height': '20px' })).toBe(
      'font-size:14px;line-height:20px',
    );
    expect(styleText('width: 100rpx')).toBe('width: 50px');
  });
});
