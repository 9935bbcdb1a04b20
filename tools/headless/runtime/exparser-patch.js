// @ts-check
/**
 * One change to miniprogram-exparser's source, made as it loads in both hosts (node-host.js in Node, an esbuild
 * plugin in tools/web/server.js for the browser).
 *
 * `setData` copies each new value for the template (`_innerData`) with exparser's `deepCopy`, which follows every own
 * property of every object. Component libraries keep component instances in data: Lin UI's `tabpanel` does
 * `setData({ parent: target })` with its `tabs` parent's instance in a relation's `linked`. An instance's own
 * properties lead to its exparser node and from there to the whole component tree (and to the data copies made
 * before), so the copy recursed until the stack overflowed (`Maximum call stack size exceeded` on Lin UI's tabs
 * pages), or, made cycle-safe, grew with every setData. Lin UI's tabs work in WeChat, where an instance is not
 * template data: the view layer cannot read a logic-layer object's methods or nodes.
 *
 * The patch gives the data proxy a copy that keeps an exparser element (a component instance: its method caller,
 * or a node) as it is instead of copying it, and copies everything else exactly as exparser's `deepCopy` does
 * (arrays by index, other objects by own enumerable property, symbols dropped). `this.data` keeps the value itself
 * either way, so `this.data.parent.someMethod()` works, as in WeChat.
 */

/**
 * Whether a value is an exparser element: a component instance (its method caller carries `__methodCaller`, own or
 * inherited) or one of its DOM nodes (`__wxElement`).
 * @param {object} v
 */
function isElement(v) {
  return '__methodCaller' in v || '__wxElement' in v;
}

/**
 * The copy of a setData value the template gets: arrays by index, other objects by own enumerable property, symbols
 * dropped (as exparser's and j-component's copies), exparser elements kept as they are. Self-contained: its source is
 * also put into exparser's (see TEMPLATE_COPY), so it may use nothing from this module.
 * @param {unknown} value
 * @returns {unknown}
 */
function copyForTemplate(value) {
  /** @param {unknown} v @returns {unknown} */
  const copy = (v) => {
    if (typeof v === 'object' && v !== null) {
      if ('__methodCaller' in v || '__wxElement' in v) return v;
      if (Array.isArray(v)) {
        const out = [];
        for (let i = 0; i < v.length; i += 1) out[i] = copy(v[i]);
        return out;
      }
      /** @type {Record<string, unknown>} */
      const out = {};
      for (const k of Object.keys(v)) out[k] = copy(/** @type {Record<string, unknown>} */ (v)[k]);
      return out;
    }
    return typeof v === 'symbol' ? undefined : v;
  };
  return copy(value);
}

/** The data proxy's binding of exparser's deepCopy, in exparser 2.x's minified source. */
const COPY_BINDING = 's=o.deepCopy,_=function(e,t,r,n,o,i){this._data=t';
/** The same binding to copyForTemplate. */
const TEMPLATE_COPY = `s=(${copyForTemplate.toString()}),_=function(e,t,r,n,o,i){this._data=t`;

/**
 * Returns exparser's source with the data proxy's copy for the template replaced. Throws when the source does not
 * have the shape this patch was written for (another exparser version): the hosts then say so instead of loading a
 * runtime that overflows on component instances in data again.
 * @param {string} source miniprogram-exparser's exparser.min.js
 * @returns {string}
 */
function patchExparser(source) {
  const found = source.split(COPY_BINDING).length - 1;
  if (found !== 1) {
    throw new Error(
      `miniprogram-exparser: expected its data proxy's deepCopy binding (${COPY_BINDING}) once, found it ${found} ` +
        'times. Its version changed: update tools/headless/runtime/exparser-patch.js.',
    );
  }
  return source.replace(COPY_BINDING, TEMPLATE_COPY);
}

/**
 * Makes j-component's own copy (it copies each change again into the instance's `this.data`) keep exparser elements
 * as they are too, so `this.data.parent` stays the instance a relation handed over, with its methods.
 * @param {{ copy: (v: unknown) => unknown }} utils j-component's `src/tool/utils` module
 */
function patchJComponentCopy(utils) {
  utils.copy = copyForTemplate;
}

module.exports = { patchExparser, patchJComponentCopy, copyForTemplate, isElement };
