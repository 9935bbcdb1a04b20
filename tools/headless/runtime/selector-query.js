// @ts-check
/**
 * `wx.createSelectorQuery()` and `this.createSelectorQuery()`: select nodes of the current page (or, after
 * `.in(component)`, of a component), and read id, dataset, rect, size, scroll offset, properties and
 * computed style. Results arrive asynchronously from `exec`, as on a phone. Sizes come from the DOM the
 * runtime renders into; a headless DOM has no layout, so there they are estimated from the WXSS (layout.js).
 */

const { inertObject } = require('./inert');
const { createCanvasNode } = require('./canvas');
const { createWebGLContext } = require('./webgl');
const { createMeasureCache } = require('./layout');

/** @typedef {import('./types').ExpNode} ExpNode */

/**
 * @param {object} deps
 * @param {ReturnType<import('./tree').createTree>} deps.tree
 * @param {() => ExpNode | null} deps.pageScope The current page's shadow root.
 * @param {() => { width: number, height: number, scrollTop: number }} deps.viewport
 * @param {(fn: () => void) => void} deps.later
 * @param {(feature: string, detail?: string) => void} deps.unsupported Warns once per page.
 */
function createSelectorQueryFactory({ tree, pageScope, viewport, later, unsupported }) {
  /** One layout estimate while the DOM does not change (a list whose items each measure themselves). */
  const measures = createMeasureCache();
  /** A measure for nodes of the document `dom` is in. @param {Element} dom */
  const measureOf = (dom) => measures(dom.ownerDocument, viewport())(dom);
  /** Each `<canvas>` element's node, so every query answers the same one and its pixels stay. */
  /** @type {WeakMap<ExpNode, ReturnType<typeof createCanvasNode>>} */
  const canvases = new WeakMap();

  /**
   * `fields({ node: true })`: the node object. A canvas gives a node whose 2d context rasterises what is drawn
   * (canvas.js) and whose WebGL context answers like a phone's and draws nothing (webgl.js, `unsupported: webgl`);
   * a scroll-view's node scrolls nothing.
   * @param {ExpNode} node
   */
  function nodeOf(node) {
    const is = String(/** @type {{ is?: unknown }} */ (node).is || '');
    if (is === 'canvas') return canvasOf(node).node;
    return inertObject({ id: node.id || '' });
  }

  /** @param {ExpNode} node */
  function canvasOf(node) {
    let canvas = canvases.get(node);
    if (!canvas) {
      canvas = createCanvasNode({ unsupported, webgl: createWebGLContext });
      canvases.set(node, canvas);
    }
    return canvas;
  }

  /**
   * @param {ExpNode} node
   * @param {Record<string, unknown>} fields
   * @param {(dom: Element) => import('./layout').Box} measure
   */
  function read(node, fields, measure) {
    /** @type {Record<string, unknown>} */
    const out = {};
    const dom = /** @type {HTMLElement | null} */ (node.$$ && 'getBoundingClientRect' in node.$$ ? node.$$ : null);
    if (fields.id) out.id = node.id || '';
    if (fields.dataset) out.dataset = { ...(node.dataset || {}) };
    if (fields.rect || fields.size) {
      const r = dom ? measure(dom) : { left: 0, top: 0, width: 0, height: 0 };
      if (fields.rect)
        Object.assign(out, { left: r.left, right: r.left + r.width, top: r.top, bottom: r.top + r.height });
      if (fields.size) Object.assign(out, { width: r.width, height: r.height });
    }
    if (fields.scrollOffset) {
      const n = /** @type {Record<string, unknown>} */ (/** @type {unknown} */ (node));
      out.scrollLeft = Number(n.__scrollLeft || 0);
      out.scrollTop = Number(n.__scrollTop || 0);
      out.scrollWidth = dom ? dom.scrollWidth : 0;
      out.scrollHeight = dom ? dom.scrollHeight : 0;
    }
    if (Array.isArray(fields.properties)) {
      for (const raw of fields.properties) {
        const name = String(raw).replace(/-([a-z])/g, (_m, c) => c.toUpperCase());
        if (node.__propPublic && node.__propPublic[name])
          out[name] = /** @type {Record<string, unknown>} */ (/** @type {unknown} */ (node))[name];
      }
    }
    if (Array.isArray(fields.computedStyle) && dom && dom.ownerDocument && dom.ownerDocument.defaultView) {
      const style = dom.ownerDocument.defaultView.getComputedStyle(dom);
      for (const key of fields.computedStyle)
        out[key] = style.getPropertyValue(String(key).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`));
    }
    if (fields.context) out.context = {};
    if (fields.node) out.node = nodeOf(node);
    return out;
  }

  class SelectorQuery {
    /** @param {ExpNode | null} scope */
    constructor(scope) {
      this.scope = scope;
      /** @type {{ selector: string | null, single: boolean, fields: Record<string, unknown>, cb: ((res: unknown) => void) | null }[]} */
      this.queue = [];
    }
    /** @param {{ _exparserNode?: ExpNode } | null | undefined} component */
    in(component) {
      if (!component || !component._exparserNode) throw new Error('SelectorQuery.in: invalid component');
      this.scope = component._exparserNode.shadowRoot || component._exparserNode;
      return this;
    }
    /** @param {string} selector */
    select(selector) {
      return new NodesRef(this, selector, true);
    }
    /** @param {string} selector */
    selectAll(selector) {
      return new NodesRef(this, selector, false);
    }
    selectViewport() {
      return new NodesRef(this, null, true);
    }
    /** @param {(res: unknown[]) => void} [cb] */
    exec(cb) {
      const queue = this.queue;
      this.queue = [];
      const scope = this.scope || pageScope();
      later(() => {
        const results = queue.map((q) => {
          let value;
          if (q.selector === null) {
            const v = viewport();
            value = {
              ...(q.fields.id ? { id: '' } : {}),
              ...(q.fields.dataset ? { dataset: {} } : {}),
              ...(q.fields.rect ? { left: 0, top: 0, right: v.width, bottom: v.height } : {}),
              ...(q.fields.size ? { width: v.width, height: v.height } : {}),
              ...(q.fields.scrollOffset ? { scrollLeft: 0, scrollTop: v.scrollTop } : {}),
            };
          } else {
            const nodes = scope ? tree.querySelectorAll(scope, q.selector, q.single) : [];
            value = q.single
              ? nodes[0]
                ? read(nodes[0], q.fields, measureOf)
                : null
              : nodes.map((n) => read(n, q.fields, measureOf));
          }
          if (q.cb) q.cb(value);
          return value;
        });
        if (cb) cb(results);
      });
      return this;
    }
  }

  class NodesRef {
    /** @param {SelectorQuery} query @param {string | null} selector @param {boolean} single */
    constructor(query, selector, single) {
      this.query = query;
      this.selector = selector;
      this.single = single;
    }
    /** @param {Record<string, unknown>} fields @param {(res: unknown) => void} [cb] */
    fields(fields, cb) {
      this.query.queue.push({ selector: this.selector, single: this.single, fields, cb: cb || null });
      return this.query;
    }
    /** @param {(res: unknown) => void} [cb] */
    boundingClientRect(cb) {
      return this.fields({ id: true, dataset: true, rect: true, size: true }, cb);
    }
    /** @param {(res: unknown) => void} [cb] */
    scrollOffset(cb) {
      return this.fields({ id: true, dataset: true, scrollOffset: true }, cb);
    }
    /** @param {(res: unknown) => void} [cb] */
    context(cb) {
      return this.fields({ context: true }, cb);
    }
    /** @param {(res: unknown) => void} [cb] */
    node(cb) {
      return this.fields({ node: true }, cb);
    }
  }

  return {
    /** @param {ExpNode | null} [scope] */
    create: (scope) => new SelectorQuery(scope || null),
    /** What the layout estimate has done so far (boxes laid out, styles computed): a bound tests and the bench read. */
    layoutCounts: measures.counts,
    /**
     * The pixels drawn on a `<canvas>` element so far, or null (not a canvas, or nothing drawn).
     * @param {ExpNode} node
     */
    canvasPixels: (node) =>
      String(/** @type {{ is?: unknown }} */ (node).is || '') === 'canvas' && canvases.has(node)
        ? /** @type {ReturnType<typeof createCanvasNode>} */ (canvases.get(node)).snapshot()
        : null,
  };
}

module.exports = { createSelectorQueryFactory };
