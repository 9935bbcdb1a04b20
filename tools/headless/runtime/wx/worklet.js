// @ts-check
/**
 * `wx.worklet`: animations that run on the skyline renderer's UI thread. The headless runtime has no renderer, so
 * the namespace is inert and says so (`unsupported: wx.worklet`, once per page): shared values hold what is set,
 * an animation (`timing`, `spring`, …) is its end value at once, easing curves exist (`Easing.bezier(…).factory()`),
 * `runOnJS`/`runOnUI` return the function. Pages that test `typeof wx.worklet === 'object'` take their worklet path.
 */
const { inertObject } = require('../inert');

/** @param {number} t */
const linear = (t) => t;
/** An easing curve: callable, and `factory()` as the real `Easing.bezier(…)` result has. */
const curve = () => Object.assign((/** @type {number} */ t) => t, { factory: () => linear });

/** Easing functions taking a parameter (return a curve) and plain ones (are a curve). */
const CURVE_MAKERS = ['bezier', 'cubicBezier', 'poly', 'elastic', 'back', 'in', 'out', 'inOut', 'steps'];
const PLAIN_CURVES = ['linear', 'ease', 'quad', 'cubic', 'sin', 'circle', 'exp', 'bounce'];

/**
 * @param {() => void} warn says `unsupported: wx.worklet` (once per page)
 * @returns {Record<string, unknown>}
 */
function createWorklet(warn) {
  /** @type {Record<string, unknown>} */
  const Easing = {};
  for (const name of CURVE_MAKERS) Easing[name] = curve;
  for (const name of PLAIN_CURVES) Easing[name] = curve();
  /** @param {Function} fn */
  const said =
    (fn) =>
    (/** @type {unknown[]} */ ...args) => {
      warn();
      return fn(...args);
    };
  return inertObject({
    Easing,
    shared: said((/** @type {unknown} */ value) => ({ value })),
    derived: said((/** @type {() => unknown} */ fn) => {
      const holder = { value: /** @type {unknown} */ (undefined) };
      try {
        holder.value = typeof fn === 'function' ? fn() : undefined;
      } catch {
        holder.value = undefined;
      }
      return holder;
    }),
    timing: said((/** @type {unknown} */ to) => to),
    spring: said((/** @type {unknown} */ to) => to),
    decay: said(() => 0),
    sequence: said((/** @type {unknown[]} */ ...steps) => steps[steps.length - 1]),
    repeat: said((/** @type {unknown} */ step) => step),
    delay: said((/** @type {unknown} */ _ms, /** @type {unknown} */ step) => step),
    cancelAnimation: said(() => undefined),
    runOnJS: (/** @type {unknown} */ fn) => fn,
    runOnUI: (/** @type {unknown} */ fn) => fn,
  });
}

/**
 * `wx.router`: skyline's custom routes (`addRouteBuilder`, `getRouteContext`, `removeRouteBuilder`). Without a
 * renderer no route animates: builders are kept and never run, and a page's route context is that of a page that
 * finished opening (`primaryAnimation.value` 1, the secondary 0, no gesture), its methods doing nothing.
 * @param {() => void} warn says `unsupported: wx.router` (once per page)
 * @returns {Record<string, unknown>}
 */
function createRouter(warn) {
  /** @type {Map<string, unknown>} */
  const builders = new Map();
  const routeContext = () => ({
    primaryAnimation: { value: 1 },
    primaryAnimationStatus: { value: 0 },
    secondaryAnimation: { value: 0 },
    secondaryAnimationStatus: { value: 0 },
    userGestureInProgress: { value: 0 },
    startUserGesture: () => undefined,
    stopUserGesture: () => undefined,
    didPop: () => undefined,
  });
  return {
    addRouteBuilder(/** @type {string} */ type, /** @type {unknown} */ builder) {
      warn();
      builders.set(String(type), builder);
    },
    removeRouteBuilder(/** @type {string} */ type) {
      builders.delete(String(type));
    },
    getRouteContext() {
      warn();
      return routeContext();
    },
  };
}

module.exports = { createWorklet, createRouter };
