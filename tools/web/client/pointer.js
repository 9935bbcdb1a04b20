// @ts-check
/**
 * Mouse and pen input → the touch events a mini program listens to. WeChat derives `tap` and `longpress` from touches
 * (j-component does the same for real touch events, which a phone or Chromium's touch emulation sends). A desktop
 * browser sends mouse events instead, so here a press-and-release without moving becomes touchstart → touchend → tap,
 * a press held for 350 ms becomes longpress (and no tap), as in the WeChat runtime.
 */

const MOVE_LIMIT = 10;
const LONGPRESS_MS = 350;

/**
 * The nearest DOM node that belongs to an exparser element (native children of a built-in, such as the <input> inside
 * wx-input, do not).
 * @param {EventTarget | null} target
 * @returns {Node | null}
 */
function exparserTarget(target) {
  let n = /** @type {Node | null} */ (target);
  while (n && !(/** @type {{ __wxElement?: unknown }} */ (n).__wxElement)) n = n.parentNode;
  return n;
}

/**
 * @param {PointerEvent} e
 */
function touchOf(e) {
  return { identifier: 0, pageX: e.pageX, pageY: e.pageY, clientX: e.clientX, clientY: e.clientY, force: 1 };
}

/**
 * Listens on `root` (the element pages render into) and dispatches exparser events.
 * @param {HTMLElement} root
 * @param {{ Event: { create(name: string, detail: unknown, options: object): unknown, dispatchEvent(target: unknown, event: unknown): void } }} exparser
 * @returns {() => void} removes the listeners
 */
function installPointer(root, exparser) {
  /** @type {{ target: Node, x: number, y: number, cancelled: boolean, timer: number, event: PointerEvent } | null} */
  let press = null;

  /**
   * @param {Node} target
   * @param {string} name
   * @param {object} detail
   * @param {PointerEvent} e
   * @param {object[]} touches
   * @param {object[]} changed
   */
  const fire = (target, name, detail, e, touches, changed) => {
    exparser.Event.dispatchEvent(
      target,
      exparser.Event.create(name, detail, {
        originalEvent: e,
        bubbles: true,
        capturePhase: true,
        composed: true,
        extraFields: { touches, changedTouches: changed },
      }),
    );
  };

  /** @param {PointerEvent} e */
  const down = (e) => {
    if (e.pointerType === 'touch' || e.button !== 0) return;
    const target = exparserTarget(e.target);
    if (!target) return;
    const t = touchOf(e);
    press = {
      target,
      x: e.pageX,
      y: e.pageY,
      cancelled: false,
      event: e,
      timer: window.setTimeout(() => {
        if (!press || press.cancelled) return;
        press.cancelled = true;
        fire(target, 'longpress', { x: t.pageX, y: t.pageY }, e, [t], [t]);
      }, LONGPRESS_MS),
    };
    fire(target, 'touchstart', {}, e, [t], [t]);
  };

  /** @param {PointerEvent} e */
  const move = (e) => {
    if (!press || e.pointerType === 'touch') return;
    const t = touchOf(e);
    if (Math.abs(e.pageX - press.x) >= MOVE_LIMIT || Math.abs(e.pageY - press.y) >= MOVE_LIMIT) {
      press.cancelled = true;
      window.clearTimeout(press.timer);
    }
    fire(press.target, 'touchmove', {}, e, [t], [t]);
  };

  /** @param {PointerEvent} e */
  const up = (e) => {
    if (!press || e.pointerType === 'touch') return;
    const p = press;
    press = null;
    window.clearTimeout(p.timer);
    const t = touchOf(e);
    fire(p.target, 'touchend', {}, e, [], [t]);
    if (!p.cancelled) fire(p.target, 'tap', { x: t.pageX, y: t.pageY }, e, [], [t]);
  };

  /** @param {PointerEvent} e */
  const cancel = (e) => {
    if (!press || e.pointerType === 'touch') return;
    window.clearTimeout(press.timer);
    fire(press.target, 'touchcancel', {}, e, [], [touchOf(e)]);
    press = null;
  };

  root.addEventListener('pointerdown', down);
  window.addEventListener('pointermove', move);
  window.addEventListener('pointerup', up);
  window.addEventListener('pointercancel', cancel);
  return () => {
    root.removeEventListener('pointerdown', down);
    window.removeEventListener('pointermove', move);
    window.removeEventListener('pointerup', up);
    window.removeEventListener('pointercancel', cancel);
  };
}

module.exports = { installPointer, exparserTarget, MOVE_LIMIT, LONGPRESS_MS };
