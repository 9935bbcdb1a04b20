// @ts-check
/**
 * A layout estimate for a DOM that does not lay out (jsdom): where the real `getBoundingClientRect()` answers all
 * zeros, sizes and offsets are estimated by a simple block layout from the computed WXSS (width, height, min/max,
 * padding, border, margin, display, position, font size and line height) and the window width, so a page that
 * divides by a measured width (`boundingClientRect`, `fields({ size })`) gets a plausible number, not 0 or NaN.
 *
 * The model: the page is `windowWidth` wide and starts at (0, 0). A block box is as wide as its containing block
 * (less its margins) unless WXSS gives a width; block children stack downwards; inline boxes and the children of a
 * `flex` row sit side by side and wrap into lines; text is as wide as its characters (a CJK character is 1 em, other
 * characters 0.55 em) and wraps into lines of `line-height` (1.4 em when `normal`); a box's auto height is its
 * content's; `display: none` is 0 × 0; absolutely positioned boxes take no room and sit at their `left`/`top`.
 * Floats, grids, transforms and scrolling are not modelled. A browser (the preview) lays out for real and is
 * never estimated.
 */

/** @typedef {{ left: number, top: number, width: number, height: number }} Box */

const { cascadeOf } = require('./cascade');

/** @typedef {import('./cascade').Values} Values */

const BLOCK = new Set(['block', 'flex', 'grid', 'list-item', 'table', '-webkit-box', 'flow-root']);

/**
 * @param {string} text
 * @param {number} fontSize
 */
function textWidth(text, fontSize) {
  let w = 0;
  for (const ch of text.replace(/\s+/g, ' ')) w += /[\u2e80-\u9fff\uac00-\ud7af\uff00-\uffef]/.test(ch) ? 1 : 0.55;
  return w * fontSize;
}

/**
 * A CSS length in px, or null when it is not a plain length (auto, calc(), …).
 * @param {string} value
 * @param {{ percentOf?: number | null, fontSize: number, windowWidth: number, windowHeight: number }} ctx
 * @returns {number | null}
 */
function length(value, ctx) {
  const m = /^(-?[\d.]+)(px|%|vw|vh|em|rem)?$/.exec(String(value || '').trim());
  if (!m) return null;
  const n = Number(m[1]);
  if (!Number.isFinite(n)) return null;
  switch (m[2]) {
    case '%':
      return typeof ctx.percentOf !== 'number' ? null : (ctx.percentOf * n) / 100;
    case 'vw':
      return (ctx.windowWidth * n) / 100;
    case 'vh':
      return (ctx.windowHeight * n) / 100;
    case 'em':
      return ctx.fontSize * n;
    case 'rem':
      return 16 * n;
    default:
      return m[2] === 'px' || n === 0 ? n : null;
  }
}

/**
 * What an estimate did, for tests and the bench: `boxes` widths computed (each box laid out, its height at most once
 * more), `styles` computed styles read.
 * @typedef {{ boxes: number, styles: number }} LayoutCounts
 */

/**
 * @typedef {object} Size A box's border-box size, computed against a containing block width.
 * @property {number} cw The containing block's content width it was computed against.
 * @property {number} width
 * @property {number} outerWidth Width plus horizontal margins.
 * @property {number} content Width of its content box (where its children lay out).
 * @property {number} height
 * @property {number} outerHeight
 * @property {boolean} heightKnown The height is computed (lazily: a position needs only widths).
 * @property {number} epoch The DOM version its `cw` was last checked against.
 */

/**
 * @typedef {object} Flow Children of a box laid out in its content box, as far as a query needed.
 * @property {number} width
 * @property {Map<Node, { x: number, y: number }>} at
 * @property {ChildNode[]} children
 * @property {number} next The first child not placed yet.
 * @property {{ el: Element, block: boolean } | null} pending The last child placed, its height not yet counted.
 * @property {number} y
 * @property {number} lineX
 * @property {number} lineHeight
 */

/**
 * @param {object} env
 * @param {(el: Element) => Values} env.style Computed style of an element.
 * @param {number} env.windowWidth
 * @param {number} env.windowHeight
 * @param {(el: Element) => boolean} [env.isRoot] The page's own box (starts at 0, 0; window-wide).
 * @param {Map<Element, Values>} [env.styles] Computed styles known to be current (kept by the caller).
 * @param {LayoutCounts} [env.counts] Incremented as the estimate works.
 */
function createLayout({
  style,
  windowWidth,
  windowHeight,
  isRoot = (el) => !el.parentElement,
  styles = new Map(),
  counts = { boxes: 0, styles: 0 },
}) {
  /** @type {Map<Element, Size>} */
  const sizes = new Map();
  /** @type {Map<Element, number>} */
  const fonts = new Map();
  /** @type {Map<Element, Flow>} */
  const flows = new Map();
  /** @type {Map<Element, number>} */
  const intrinsics = new Map();
  /** Bumped by `invalidate`: sizes check their containing block again once per version. */
  let epoch = 0;

  /** Computed styles are read once per element (jsdom computes the cascade anew on every call). */
  /** @param {Element} el @param {string} name */
  const prop = (el, name) => {
    let st = styles.get(el);
    if (!st) {
      counts.styles += 1;
      styles.set(el, (st = style(el)));
    }
    return st.getPropertyValue(name);
  };

  /** Inherited font size in px (16 at the root). @param {Element} el @returns {number} */
  function fontSize(el) {
    const hit = fonts.get(el);
    if (hit !== undefined) return hit;
    const parent = isRoot(el) || !el.parentElement ? 16 : fontSize(el.parentElement);
    const own = length(prop(el, 'font-size'), { percentOf: parent, fontSize: parent, windowWidth, windowHeight });
    const size = own && own > 0 ? own : parent;
    fonts.set(el, size);
    return size;
  }

  /** @param {Element} el */
  function lineHeight(el) {
    const f = fontSize(el);
    let cur = /** @type {Element | null} */ (el);
    while (cur) {
      const v = prop(cur, 'line-height');
      if (v && v !== 'normal' && v !== 'inherit') {
        if (/^[\d.]+$/.test(v)) return Number(v) * f;
        const px = length(v, { percentOf: f, fontSize: f, windowWidth, windowHeight });
        if (px !== null) return px;
      }
      if (isRoot(cur)) break;
      cur = cur.parentElement;
    }
    return 1.4 * f;
  }

  /**
   * Margin, border and padding of one side pair.
   * @param {Element} el @param {'left' | 'right' | 'top' | 'bottom'} side @param {number} cw
   */
  function edges(el, side, cw) {
    const ctx = { percentOf: cw, fontSize: fontSize(el), windowWidth, windowHeight };
    return {
      margin: length(prop(el, `margin-${side}`), ctx) || 0,
      inner: (length(prop(el, `padding-${side}`), ctx) || 0) + (length(prop(el, `border-${side}-width`), ctx) || 0),
    };
  }

  /** @param {Element} el */
  const display = (el) => prop(el, 'display') || 'inline';
  /** @param {Element} el */
  const outOfFlow = (el) => ['absolute', 'fixed'].includes(prop(el, 'position'));
  /** @param {Element} el */
  const isBlock = (el) => BLOCK.has(display(el));
  /** @param {Element} el */
  const flexRow = (el) => /flex/.test(display(el)) && !/column/.test(prop(el, 'flex-direction'));

  /** Width of the content box children are laid out in. @param {Element} el @returns {number} */
  function contentWidth(el) {
    if (isRoot(el)) return windowWidth;
    return sized(el).content;
  }

  /** @param {Element} el */
  function containerWidth(el) {
    return el.parentElement && !isRoot(el) ? contentWidth(el.parentElement) : windowWidth;
  }

  /**
   * The intrinsic (shrink-to-fit) outer width of an inline box or a flex item: a given length, else its text and
   * children side by side. It does not depend on the containing block (percentages count as auto), so measuring a
   * shrinking box never asks for its own width. Memoised.
   * @param {Element} el
   * @returns {number}
   */
  function intrinsic(el) {
    const hit = intrinsics.get(el);
    if (hit !== undefined) return hit;
    const ctx = { percentOf: null, fontSize: fontSize(el), windowWidth, windowHeight };
    /** @param {string} name */
    const px = (name) => length(prop(el, name), ctx) || 0;
    const inner = px('padding-left') + px('padding-right') + px('border-left-width') + px('border-right-width');
    const margins = px('margin-left') + px('margin-right');
    const given = length(prop(el, 'width'), ctx);
    let w;
    if (given !== null) w = given + (prop(el, 'box-sizing') === 'border-box' ? 0 : inner);
    else {
      w = inner;
      for (const child of Array.from(el.childNodes)) {
        if (child.nodeType === 3) w += textWidth(child.textContent || '', ctx.fontSize);
        else if (child.nodeType === 1 && display(/** @type {Element} */ (child)) !== 'none')
          w += intrinsic(/** @type {Element} */ (child));
      }
    }
    intrinsics.set(el, w + margins);
    return w + margins;
  }

  /**
   * The border-box width of an element (its height waits until asked for), memoised while its containing block
   * keeps its width.
   * @param {Element} el
   * @returns {Size}
   */
  function sized(el) {
    const hit = sizes.get(el);
    if (hit && hit.epoch === epoch) return hit;
    const cw = containerWidth(el);
    if (hit && hit.cw === cw) {
      hit.epoch = epoch;
      return hit;
    }
    counts.boxes += 1;
    /** @type {Size} */
    let out;
    if (display(el) === 'none')
      out = { cw, width: 0, outerWidth: 0, content: 0, height: 0, outerHeight: 0, heightKnown: true, epoch };
    else if (isRoot(el))
      out = {
        cw,
        width: windowWidth,
        outerWidth: windowWidth,
        content: windowWidth,
        height: 0,
        outerHeight: 0,
        heightKnown: false,
        epoch,
      };
    else {
      const ctx = { percentOf: cw, fontSize: fontSize(el), windowWidth, windowHeight };
      const l = edges(el, 'left', cw);
      const r = edges(el, 'right', cw);
      const border = prop(el, 'box-sizing') === 'border-box';
      const parent = el.parentElement;
      const shrink = !isBlock(el) || outOfFlow(el) || (parent ? flexRow(parent) : false);
      let width;
      const given = length(prop(el, 'width'), ctx);
      if (given !== null) width = given + (border ? 0 : l.inner + r.inner);
      else if (shrink) width = Math.min(intrinsic(el) - l.margin - r.margin, Math.max(0, cw - l.margin - r.margin));
      else width = Math.max(0, cw - l.margin - r.margin);
      const min = length(prop(el, 'min-width'), ctx);
      const max = length(prop(el, 'max-width'), ctx);
      if (max !== null) width = Math.min(width, max + (border ? 0 : l.inner + r.inner));
      if (min !== null) width = Math.max(width, min + (border ? 0 : l.inner + r.inner));
      out = {
        cw,
        width,
        outerWidth: width + l.margin + r.margin,
        content: width - l.inner - r.inner,
        height: 0,
        outerHeight: 0,
        heightKnown: false,
        epoch,
      };
    }
    sizes.set(el, out);
    return out;
  }

  /**
   * The border-box size of an element, its height included.
   * @param {Element} el
   * @returns {Size}
   */
  function size(el) {
    const out = sized(el);
    if (out.heightKnown) return out;
    // Known before it is computed: a box that (through a percentage) asks for its own height gets 0, not a loop.
    out.heightKnown = true;
    if (isRoot(el)) {
      out.height = out.outerHeight = contentHeight(el, windowWidth);
      return out;
    }
    const cw = out.cw;
    const ctx = { percentOf: cw, fontSize: fontSize(el), windowWidth, windowHeight };
    const t = edges(el, 'top', cw);
    const b = edges(el, 'bottom', cw);
    const border = prop(el, 'box-sizing') === 'border-box';
    const parent = el.parentElement;
    // A percentage height resolves against a parent of given height (the page: the window), else it is auto.
    const parentHeight =
      parent && !isRoot(parent) ? length(prop(parent, 'height'), { ...ctx, percentOf: null }) : windowHeight;
    const h = length(prop(el, 'height'), { ...ctx, percentOf: parentHeight });
    let height =
      h !== null
        ? h + (border ? 0 : t.inner + b.inner)
        : contentHeight(el, Math.max(0, out.content)) + t.inner + b.inner;
    const minH = length(prop(el, 'min-height'), { ...ctx, percentOf: parentHeight });
    const maxH = length(prop(el, 'max-height'), { ...ctx, percentOf: parentHeight });
    if (maxH !== null) height = Math.min(height, maxH + (border ? 0 : t.inner + b.inner));
    if (minH !== null) height = Math.max(height, minH + (border ? 0 : t.inner + b.inner));
    out.height = height;
    out.outerHeight = height + t.margin + b.margin;
    return out;
  }

  /**
   * The flow of `el`'s children in a content box `width` wide, as far as it was laid out.
   * @param {Element} el @param {number} width
   * @returns {Flow}
   */
  function flowOf(el, width) {
    let f = flows.get(el);
    if (!f || f.width !== width) {
      f = {
        width,
        at: new Map(),
        children: Array.from(el.childNodes),
        next: 0,
        pending: null,
        y: 0,
        lineX: 0,
        lineHeight: 0,
      };
      flows.set(el, f);
    }
    return f;
  }

  /**
   * Lays the children of `el` out, in order, until `until` is placed (its own height is counted only when a later
   * child or the content height needs it), or to the end when `until` is null: a query lays out what comes before
   * the box it measures, never what comes after it.
   * @param {Element} el @param {Flow} f @param {Node | null} until
   */
  function advance(el, f, until) {
    const row = flexRow(el);
    const breakLine = () => {
      f.y += f.lineHeight;
      f.lineX = 0;
      f.lineHeight = 0;
    };
    for (;;) {
      if (f.pending) {
        const s = size(f.pending.el);
        if (f.pending.block) f.y += s.outerHeight;
        else f.lineHeight = Math.max(f.lineHeight, s.outerHeight);
        f.pending = null;
      }
      if (until && f.at.has(until)) return;
      if (f.next >= f.children.length) return;
      const child = f.children[f.next];
      f.next += 1;
      if (child.nodeType === 3) {
        const text = (child.textContent || '').trim();
        if (!text) continue;
        const w = textWidth(text, fontSize(el));
        const lh = lineHeight(el);
        if (f.lineX > 0 && f.lineX + w > f.width) breakLine();
        f.at.set(child, { x: f.lineX, y: f.y });
        const lines = Math.max(1, Math.ceil((f.lineX + w) / Math.max(1, f.width)));
        if (lines > 1) {
          f.y += lh * (lines - 1);
          f.lineX = (f.lineX + w) % Math.max(1, f.width);
        } else f.lineX += w;
        f.lineHeight = Math.max(f.lineHeight, lh);
        continue;
      }
      if (child.nodeType !== 1) continue;
      const c = /** @type {Element} */ (child);
      if (display(c) === 'none' || outOfFlow(c)) {
        f.at.set(c, { x: 0, y: f.y });
        continue;
      }
      const marginLeft = edges(c, 'left', f.width).margin;
      const marginTop = edges(c, 'top', f.width).margin;
      if (!row && isBlock(c)) {
        if (f.lineX > 0) breakLine();
        f.at.set(c, { x: marginLeft, y: f.y + marginTop });
        f.pending = { el: c, block: true };
        continue;
      }
      const s = sized(c);
      if (!row && f.lineX > 0 && f.lineX + s.outerWidth > f.width) breakLine();
      f.at.set(c, { x: f.lineX + marginLeft, y: f.y + marginTop });
      f.lineX += s.outerWidth;
      f.pending = { el: c, block: false };
    }
  }

  /** @param {Element} el @param {number} width */
  function contentHeight(el, width) {
    const f = flowOf(el, width);
    advance(el, f, null);
    return f.y + f.lineHeight;
  }

  /**
   * Where the border box of `el` starts, relative to its page: what its ancestors' widths and the boxes before it
   * decide, not their heights.
   * @param {Element} el
   * @returns {{ left: number, top: number }}
   */
  function origin(el) {
    if (isRoot(el) || !el.parentElement) return { left: 0, top: 0 };
    const parent = el.parentElement;
    const p = origin(parent);
    const pw = contentWidth(parent);
    const inset = isRoot(parent)
      ? { left: 0, top: 0 }
      : {
          left: edges(parent, 'left', containerWidth(parent)).inner,
          top: edges(parent, 'top', containerWidth(parent)).inner,
        };
    if (outOfFlow(el)) {
      const ctx = { percentOf: pw, fontSize: fontSize(el), windowWidth, windowHeight };
      const base = prop(el, 'position') === 'fixed' ? { left: 0, top: 0 } : p;
      return {
        left: base.left + (length(prop(el, 'left'), ctx) || 0),
        top: base.top + (length(prop(el, 'top'), { ...ctx, percentOf: null }) || 0),
      };
    }
    const f = flowOf(parent, pw);
    advance(parent, f, el);
    const pos = f.at.get(el) || { x: 0, y: 0 };
    return { left: p.left + inset.left + pos.x, top: p.top + inset.top + pos.y };
  }

  /**
   * The estimated border box of `el` relative to its page.
   * @param {Element} el
   * @returns {Box}
   */
  function box(el) {
    const s = size(el);
    const o = origin(el);
    return { left: o.left, top: o.top, width: s.width, height: s.height };
  }

  /** @param {Element} el */
  function forgetOne(el) {
    sizes.delete(el);
    flows.delete(el);
    intrinsics.delete(el);
  }
  /** @param {Element} el */
  function forgetTree(el) {
    for (const e of [el, ...Array.from(el.querySelectorAll('*'))]) {
      forgetOne(e);
      fonts.delete(e);
    }
  }

  /**
   * Forgets what DOM changes made stale, so the next query lays out only what changed: an element whose children
   * or text changed, and every element around it (their content did); an element whose attributes changed (its
   * class or style), everything inside it too (widths and fonts pass down); an element put into the tree, all of
   * it. Boxes beside them keep their sizes while their containing block keeps its width.
   * @param {MutationRecord[]} records
   */
  function invalidate(records) {
    epoch += 1;
    for (const r of records) {
      const target = /** @type {Node} */ (r.target);
      const el = target.nodeType === 1 ? /** @type {Element} */ (target) : target.parentElement;
      if (!el) continue;
      if (r.type === 'attributes') forgetTree(el);
      for (const n of Array.from(r.addedNodes || [])) if (n.nodeType === 1) forgetTree(/** @type {Element} */ (n));
      for (let cur = /** @type {Element | null} */ (el); cur; cur = cur.parentElement) forgetOne(cur);
    }
  }

  return { box, invalidate };
}

/** The page's own element (the runtime marks it with its route), or the top of a detached tree. @param {Element} el */
const isPageRoot = (el) => el.hasAttribute('data-route') || !el.parentElement;

/**
 * Measures elements as `getBoundingClientRect()` would, top-left relative to the page: the DOM's own answer when it
 * lays out (a browser), else the estimate. One measure shares its estimate across the elements it measures.
 * @param {{ width: number, height: number }} window
 * @param {Map<Element, Values>} [styles] Computed styles known to be current.
 * @param {LayoutCounts} [counts]
 * @returns {((dom: Element) => Box) & { invalidate(records: MutationRecord[]): void }}
 */
function createMeasure(window, styles, counts) {
  /** @type {ReturnType<typeof createLayout> | null} */
  let layout = null;
  /** @param {Element} dom */
  const measure = (dom) => {
    const r = dom.getBoundingClientRect();
    if (r.width || r.height) return { left: r.left, top: r.top, width: r.width, height: r.height };
    if (!layout)
      layout = createLayout({
        style: cascadeOf(dom.ownerDocument),
        windowWidth: window.width,
        windowHeight: window.height,
        isRoot: isPageRoot,
        styles,
        counts,
      });
    return layout.box(dom);
  };
  return Object.assign(measure, {
    /** @param {MutationRecord[]} records */
    invalidate: (records) => {
      if (layout) layout.invalidate(records);
    },
  });
}

/**
 * A measure that lasts while the page's style sheets and the window do not change: a list whose items each measure
 * themselves (and set data) shares one estimate, and a change to the DOM forgets only what it made stale
 * (`invalidate`). A MutationObserver says what changed. Computed styles are kept the same way: a change to an
 * element's attributes forgets the styles of it and what is inside it, a change to the document's style sheets
 * forgets them all (and starts a new estimate).
 * @returns {((doc: Document, window: { width: number, height: number }) => (dom: Element) => Box) & { counts: LayoutCounts }}
 */
function createMeasureCache() {
  /** @type {ReturnType<typeof createMeasure> | null} */
  let measure = null;
  let key = '';
  /** @type {MutationRecord[]} */
  let records = [];
  /** @type {MutationObserver | null} */
  let observer = null;
  /** @type {Map<Element, Values>} */
  const styles = new Map();
  /** @type {LayoutCounts} */
  const counts = { boxes: 0, styles: 0 };
  /** @param {MutationRecord[]} list @returns {boolean} whether a style sheet changed */
  const forget = (list) => {
    let sheets = false;
    for (const r of list) {
      const target = /** @type {Element} */ (r.target);
      const sheet = (/** @type {Node} */ n) => n.nodeName === 'STYLE' || n.nodeName === 'LINK';
      if (
        target.nodeName === 'HEAD' ||
        sheet(target) ||
        (target.parentNode && sheet(target.parentNode)) ||
        Array.from(r.addedNodes).concat(Array.from(r.removedNodes)).some(sheet)
      )
        sheets = true;
      else if (r.type === 'attributes')
        for (const el of [...styles.keys()]) if (el === target || target.contains(el)) styles.delete(el);
    }
    if (sheets) styles.clear();
    return sheets;
  };
  const cache = (/** @type {Document} */ doc, /** @type {{ width: number, height: number }} */ window) => {
    const view = doc.defaultView;
    if (!observer && view && view.MutationObserver) {
      observer = new view.MutationObserver((list) => {
        records = records.concat(list);
      });
      observer.observe(doc, { subtree: true, childList: true, attributes: true, characterData: true });
    }
    const changed = observer ? records.concat(observer.takeRecords()) : [];
    records = [];
    const sheets = changed.length ? forget(changed) : false;
    const k = `${window.width}x${window.height}`;
    if (!measure || sheets || !observer || k !== key) {
      measure = createMeasure(window, styles, counts);
      key = k;
    } else if (changed.length) measure.invalidate(changed);
    return measure;
  };
  return Object.assign(cache, { counts });
}

module.exports = { createLayout, createMeasure, createMeasureCache, textWidth, length };
