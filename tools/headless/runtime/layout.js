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
 * @param {object} env
 * @param {(el: Element) => CSSStyleDeclaration} env.style Computed style of an element.
 * @param {number} env.windowWidth
 * @param {number} env.windowHeight
 * @param {(el: Element) => boolean} [env.isRoot] The page's own box (starts at 0, 0; window-wide).
 * @param {Map<Element, CSSStyleDeclaration>} [env.styles] Computed styles known to be current (kept by the caller).
 */
function createLayout({ style, windowWidth, windowHeight, isRoot = (el) => !el.parentElement, styles = new Map() }) {
  /** @type {Map<Element, { outerWidth: number, outerHeight: number, width: number, height: number }>} */
  const sizes = new Map();
  /** @type {Map<Element, number>} */
  const fonts = new Map();
  /** @type {Map<Element, { width: number, at: Map<Node, { x: number, y: number }>, height: number }>} */
  const flows = new Map();

  /** Computed styles are read once per element (jsdom computes the cascade anew on every call). */
  /** @param {Element} el @param {string} name */
  const prop = (el, name) => {
    let st = styles.get(el);
    if (!st) styles.set(el, (st = style(el)));
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
    return size(el).width - horizontalInner(el);
  }

  /** @param {Element} el */
  function horizontalInner(el) {
    const cw = containerWidth(el);
    return edges(el, 'left', cw).inner + edges(el, 'right', cw).inner;
  }

  /** @param {Element} el */
  function containerWidth(el) {
    return el.parentElement && !isRoot(el) ? contentWidth(el.parentElement) : windowWidth;
  }

  /** @type {Map<Element, number>} */
  const intrinsics = new Map();
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
   * The border-box size of an element, memoised.
   * @param {Element} el
   */
  function size(el) {
    const hit = sizes.get(el);
    if (hit) return hit;
    /** @type {{ outerWidth: number, outerHeight: number, width: number, height: number }} */
    let out;
    if (display(el) === 'none') out = { outerWidth: 0, outerHeight: 0, width: 0, height: 0 };
    else if (isRoot(el)) {
      out = { outerWidth: windowWidth, outerHeight: 0, width: windowWidth, height: 0 };
      sizes.set(el, out);
      out.height = out.outerHeight = contentHeight(el, windowWidth);
    } else {
      const cw = containerWidth(el);
      const f = fontSize(el);
      const ctx = { percentOf: cw, fontSize: f, windowWidth, windowHeight };
      const l = edges(el, 'left', cw);
      const r = edges(el, 'right', cw);
      const t = edges(el, 'top', cw);
      const b = edges(el, 'bottom', cw);
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
      out = { outerWidth: width + l.margin + r.margin, outerHeight: 0, width, height: 0 };
      sizes.set(el, out);
      // A percentage height resolves against a parent of given height (the page: the window), else it is auto.
      const parentHeight =
        parent && !isRoot(parent) ? length(prop(parent, 'height'), { ...ctx, percentOf: null }) : windowHeight;
      const h = length(prop(el, 'height'), { ...ctx, percentOf: parentHeight });
      let height =
        h !== null
          ? h + (border ? 0 : t.inner + b.inner)
          : contentHeight(el, Math.max(0, width - l.inner - r.inner)) + t.inner + b.inner;
      const minH = length(prop(el, 'min-height'), { ...ctx, percentOf: parentHeight });
      const maxH = length(prop(el, 'max-height'), { ...ctx, percentOf: parentHeight });
      if (maxH !== null) height = Math.min(height, maxH + (border ? 0 : t.inner + b.inner));
      if (minH !== null) height = Math.max(height, minH + (border ? 0 : t.inner + b.inner));
      out.height = height;
      out.outerHeight = height + t.margin + b.margin;
    }
    sizes.set(el, out);
    return out;
  }

  /**
   * Lays the children of `el` out in its content box: returns each in-flow child's offset from the content box's
   * top-left corner, and the content height.
   * @param {Element} el @param {number} width
   */
  function flow(el, width) {
    const hit = flows.get(el);
    if (hit && hit.width === width) return hit;
    /** @type {Map<Node, { x: number, y: number }>} */
    const at = new Map();
    let y = 0;
    let lineX = 0;
    let lineHeight_ = 0;
    const row = flexRow(el);
    const breakLine = () => {
      y += lineHeight_;
      lineX = 0;
      lineHeight_ = 0;
    };
    for (const child of Array.from(el.childNodes)) {
      if (child.nodeType === 3) {
        const text = (child.textContent || '').trim();
        if (!text) continue;
        const w = textWidth(text, fontSize(el));
        const lh = lineHeight(el);
        if (lineX > 0 && lineX + w > width) breakLine();
        at.set(child, { x: lineX, y });
        const lines = Math.max(1, Math.ceil((lineX + w) / Math.max(1, width)));
        if (lines > 1) {
          y += lh * (lines - 1);
          lineX = (lineX + w) % Math.max(1, width);
        } else lineX += w;
        lineHeight_ = Math.max(lineHeight_, lh);
        continue;
      }
      if (child.nodeType !== 1) continue;
      const c = /** @type {Element} */ (child);
      if (display(c) === 'none' || outOfFlow(c)) {
        at.set(c, { x: 0, y });
        continue;
      }
      const s = size(c);
      const cw = width;
      const marginLeft = edges(c, 'left', cw).margin;
      const marginTop = edges(c, 'top', cw).margin;
      if (!row && isBlock(c)) {
        if (lineX > 0) breakLine();
        at.set(c, { x: marginLeft, y: y + marginTop });
        y += s.outerHeight;
        continue;
      }
      if (!row && lineX > 0 && lineX + s.outerWidth > width) breakLine();
      at.set(c, { x: lineX + marginLeft, y: y + marginTop });
      lineX += s.outerWidth;
      lineHeight_ = Math.max(lineHeight_, s.outerHeight);
    }
    const out = { width, at, height: y + lineHeight_ };
    flows.set(el, out);
    return out;
  }

  /** @param {Element} el @param {number} width */
  function contentHeight(el, width) {
    return flow(el, width).height;
  }

  /**
   * The estimated border box of `el` relative to its page.
   * @param {Element} el
   * @returns {Box}
   */
  function box(el) {
    const s = size(el);
    if (isRoot(el) || !el.parentElement) return { left: 0, top: 0, width: s.width, height: s.height };
    const parent = el.parentElement;
    const p = box(parent);
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
        width: s.width,
        height: s.height,
      };
    }
    const pos = flow(parent, pw).at.get(el) || { x: 0, y: 0 };
    return { left: p.left + inset.left + pos.x, top: p.top + inset.top + pos.y, width: s.width, height: s.height };
  }

  return { box };
}

/** The page's own element (the runtime marks it with its route), or the top of a detached tree. @param {Element} el */
const isPageRoot = (el) => el.hasAttribute('data-route') || !el.parentElement;

/**
 * Measures elements as `getBoundingClientRect()` would, top-left relative to the page: the DOM's own answer when it
 * lays out (a browser), else the estimate. One measure shares its estimate across the elements it measures.
 * @param {{ width: number, height: number }} window
 * @param {Map<Element, CSSStyleDeclaration>} [styles] Computed styles known to be current.
 * @returns {(dom: Element) => Box}
 */
function createMeasure(window, styles) {
  /** @type {ReturnType<typeof createLayout> | null} */
  let layout = null;
  return (dom) => {
    const r = dom.getBoundingClientRect();
    if (r.width || r.height) return { left: r.left, top: r.top, width: r.width, height: r.height };
    const view = dom.ownerDocument.defaultView;
    if (!view) return { left: 0, top: 0, width: 0, height: 0 };
    if (!layout)
      layout = createLayout({
        style: (el) => view.getComputedStyle(el),
        windowWidth: window.width,
        windowHeight: window.height,
        isRoot: isPageRoot,
        styles,
      });
    return layout.box(dom);
  };
}

/**
 * A measure that lasts while the document does not change: a list whose items each measure themselves (and set data
 * the template does not show) shares one estimate; any change to the DOM starts a new one. Computed styles outlive
 * estimates: a change to an element's attributes forgets the styles of it and what is inside it, a change to the
 * document's style sheets forgets them all. A MutationObserver says what changed.
 * @returns {(doc: Document, window: { width: number, height: number }) => (dom: Element) => Box}
 */
function createMeasureCache() {
  /** @type {((dom: Element) => Box) | null} */
  let measure = null;
  let key = '';
  /** @type {MutationRecord[]} */
  let records = [];
  /** @type {MutationObserver | null} */
  let observer = null;
  /** @type {Map<Element, CSSStyleDeclaration>} */
  const styles = new Map();
  /** @param {MutationRecord[]} list */
  const forget = (list) => {
    for (const r of list) {
      const target = /** @type {Element} */ (r.target);
      const sheet = (/** @type {Node} */ n) => n.nodeName === 'STYLE' || n.nodeName === 'LINK';
      if (
        target.nodeName === 'HEAD' ||
        sheet(target) ||
        (target.parentNode && sheet(target.parentNode)) ||
        Array.from(r.addedNodes).concat(Array.from(r.removedNodes)).some(sheet)
      )
        styles.clear();
      else if (r.type === 'attributes')
        for (const el of [...styles.keys()]) if (el === target || target.contains(el)) styles.delete(el);
    }
  };
  return (doc, window) => {
    const view = doc.defaultView;
    if (!observer && view && view.MutationObserver) {
      observer = new view.MutationObserver((list) => {
        records = records.concat(list);
      });
      observer.observe(doc, { subtree: true, childList: true, attributes: true, characterData: true });
    }
    const changed = observer ? records.concat(observer.takeRecords()) : [];
    records = [];
    if (changed.length) forget(changed);
    const k = `${window.width}x${window.height}`;
    if (!measure || changed.length || !observer || k !== key) {
      measure = createMeasure(window, styles);
      key = k;
    }
    return measure;
  };
}

module.exports = { createLayout, createMeasure, createMeasureCache, textWidth, length };
