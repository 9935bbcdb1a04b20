import { openPage, useFixture, appLog, $ } from './fixture';
import type { FixtureSession } from './fixture';
import type Page from 'miniprogram-automator/out/Page';
import type {
  CustomElement,
  InputElement,
  ScrollViewElement,
  SliderElement,
  SwiperElement,
  SwitchElement,
} from 'miniprogram-automator/out/Element';

// Element.* through the official client.
let s: FixtureSession;
let page: Page;

useFixture((session, first) => {
  s = session;
  page = first;
});

const open = (url: string): Promise<Page> => openPage(s.mp, url);

describe('Element.getElement / getElements', () => {
  it('searches inside an element', async () => {
    const outer = await $(page, '.outer');
    expect((await outer.$$('view')).length).toBe(2);
    expect((await outer.$('.inner-bind'))?.tagName).toBe('view');
    expect(await outer.$('.title')).toBeNull();
  });

  it("searches a custom component's own template", async () => {
    const box = await $(page, '#box');
    const label = await box.$('.label');
    expect(await label?.text()).toBe('Home');
    expect((await box.$$('.bump')).length).toBe(1);
  });
});

describe('Element.tap', () => {
  it('taps: the handler runs and the page re-renders', async () => {
    await (await $(page, '#inc')).tap();
    await (await $(page, '#inc')).tap();
    expect(await (await $(page, '#count')).text()).toBe('2');
  });

  it('bubbles to ancestors, and catchtap stops it', async () => {
    await (await $(page, '#inner-bind')).tap();
    await (await $(page, '#inner-catch')).tap();
    expect(await appLog(s.mp)).toEqual(['home:inner-bind', 'home:outer', 'home:inner-catch']);
  });

  it('taps inside a custom component and its event reaches the page', async () => {
    const box = await $(page, '#box');
    const bump = await box.$('.bump');
    if (!bump) throw new Error('no .bump in #box');
    await bump.tap();
    expect(await page.data('count')).toBe(2);
    expect(await (box as CustomElement).data('bumps')).toBe(1);
  });

  it('rejects for an element that is gone', async () => {
    const answer = await $(page, '#inc');
    await s.mp.callWxMethod('reLaunch', { url: '/pages/list/index' });
    await expect(answer.tap()).rejects.toThrow();
  });
});

describe('Element touch events', () => {
  it('touchstart + touchend makes a tap; each touch reaches handlers', async () => {
    const inc = await $(page, '#inc');
    await inc.touchstart({ touches: [{ pageX: 1, pageY: 2 }], changeTouches: [{ pageX: 1, pageY: 2 }] });
    await inc.touchend({ touches: [], changeTouches: [{ pageX: 1, pageY: 2 }] });
    expect(await page.data('count')).toBe(1);
    const press = await $(page, '#press');
    await press.touchstart();
    await press.touchend();
    expect(await page.data('touches')).toBe(1);
  });

  it('longpress (held 350 ms) fires longpress and no tap', async () => {
    await (await $(page, '#press')).longpress();
    expect(await page.data('answer')).toBe('long press');
  });
});

describe('Element.triggerEvent', () => {
  it('triggers an event on the element with a detail', async () => {
    const form = await open('/pages/form/index');
    await (await $(form, '#fruit')).trigger('change', { value: 2 });
    expect(await form.data('fruit')).toBe(2);
    expect(await (await $(form, '#fruit')).text()).toBe('plum');
  });
});

describe('Element.dispatchEvent', () => {
  it('dispatches a bubbling event with touches and a detail', async () => {
    await (
      await $(page, '#inner-bind')
    ).dispatchEvent({ eventName: 'tap', detail: { x: 1, y: 2 }, touches: [{ pageX: 1, pageY: 2 }] });
    expect(await appLog(s.mp)).toEqual(['home:inner-bind', 'home:outer']);
  });
});

describe('reading an element', () => {
  it('text(), attribute(), wxml() and outerWxml()', async () => {
    const deep = await $(page, '#nav-deep');
    expect(await deep.text()).toBe('deep');
    expect(await deep.attribute('url')).toBe('/sub/deep/index?x=1');
    expect(await deep.attribute('class')).toBe('nav-deep');
    expect(await deep.attribute('nope')).toBeNull();
    expect(await deep.wxml()).toBe('<text class="nav-deep-text">deep</text>');
    expect(await deep.outerWxml()).toBe(
      '<navigator class="nav-deep" id="nav-deep" url="/sub/deep/index?x=1"><text class="nav-deep-text">deep</text></navigator>',
    );
  });

  it('wxml of a custom component shows what it renders, slot content included', async () => {
    const wxml = await (await $(page, '#box')).wxml();
    expect(wxml).toContain('<text class="label">Home</text>');
    expect(wxml).toContain('<text class="slotted">slot text</text>');
  });

  it('property() and value() of built-ins', async () => {
    const form = await open('/pages/form/index');
    const code = await $(form, '#code');
    expect(await code.property('maxlength')).toBe(6);
    expect(await code.property('disabled')).toBe(true);
    expect(await (await $(form, '#nickname')).value()).toBe('');
    await expect(code.property('notAProperty')).rejects.toThrow('input.notAProperty not exists');
  });

  it('style() reads inline styles and the page, component and app stylesheets', async () => {
    expect(await (await $(page, '#styled')).style('color')).toBe('rgb(255, 0, 0)');
    expect(await (await $(page, '#styled')).style('width')).toBe('100px');
    expect(await (await $(page, '#count')).style('font-size')).toBe('16px');
    expect(await (await $(page, '#title')).style('font-weight')).toBe('bold');
    const label = await (await $(page, '#box')).$('.label');
    expect(await label?.style('color')).toBe('rgb(0, 0, 255)');
  });

  it('hidden elements have no text', async () => {
    expect(await (await $(page, '#maybe')).text()).toBe('');
    await page.setData({ showMaybe: true });
    expect(await (await $(page, '#maybe')).text()).toBe('maybe');
  });

  it('offset() answers the layout estimate (below the title line), size() numbers', async () => {
    const inc = await $(page, '#inc');
    const offset = await inc.offset();
    // #inc is a block after the inline title and count: it starts at the left edge, one text line down.
    expect(offset.left).toBe(0);
    expect(offset.top).toBeGreaterThan(0);
    expect((await (await $(page, '#go-detail')).offset()).top).toBeGreaterThan(offset.top);
    const size = await inc.size();
    expect(typeof size.width).toBe('number');
  });
});

describe('Element.callFunction on built-ins', () => {
  it('input.input types into an input, firing input', async () => {
    const form = await open('/pages/form/index');
    const input = (await $(form, '#nickname')) as InputElement;
    await input.input('小明');
    expect(await form.data('nickname')).toBe('小明');
    expect(await input.value()).toBe('小明');
  });

  it('input.input respects maxlength and disabled, as a keyboard would', async () => {
    const form = await open('/pages/form/index');
    const code = (await $(form, '#code')) as InputElement;
    await code.input('123456789');
    expect(await code.value()).toBe('');
    await form.setData({ locked: false });
    await code.input('123456789');
    expect(await code.value()).toBe('123456');
    const nickname = (await $(form, '#nickname')) as InputElement;
    await nickname.input('x'.repeat(200));
    expect(((await nickname.value()) as string).length).toBe(140);
  });

  it('textarea.input', async () => {
    const form = await open('/pages/form/index');
    const bio = (await $(form, '#bio')) as InputElement;
    await bio.input('hello');
    expect(await bio.value()).toBe('hello');
  });

  it('switch.tap toggles and fires change', async () => {
    const form = await open('/pages/form/index');
    const agree = (await $(form, '#agree')) as SwitchElement;
    await agree.tap();
    await agree.tap();
    expect(await form.data('events')).toBe('agree=true,agree=false');
    expect(await agree.property('checked')).toBe(false);
  });

  it('slider.slideTo clamps to the range and rounds to the step', async () => {
    const form = await open('/pages/form/index');
    const level = (await $(form, '#level')) as SliderElement;
    await level.slideTo(5);
    await level.slideTo(99);
    expect(await form.data('events')).toBe('level=6,level=10');
    expect(await level.value()).toBe(10);
  });

  it('swiper.swipeTo changes the current item', async () => {
    await s.mp.callWxMethod('switchTab', { url: '/pages/list/index' });
    const list = await s.mp.currentPage();
    if (!list) throw new Error('no page');
    await ((await $(list, '#slides')) as SwiperElement).swipeTo(2);
    expect(await list.data('slide')).toBe(2);
    expect(await list.data('slideId')).toBe('third');
  });

  it('scroll-view.scrollTo scrolls and fires scroll; scrollTop reads it back', async () => {
    await s.mp.callWxMethod('switchTab', { url: '/pages/list/index' });
    const list = await s.mp.currentPage();
    if (!list) throw new Error('no page');
    const scroller = (await $(list, '#scroller')) as ScrollViewElement;
    await scroller.scrollTo(0, 80);
    expect(await list.data('scrollTop')).toBe(80);
    expect(await scroller.property('scrollTop')).toBe(80);
  });
});

describe('custom component elements', () => {
  it('data(), setData() and callMethod()', async () => {
    const box = (await $(page, '#box')) as CustomElement;
    expect(await box.data()).toMatchObject({ bumps: 0, label: 'Home', step: 2 });
    await box.setData({ bumps: 4 });
    expect(await (await box.$('.bumps'))?.text()).toBe('4');
    expect(await box.callMethod('add', 3)).toBe(7);
    expect(await box.data('bumps')).toBe(7);
  });
});
