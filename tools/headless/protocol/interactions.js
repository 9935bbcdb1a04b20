// @ts-check
/**
 * What a finger does to an element: touch events, tap (touchstart + touchend + tap, bubbling across
 * components as on a phone), long press, and the built-in component functions the automator client calls
 * through `Element.callFunction` (`input.input`, `switch.tap`, `slider.slideTo`, `swiper.swipeTo`,
 * `scroll-view.scrollTo`, …). Typing respects `disabled` and `maxlength` (140 unless set), as a keyboard would.
 */

/** @typedef {import('../runtime/types').ExpNode} ExpNode */
/** @typedef {import('../runtime/types').Exparser} Exparser */

const { isBuiltin } = require('../runtime/builtins');

const LONGPRESS_MS = 350;

/**
 * @param {Exparser} exparser
 * @param {ReturnType<import('../runtime/tree').createTree>} tree
 */
function createInteractions(exparser, tree) {
  /** @type {WeakMap<ExpNode, number>} */
  const touchStarted = new WeakMap();

  /**
   * @param {unknown} list
   * @returns {Record<string, number>[]}
   */
  const touches = (list) =>
    (Array.isArray(list) ? list : []).map((t, i) => {
      const o = /** @type {Record<string, unknown>} */ (t && typeof t === 'object' ? t : {});
      const x = Number(o.pageX ?? o.clientX ?? o.x ?? 0);
      const y = Number(o.pageY ?? o.clientY ?? o.y ?? 0);
      return {
        identifier: Number(o.identifier ?? i),
        pageX: x,
        pageY: y,
        clientX: Number(o.clientX ?? x),
        clientY: Number(o.clientY ?? y),
        force: 1,
      };
    });

  /**
   * @param {ExpNode} node
   * @param {string} name
   * @param {unknown} detail
   * @param {{ bubbles?: boolean, touches?: unknown, changedTouches?: unknown }} [opts]
   */
  function fire(node, name, detail, opts = {}) {
    const bubbles = opts.bubbles ?? false;
    exparser.Event.dispatchEvent(
      node,
      exparser.Event.create(name, detail === undefined ? {} : detail, {
        bubbles,
        composed: bubbles,
        capturePhase: bubbles,
        extraFields: { touches: touches(opts.touches), changedTouches: touches(opts.changedTouches) },
      }),
    );
  }

  const origin = [{ identifier: 0, pageX: 0, pageY: 0, clientX: 0, clientY: 0 }];

  /**
   * Where a finger on this element lands. There is no layout to hit-test, so a tap on a custom component
   * lands on the first element it renders (a van-button's inner <button>), and bubbles up from there.
   * @param {ExpNode} node
   */
  function hitTarget(node) {
    let target = node;
    while (target.shadowRoot && !tree.isShadowRoot(target) && target.is && !isBuiltin(target.is)) {
      const first = tree.composedChildren(target.shadowRoot).find((c) => tree.isSelectable(c));
      if (!first) break;
      target = first;
    }
    return target;
  }

  /** @param {ExpNode} node */
  function tap(node) {
    const target = hitTarget(node);
    fire(target, 'touchstart', {}, { bubbles: true, touches: origin, changedTouches: origin });
    fire(target, 'touchend', {}, { bubbles: true, touches: [], changedTouches: origin });
    fire(target, 'tap', { x: 0, y: 0 }, { bubbles: true, touches: origin, changedTouches: origin });
  }

  /** @param {ExpNode} node */
  function longpress(node) {
    node = hitTarget(node);
    fire(node, 'touchstart', {}, { bubbles: true, touches: origin, changedTouches: origin });
    fire(node, 'longpress', { x: 0, y: 0 }, { bubbles: true, touches: origin, changedTouches: origin });
    fire(node, 'longtap', { x: 0, y: 0 }, { bubbles: true, touches: origin, changedTouches: origin });
    fire(node, 'touchend', {}, { bubbles: true, touches: [], changedTouches: origin });
  }

  /**
   * A touch event from the client; a touchend completes a tap (quick) or a long press (≥ 350 ms).
   * @param {ExpNode} node
   * @param {'touchstart' | 'touchmove' | 'touchend' | 'touchcancel'} type
   * @param {{ touches?: unknown, changeTouches?: unknown, changedTouches?: unknown }} params
   */
  function touch(node, type, params) {
    const changed = params.changedTouches ?? params.changeTouches ?? origin;
    const current = params.touches ?? (type === 'touchend' || type === 'touchcancel' ? [] : origin);
    fire(node, type, {}, { bubbles: true, touches: current, changedTouches: changed });
    if (type === 'touchstart') touchStarted.set(node, Date.now());
    if (type === 'touchmove') touchStarted.delete(node);
    if (type === 'touchend') {
      const started = touchStarted.get(node);
      touchStarted.delete(node);
      if (started !== undefined) {
        const first = touches(changed)[0] || { pageX: 0, pageY: 0 };
        const detail = { x: first.pageX, y: first.pageY };
        if (Date.now() - started >= LONGPRESS_MS) {
          fire(node, 'longpress', detail, { bubbles: true, touches: current, changedTouches: changed });
          fire(node, 'longtap', detail, { bubbles: true, touches: current, changedTouches: changed });
        } else fire(node, 'tap', detail, { bubbles: true, touches: current, changedTouches: changed });
      }
    }
    if (type === 'touchcancel') touchStarted.delete(node);
  }

  const get = tree.prop;
  const set = tree.setProp;

  /**
   * @param {ExpNode} node
   * @param {string} is
   * @param {string} fn
   */
  const expect = (node, is, fn) => {
    if (node.is !== is) throw new Error(`${fn} needs a <${is}> element, got <${node.is || 'unknown'}>`);
  };

  /**
   * @param {ExpNode} node
   * @param {unknown} value
   * @param {'input' | 'textarea'} is
   */
  function typeInto(node, value, is) {
    expect(node, is, `${is}.input`);
    if (get(node, 'disabled')) return;
    let text = value === undefined || value === null ? '' : String(value);
    const max = Number(get(node, 'maxlength'));
    if (Number.isFinite(max) && max >= 0 && text.length > max) text = text.slice(0, max);
    set(node, 'value', text);
    fire(node, 'input', { value: text, cursor: text.length, keyCode: text ? text.charCodeAt(text.length - 1) : 8 });
  }

  /**
   * Built-in component functions (the `functionName` of Element.callFunction).
   * @type {Record<string, (node: ExpNode, args: unknown[]) => unknown>}
   */
  const functions = {
    'input.input': (node, [value]) => typeInto(node, value, 'input'),
    'textarea.input': (node, [value]) => typeInto(node, value, 'textarea'),
    'switch.tap': (node) => {
      expect(node, 'switch', 'switch.tap');
      tap(node);
    },
    'slider.slideTo': (node, [value]) => {
      expect(node, 'slider', 'slider.slideTo');
      if (get(node, 'disabled')) return;
      const min = Number(get(node, 'min'));
      const max = Number(get(node, 'max'));
      const step = Number(get(node, 'step')) || 1;
      let v = Math.min(max, Math.max(min, Number(value)));
      v = min + Math.round((v - min) / step) * step;
      set(node, 'value', v);
      fire(node, 'changing', { value: v });
      fire(node, 'change', { value: v });
    },
    'swiper.swipeTo': (node, [index]) => {
      expect(node, 'swiper', 'swiper.swipeTo');
      const items = (node.childNodes || []).flatMap(
        /** @type {(c: ExpNode) => ExpNode[]} */
        function flat(c) {
          return c.is === 'swiper-item' ? [c] : c.__virtual ? (c.childNodes || []).flatMap(flat) : [];
        },
      );
      const current = Math.max(0, Math.min(items.length - 1, Math.floor(Number(index))));
      set(node, 'current', current);
      const currentItemId = items[current] ? String(get(items[current], 'itemId') || '') : '';
      fire(node, 'change', { current, currentItemId, source: 'touch' });
      fire(node, 'animationfinish', { current, currentItemId, source: 'touch' });
    },
    'scroll-view.scrollTo': (node, [x, y]) => {
      expect(node, 'scroll-view', 'scroll-view.scrollTo');
      const left = Number(x) || 0;
      const top = Number(y) || 0;
      const deltaX = left - Number(get(node, '__scrollLeft') || 0);
      const deltaY = top - Number(get(node, '__scrollTop') || 0);
      set(node, '__scrollLeft', left);
      set(node, '__scrollTop', top);
      const dom = /** @type {HTMLElement | null} */ (node.$$ && 'scrollHeight' in node.$$ ? node.$$ : null);
      fire(node, 'scroll', {
        scrollLeft: left,
        scrollTop: top,
        scrollWidth: dom ? dom.scrollWidth : 0,
        scrollHeight: dom ? dom.scrollHeight : 0,
        deltaX,
        deltaY,
      });
    },
    'scroll-view.scrollTop': (node) => Number(get(node, '__scrollTop') || 0),
    'scroll-view.scrollLeft': (node) => Number(get(node, '__scrollLeft') || 0),
    'scroll-view.scrollWidth': (node) => (node.$$ && 'scrollWidth' in node.$$ ? node.$$.scrollWidth : 0),
    'scroll-view.scrollHeight': (node) => (node.$$ && 'scrollHeight' in node.$$ ? node.$$.scrollHeight : 0),
    'movable-view.moveTo': (node, [x, y]) => {
      expect(node, 'movable-view', 'movable-view.moveTo');
      set(node, '_translateX', Number(x) || 0);
      set(node, '_translateY', Number(y) || 0);
      fire(node, 'change', { x: Number(x) || 0, y: Number(y) || 0, source: '' });
    },
  };

  return { fire, tap, longpress, touch, functions };
}

module.exports = { createInteractions, LONGPRESS_MS };
