// @ts-check
/**
 * WXS response events (WeChat's "WXS 响应事件"): a template binds an event, or a `change:` observer, to a function
 * of one of its WXS modules, and the function runs in the view with ComponentDescriptors of the element and of the
 * page or component that owns the template:
 *
 *   <view bindtouchmove="{{drag.move}}" change:prop="{{drag.propChange}}" prop="{{offset}}">
 *
 * wcc compiles such a binding into an attribute named `$wxs:bindtouchmove` (`$wxs:change:prop`) whose value is the
 * WXS function; j-component takes it for a plain attribute and does nothing with it. This module watches those
 * attributes as j-component renders and updates nodes (its `render` module, as bindings.js does) and:
 * - adds an exparser listener per bound event that calls the function with `(event, ownerInstance)`, `event.instance`
 *   the descriptor of the element the handler is bound to; `return false` stops the event as `catch` does;
 * - calls a `change:prop` function with `(newValue, oldValue, ownerInstance, instance)` after the render that set
 *   `prop` (once when the node is created, then whenever an update sets it, even to the same value, as WeChat does).
 *
 * WXS code reads and writes properties with an `nv_` prefix (wcc renames `e.instance` to `e.nv_instance`), so what
 * goes in is converted to that form and what comes out (setStyle's object, callMethod's arguments) back.
 */

const { convertRpx } = require('./wxss');
const { eachNode } = require('./bindings');

/** @typedef {import('./types').ExpNode} ExpNode */
/** @typedef {{ name: string, value: unknown }} Attr */
/** @typedef {(...args: unknown[]) => unknown} WxsFunction */

/**
 * The parts of exparser this module calls.
 * @typedef {object} WxsExparser
 * @property {(node: ExpNode, name: string, fn: (evt: WxsSourceEvent) => unknown, opts: { capture: boolean }) => number} addListenerToElement
 * @property {(node: ExpNode, name: string, id: number, opts: { capture: boolean }) => void} removeListenerFromElement
 * @property {(label: string, fn: Function, self: unknown, args: unknown[], node?: ExpNode) => unknown} safeCallback
 * @property {(node: ExpNode, name: string, detail: unknown, opts: object) => void} [triggerEvent]
 * @property {{ getMethodCaller(node: ExpNode): Record<string, unknown> }} Element
 */

/**
 * An exparser event as a listener receives it.
 * @typedef {object} WxsSourceEvent
 * @property {string} type
 * @property {number} timeStamp
 * @property {ExpNode} target
 * @property {unknown} detail
 * @property {unknown} touches
 * @property {unknown} changedTouches
 * @property {() => boolean} mutatedMarked
 * @property {() => void} markMutated
 */

/**
 * What one node has bound to WXS functions.
 * @typedef {object} NodeBindings
 * @property {Map<string, { fn: WxsFunction, event: string, capture: boolean, id: number }>} handlers by attribute
 * @property {Map<string, WxsFunction>} observers by the observed attribute (`prop` for `change:prop`)
 * @property {Map<string, unknown>} last the value each observer was last called with
 */

const PREFIX = '$wxs:';
/** exparser joins a node's style segments; the template writes segment 0, setStyle this one. */
const STYLE_SEGMENT = 1;

/** @param {unknown} v @returns {v is Record<string, unknown>} */
const isObject = (v) => !!v && typeof v === 'object';

/**
 * A value as WXS code sees it: every object key prefixed with `nv_`.
 * @param {unknown} value
 * @returns {unknown}
 */
function toWxs(value) {
  if (Array.isArray(value)) return value.map(toWxs);
  if (!isObject(value) || value instanceof Date || value instanceof RegExp) return value;
  /** @type {Record<string, unknown>} */
  const out = {};
  for (const key of Object.keys(value)) {
    if (typeof value[key] !== 'function') out[`nv_${key}`] = toWxs(value[key]);
  }
  // A touch list or a host object may keep its fields on its prototype (a browser's Touch).
  if (!Object.keys(value).length && Object.getPrototypeOf(value) !== Object.prototype) {
    for (const key in value) if (typeof value[key] !== 'function') out[`nv_${key}`] = toWxs(value[key]);
  }
  return out;
}

/**
 * A value WXS code made, as the logic layer and the DOM see it: the `nv_` prefixes taken off.
 * @param {unknown} value
 * @returns {unknown}
 */
function fromWxs(value) {
  if (Array.isArray(value)) return value.map(fromWxs);
  if (!isObject(value) || value instanceof Date || value instanceof RegExp || typeof value === 'function') return value;
  /** @type {Record<string, unknown>} */
  const out = {};
  for (const key of Object.keys(value)) out[key.startsWith('nv_') ? key.slice(3) : key] = fromWxs(value[key]);
  return out;
}

/**
 * CSS text of what setStyle was given: a string as it is, an object as `name: value` pairs (camelCase names
 * dashed); rpx converted to px.
 * @param {unknown} style
 */
function styleText(style) {
  const plain = fromWxs(style);
  const text = isObject(plain)
    ? Object.entries(plain)
        .filter(([, v]) => v !== undefined && v !== null && v !== '')
        .map(([k, v]) => `${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}:${String(v)}`)
        .join(';')
    : String(plain ?? '');
  return convertRpx(text);
}

/**
 * @typedef {ExpNode & { setNodeStyle?: (css: string, segment: number) => void, __styleSegments?: string[],
 *   __domElement?: Element | null }} StyledNode
 */

/**
 * Sets the style a WXS function gave a node: a segment of exparser's own, after the template's style, so it wins and
 * a template update keeps it.
 * @param {StyledNode} node
 * @param {string | null} css null to write the segments again (after the template's style changed)
 */
function setStyle(node, css) {
  if (css !== null && node.setNodeStyle) node.setNodeStyle(css, STYLE_SEGMENT);
  // exparser joins the segments with ';' even when one is empty or ends with ';': a browser skips the empty
  // declaration, jsdom drops the whole style.
  const dom = node.__domElement;
  const segments = node.__styleSegments;
  if (dom && segments) {
    const parts = segments.map((seg) => String(seg || '').replace(/^[\s;]+|[\s;]+$/g, '')).filter(Boolean);
    dom.setAttribute('style', parts.join(';'));
  }
}

/**
 * The event of an attribute wcc marks as bound to WXS (`$wxs:bindtouchmove`, `$wxs:capture-catch:tap`), or null
 * for an observer or anything else.
 * @param {string} attr The attribute name without `$wxs:`.
 */
function parseEventAttr(attr) {
  const m = /^(capture-)?(mut-)?(bind|catch):?(.+)$/.exec(attr);
  if (!m) return null;
  return { capture: !!m[1], mutated: !!m[2], isCatch: m[3] === 'catch', event: m[4] };
}

/**
 * @param {WxsExparser} exparser
 * @param {ReturnType<import('./tree').createTree>} tree
 */
function createWxsEvents(exparser, tree) {
  /** @type {WeakMap<ExpNode, NodeBindings>} */
  const bound = new WeakMap();
  /** @type {WeakMap<ExpNode, Record<string, unknown>>} */
  const descriptors = new WeakMap();
  /** @type {WeakMap<ExpNode, Record<string, unknown>>} */
  const states = new WeakMap();
  /** Observer calls waiting for the render that set their value to finish. */
  /** @type {Array<() => void>} */
  const queued = [];

  /** @param {ExpNode} node */
  const stateOf = (node) => {
    let state = states.get(node);
    if (!state) {
      state = {};
      states.set(node, state);
    }
    return state;
  };

  /** @param {ExpNode} node @returns {NodeBindings} */
  const bindingsOf = (node) => {
    let b = bound.get(node);
    if (!b) {
      b = { handlers: new Map(), observers: new Map(), last: new Map() };
      bound.set(node, b);
    }
    return b;
  };

  /**
   * The page or component whose template holds the node.
   * @param {ExpNode} node
   * @returns {ExpNode | null}
   */
  const ownerOf = (node) => {
    const root = /** @type {(ExpNode & { getHostNode?: () => ExpNode }) | null | undefined} */ (node.ownerShadowRoot);
    if (!root) return null;
    return (root.getHostNode && root.getHostNode()) || root.__wxHost || null;
  };

  /**
   * Runs WXS code as exparser runs handlers: an exception is reported (App.onError, the automator's
   * exceptionThrown), not thrown.
   * @param {string} label
   * @param {Function} fn
   * @param {unknown[]} args
   * @param {ExpNode} node
   */
  const run = (label, fn, args, node) => exparser.safeCallback(label, fn, null, args, node);

  /**
   * The ComponentDescriptor of a node: of the owner (its template's shadow root is the scope of its selections)
   * or of an element (its subtree is).
   * @param {ExpNode} node
   * @param {boolean} owner
   * @returns {Record<string, unknown>}
   */
  function descriptor(node, owner) {
    const cache = descriptors.get(node);
    const key = owner ? 'owner' : 'element';
    if (cache && cache[key]) return /** @type {Record<string, unknown>} */ (cache[key]);
    const scope = () => (owner ? node.shadowRoot || node : node);
    /** @param {unknown} selector */
    const select = (selector, first = false) =>
      tree.querySelectorAll(scope(), String(fromWxs(selector)), first).map((n) => descriptor(n, false));
    /** @param {unknown} names */
    const classNames = (names) =>
      String(names ?? '')
        .split(/\s+/)
        .filter(Boolean);
    const classList = () =>
      /** @type {{ toggle(name: string, on: boolean): void, contains(name: string): boolean } | null} */ (
        node.classList || null
      );
    const methodOwner = () => (owner ? node : ownerOf(node));
    const d = {
      nv_selectComponent: (/** @type {unknown} */ selector) => select(selector, true)[0] || null,
      nv_selectAllComponents: (/** @type {unknown} */ selector) => select(selector),
      nv_setStyle: (/** @type {unknown} */ style) => {
        setStyle(node, styleText(style));
        return d;
      },
      nv_addClass: (/** @type {unknown} */ names) => {
        const list = classList();
        if (list) for (const n of classNames(names)) list.toggle(n, true);
        return d;
      },
      nv_removeClass: (/** @type {unknown} */ names) => {
        const list = classList();
        if (list) for (const n of classNames(names)) list.toggle(n, false);
        return d;
      },
      nv_hasClass: (/** @type {unknown} */ name) => {
        const list = classList();
        return !!list && classNames(name).every((n) => list.contains(n));
      },
      nv_getDataset: () => toWxs({ ...(node.dataset || {}) }),
      nv_getState: () => stateOf(node),
      nv_callMethod: (/** @type {unknown} */ name, /** @type {unknown} */ args) => {
        const host = methodOwner();
        if (!host) return undefined;
        const caller = exparser.Element.getMethodCaller(host);
        const fn = caller && caller[String(name)];
        if (typeof fn !== 'function') return undefined;
        run(`callMethod ${String(name)}`, fn.bind(caller), [fromWxs(args)], host);
        return undefined;
      },
      nv_triggerEvent: (/** @type {unknown} */ name, /** @type {unknown} */ detail) => {
        if (exparser.triggerEvent) exparser.triggerEvent(node, String(name), fromWxs(detail), {});
      },
      nv_requestAnimationFrame: (/** @type {unknown} */ fn) => {
        if (typeof fn !== 'function') return;
        const raf = /** @type {{ requestAnimationFrame?: (cb: () => void) => unknown }} */ (globalThis)
          .requestAnimationFrame;
        const call = () => void run('requestAnimationFrame', fn, [], node);
        if (typeof raf === 'function') raf(call);
        else setTimeout(call, 16);
      },
      nv_getComputedStyle: (/** @type {unknown} */ names) => {
        const dom = /** @type {Element | null | undefined} */ (node.$$);
        const view = dom && dom.ownerDocument && dom.ownerDocument.defaultView;
        /** @type {Record<string, string>} */
        const out = {};
        if (!dom || !view || dom.nodeType !== 1) return toWxs(out);
        const style = view.getComputedStyle(dom);
        const list = Array.isArray(names) ? names : [names];
        for (const n of list.map((x) => String(x))) {
          out[n] = style.getPropertyValue(n.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`));
        }
        return toWxs(out);
      },
    };
    descriptors.set(node, { ...(cache || {}), [key]: d });
    return d;
  }

  /**
   * An event's target or currentTarget as handlers see it.
   * @param {ExpNode} n
   */
  const targetOf = (n) => {
    const dom = /** @type {HTMLElement | null | undefined} */ (n.$$);
    return {
      id: n.id || '',
      offsetLeft: (dom && dom.offsetLeft) || 0,
      offsetTop: (dom && dom.offsetTop) || 0,
      dataset: { ...(n.dataset || {}) },
    };
  };

  /**
   * Adds the listener of a `$wxs:` event attribute.
   * @param {ExpNode} node
   * @param {NodeBindings} b
   * @param {string} attr
   * @param {WxsFunction} fn
   */
  function listen(node, b, attr, fn) {
    const parsed = parseEventAttr(attr);
    if (!parsed) return;
    const existing = b.handlers.get(attr);
    if (existing) {
      existing.fn = fn;
      return;
    }
    const entry = { fn, event: parsed.event, capture: parsed.capture, id: 0 };
    entry.id = exparser.addListenerToElement(
      node,
      parsed.event,
      (evt) => {
        const marked = evt.mutatedMarked();
        if (parsed.mutated && marked) return undefined;
        if (parsed.mutated) evt.markMutated();
        const owner = ownerOf(node);
        const event = /** @type {Record<string, unknown>} */ (
          toWxs({
            type: evt.type,
            timeStamp: evt.timeStamp,
            target: targetOf(evt.target || node),
            currentTarget: targetOf(node),
            detail: evt.detail,
            touches: evt.touches,
            changedTouches: evt.changedTouches,
            mut: marked,
          })
        );
        event.nv_instance = descriptor(node, false);
        const out = run(`WXS ${attr}`, entry.fn, [event, owner ? descriptor(owner, true) : null], node);
        if (out === false || parsed.isCatch) return false;
        return undefined;
      },
      { capture: parsed.capture },
    );
    b.handlers.set(attr, entry);
  }

  /** @param {ExpNode} node @param {NodeBindings} b @param {string} attr */
  function unlisten(node, b, attr) {
    const entry = b.handlers.get(attr);
    if (!entry) return;
    exparser.removeListenerFromElement(node, entry.event, entry.id, { capture: entry.capture });
    b.handlers.delete(attr);
  }

  /** Runs the observer calls queued by the render that just finished. */
  const flush = () => {
    for (let call = queued.shift(); call; call = queued.shift()) call();
  };

  /**
   * Takes note of what a render set on a node: its `$wxs:` bindings, and the values `change:` observers watch.
   * @param {ExpNode} node
   * @param {Attr[]} attrs the attributes set (all of them when the node was created)
   */
  function apply(node, attrs) {
    const styled = /** @type {StyledNode} */ (node);
    if (styled.__styleSegments && styled.__styleSegments[STYLE_SEGMENT] && attrs.some((a) => a.name === 'style')) {
      setStyle(styled, null);
    }
    const mine = attrs.filter((a) => a.name.startsWith(PREFIX));
    const existing = bound.get(node);
    if (!mine.length && !existing) return;
    const b = bindingsOf(node);
    for (const { name, value } of mine) {
      const attr = name.slice(PREFIX.length);
      if (attr.startsWith('change:')) {
        const prop = attr.slice('change:'.length);
        if (typeof value === 'function') b.observers.set(prop, /** @type {WxsFunction} */ (value));
        else b.observers.delete(prop);
      } else if (typeof value === 'function') listen(node, b, attr, /** @type {WxsFunction} */ (value));
      else unlisten(node, b, attr);
    }
    if (!b.observers.size) return;
    const set = new Set(attrs.map((a) => a.name));
    for (const [prop, fn] of b.observers) {
      if (!set.has(prop)) continue;
      const attr = attrs.find((a) => a.name === prop);
      const value = attr ? attr.value : undefined;
      const old = b.last.get(prop);
      b.last.set(prop, value);
      if (!queued.length) Promise.resolve().then(flush);
      queued.push(() => {
        const owner = ownerOf(node);
        run(
          `WXS change:${prop}`,
          fn,
          [toWxs(value), toWxs(old), owner ? descriptor(owner, true) : null, descriptor(node, false)],
          node,
        );
      });
    }
  }

  return { apply, descriptor };
}

/** @type {WeakMap<object, ReturnType<typeof createWxsEvents>>} */
const installed = new WeakMap();

/**
 * Runs WXS response events on a framework (once per exparser instance). Install it before bindings.js, so that an
 * update hands this module the attributes it really sets.
 * @param {{ exparser: unknown, internals?: import('./bindings').JInternals }} framework
 * @param {ReturnType<import('./tree').createTree>} tree
 * @returns {boolean} whether WXS response events run (j-component's render module is needed)
 */
function wxsEvents(framework, tree) {
  const { internals } = framework;
  if (!internals) return false;
  const exparser = /** @type {WxsExparser} */ (framework.exparser);
  if (installed.has(exparser)) return true;
  const events = createWxsEvents(exparser, tree);
  installed.set(exparser, events);
  const { render } = internals;
  const renderNode = render.renderExparserNode;
  render.renderExparserNode = (vt, host, root) => {
    const node = renderNode(vt, host, root);
    eachNode(vt, (v) => {
      if (v.exparserNode && v.attrs && v.attrs.some((a) => a.name.startsWith(PREFIX)))
        events.apply(v.exparserNode, v.attrs);
    });
    return node;
  };
  const updateAttrs = render.updateAttrs;
  render.updateAttrs = (node, attrs) => {
    updateAttrs(node, attrs);
    events.apply(node, attrs);
  };
  return true;
}

module.exports = { wxsEvents, toWxs, fromWxs, styleText };
