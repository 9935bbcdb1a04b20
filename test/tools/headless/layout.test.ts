import { JSDOM } from 'jsdom';
import {
  createLayout,
  createMeasure,
  createMeasureCache,
  textWidth,
  length,
} from '../../../tools/headless/runtime/layout';
import { cascadeOf, keyOf, splitSelectors, PROPS } from '../../../tools/headless/runtime/cascade';

// The layout estimate used where the DOM does not lay out (jsdom): a simple block layout from the computed styles.
const CSS = 'wx-view{display:block} wx-text{display:inline-block}';

function page(body: string, css = '') {
  const dom = new JSDOM(
    `<style>${CSS}${css}</style><div class="headless-page"><wx-page data-route="p">${body}</wx-page></div>`,
  );
  const doc = dom.window.document;
  const layout = createLayout({
    style: (el) => dom.window.getComputedStyle(el),
    windowWidth: 375,
    windowHeight: 603,
    isRoot: (el) => el.hasAttribute('data-route') || !el.parentElement,
  });
  const box = (selector: string) => {
    const el = doc.querySelector(selector);
    if (!el) throw new Error(`${selector} not in the test page`);
    return layout.box(el);
  };
  return { dom, doc, box };
}

it('makes a block as wide as the window less its margins, and a given width or percentage as given', () => {
  const { box } = page(
    '<wx-view id="full"></wx-view><wx-view id="half"></wx-view><wx-view id="fixed"></wx-view>',
    '#full{margin:0 15px;height:40px} #half{width:50%;height:10px} #fixed{width:200px;padding:0 10px;height:20px}',
  );
  expect(box('#full')).toEqual({ left: 15, top: 0, width: 345, height: 40 });
  expect(box('#half')).toEqual({ left: 0, top: 40, width: 187.5, height: 10 });
  // content-box: the padding adds to the given width.
  expect(box('#fixed')).toEqual({ left: 0, top: 50, width: 220, height: 20 });
});

it('gives an auto height from the content: stacked blocks, wrapped text lines, padding', () => {
  const { box } = page(
    '<wx-view id="card"><wx-view class="row"></wx-view><wx-view class="row"></wx-view><wx-view id="text">' +
      '一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十</wx-view></wx-view>',
    '#card{padding:10px} .row{height:30px} #text{font-size:20px;line-height:30px}',
  );
  // 30 CJK characters of 20 px = 600 px in a 355 px content box: 2 lines of 30 px.
  expect(box('#text')).toMatchObject({ left: 10, top: 70, width: 355, height: 60 });
  expect(box('#card').height).toBe(10 + 30 + 30 + 60 + 10);
});

it('puts inline boxes and flex-row children side by side, shrunk to their content', () => {
  const { box } = page(
    '<wx-view id="row"><wx-text id="a">abcd</wx-text><wx-text id="b">一二</wx-text></wx-view>',
    '#row{display:flex;font-size:10px}',
  );
  expect(box('#a')).toMatchObject({ left: 0, width: 22 });
  expect(box('#b')).toMatchObject({ left: 22, width: 20 });
  expect(box('#row').height).toBeCloseTo(14);
});

it('gives nothing to display:none and no room to absolutely positioned boxes', () => {
  const { box } = page(
    '<wx-view id="gone"></wx-view><wx-view id="abs"></wx-view><wx-view id="next"></wx-view>',
    '#gone{display:none;height:50px} #abs{position:absolute;left:5px;top:7px;width:10px;height:10px} #next{height:5px}',
  );
  expect(box('#gone')).toMatchObject({ width: 0, height: 0 });
  expect(box('#abs')).toEqual({ left: 5, top: 7, width: 10, height: 10 });
  expect(box('#next').top).toBe(0);
});

it('uses the real layout when the DOM has one, the estimate when it answers zeros', () => {
  const { doc } = page('<wx-view id="x"></wx-view>', '#x{height:12px}');
  const el = doc.querySelector('#x') as Element;
  const measure = createMeasure({ width: 375, height: 603 });
  expect(measure(el)).toEqual({ left: 0, top: 0, width: 375, height: 12 });
  const laidOut = { left: 1, top: 2, width: 3, height: 4 };
  (el as unknown as { getBoundingClientRect: () => unknown }).getBoundingClientRect = () => laidOut;
  expect(measure(el)).toEqual(laidOut);
});

it('reads lengths as CSS does and measures text by its characters', () => {
  const ctx = { percentOf: 200, fontSize: 10, windowWidth: 375, windowHeight: 600 };
  expect([length('12px', ctx), length('25%', ctx), length('10vw', ctx), length('2em', ctx), length('0', ctx)]).toEqual([
    12, 50, 37.5, 20, 0,
  ]);
  expect([length('auto', ctx), length('calc(1px + 2px)', ctx), length('12', ctx)]).toEqual([null, null, null]);
  expect(textWidth('中文', 16)).toBe(32);
  expect(textWidth('ab', 10)).toBeCloseTo(11);
});

it('finds the computed values the estimate reads as getComputedStyle does, testing only rules that could match', () => {
  const { dom, doc } = page(
    '<wx-view id="a" class="card wide" style="padding-left:3px"><wx-text class="t">x</wx-text></wx-view><p id="p"></p>',
    '.card{margin:0 15px;padding:1px 2px} .wide{width:50%} #a{font-size:20px} wx-view > .t{display:inline-block;width:10px}' +
      ' .card .t{margin-left:4px} @media screen{.wide{height:9px}} .missing{height:1px} .a, .card.wide{border:1px solid red}',
  );
  const cascade = cascadeOf(doc);
  for (const el of Array.from(doc.querySelectorAll('wx-page *'))) {
    const real = dom.window.getComputedStyle(el);
    for (const name of PROPS)
      expect([el.id || el.className, name, cascade(el).getPropertyValue(name)]).toEqual([
        el.id || el.className,
        name,
        real.getPropertyValue(name),
      ]);
  }
  expect(keyOf('.a .b > wx-view#x.y')).toBe('#x');
  expect(keyOf('.a:not(.b) .c[data-x=".d"]')).toBe('.c');
  expect(keyOf('page wx-text')).toBe('wx-text');
  expect(keyOf(':host')).toBe('*');
  expect(splitSelectors('.a, :not(.b, .c) .d,x')).toEqual(['.a', ':not(.b, .c) .d', 'x']);
});

it('keeps an estimate across DOM changes, forgetting only what a change made stale', async () => {
  const { dom, doc } = page(
    '<wx-view id="head"></wx-view><wx-view id="list"><wx-view class="r">a</wx-view><wx-view class="r" id="last">b</wx-view></wx-view>',
    '#head{height:10px} .r{height:20px} .tall{height:50px}',
  );
  const measures = createMeasureCache();
  const window = { width: 375, height: 603 };
  const last = doc.querySelector('#last') as Element;
  expect(measures(doc, window)(last)).toMatchObject({ top: 30, height: 20 });
  const boxes = measures.counts.boxes;
  // The head grows (an attribute change): what follows moves, and only the head and its ancestors are laid out again.
  doc.querySelector('#head')?.setAttribute('style', 'height:25px');
  await new Promise((resolve) => dom.window.setTimeout(resolve, 0));
  expect(measures(doc, window)(last)).toMatchObject({ top: 45, height: 20 });
  expect(measures.counts.boxes - boxes).toBeLessThanOrEqual(3);
  // A row is added before it (a child list change).
  const row = doc.createElement('wx-view');
  row.className = 'r tall';
  doc.querySelector('#list')?.insertBefore(row, last);
  expect(measures(doc, window)(last)).toMatchObject({ top: 25 + 20 + 50, height: 20 });
});
