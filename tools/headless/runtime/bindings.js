// @ts-check
/**
 * Re-rendering as WeChat does: a template update sets again only the bindings that read data the update changed.
 *
 * WeChat's view layer calls a wcc-compiled template with the data and the change (`$gwx(path)(data, delta)`; the
 * template merges them with `__mergeData__`), every changed value wrapped as `{ __value__, __wxspec__ }`. The
 * template then lists on each node the attributes whose expressions read a changed value (`node.n`), and only those
 * are applied: a parent that re-renders because `tempIndex` changed does not set its child's `list` property again,
 * so the child's `list` observer does not fire. A setData that writes a field, even with the value it already has,
 * does set every binding reading it (observers "fire even when the value did not change", the observers guide).
 *
 * j-component re-renders without the change and, when any attribute of a node differs (an object or array always
 * does: the template deep-copies it), sets all of the node's attributes, so a child's observers fire on every render
 * of its parent and two components can ping-pong forever (awesome-skyline's album previewer). This module gives the
 * template the change as WeChat does and applies only the attributes it marks.
 *
 * It needs j-component's `render` and `transform` modules (`framework.internals`); without them updates stay as
 * j-component makes them.
 */

/** @typedef {import('./types').Exparser} Exparser */
/** @typedef {import('./types').VNode} VNode */
/** @typedef {import('./types').ExpNode} ExpNode */
/** @typedef {{ name: string, value: unknown }} Attr */
/** @typedef {[Array<string | number>, ...unknown[]]} Change exparser's description of one change: path, new value, … */

/**
 * One template update in progress (updates nest: applying a property updates the child's template).
 * @typedef {object} Frame
 * @property {Change[] | null} changes null while a template instance is created (everything is applied then)
 * @property {WeakSet<Attr> | null} fresh the attributes of the tree this update rendered, null until it rendered
 * @property {WeakSet<Attr>} affected those of them that read changed data
 * @property {WeakSet<Attr>} applied those set on their node during this update
 * @property {number} affectedCount
 */

const own = Object.prototype.hasOwnProperty;

/** @param {unknown} value */
const isMarked = (value) =>
  !!value && typeof value === 'object' && own.call(value, '__wxspec__') && own.call(value, '__value__');

/**
 * `data` with each value a change wrote wrapped as WeChat's view layer hands it to a template. The objects and
 * arrays on the way to a changed value are copied; `data` itself is left as it is.
 * @param {Record<string, unknown>} data
 * @param {Change[]} changes
 * @returns {Record<string, unknown>}
 */
function markChanged(data, changes) {
  /** @type {Record<string | number, unknown>} */
  const root = { ...data };
  /** @type {Set<unknown>} */
  const copies = new Set([root]);
  for (const change of changes) {
    const path = Array.isArray(change) ? change[0] : null;
    if (!Array.isArray(path) || !path.length) continue;
    let cur = root;
    for (let i = 0; i < path.length; i += 1) {
      const key = path[i];
      const value = cur[key];
      if (isMarked(value)) break; // an enclosing value is marked already: everything under it counts as changed
      if (i === path.length - 1 || !value || typeof value !== 'object') {
        cur[key] = { __value__: value, __wxspec__: true };
        break;
      }
      let next = /** @type {Record<string | number, unknown>} */ (value);
      if (!copies.has(next)) {
        next = Array.isArray(next) ? /** @type {Record<number, unknown>} */ (next.slice()) : { ...next };
        copies.add(next);
        cur[key] = next;
      }
      cur = next;
    }
  }
  return root;
}

/**
 * Whether two attribute values are the same: equal primitives, or objects and arrays of the same content (the
 * template deep-copies them on every render, so an unchanged list is a new array each time).
 * @param {unknown} a
 * @param {unknown} b
 * @returns {boolean}
 */
function sameValue(a, b) {
  if (Object.is(a, b)) return true;
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b) || Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  const ra = /** @type {Record<string, unknown>} */ (a);
  const rb = /** @type {Record<string, unknown>} */ (b);
  return ka.every((k) => own.call(rb, k) && sameValue(ra[k], rb[k]));
}

/**
 * @typedef {object} JInternals j-component's modules that the update goes through.
 * @property {{ updateAttrs(node: ExpNode, attrs: Attr[]): void, renderExparserNode(vt: VNode, host: unknown, root: unknown): ExpNode }} render
 * @property {(template: () => unknown, usingComponents: Record<string, string>) => (options: { data: unknown }) => VNode} transform
 * @property {{ copy: (v: unknown) => unknown }} [utils] j-component's `tool/utils` (its data copy; exparser-patch.js)
 */

/** @type {WeakMap<object, ReturnType<typeof install>>} */
const installed = new WeakMap();

/**
 * Installs change-aware updates on a framework (once per exparser instance) and returns `wrapTemplate`.
 * @param {{ exparser: Exparser, internals?: JInternals }} framework
 */
function bindingUpdates(framework) {
  const { exparser, internals } = framework;
  if (!internals) return { wrapTemplate: (/** @type {import('./types').TemplateFunction} */ t) => t };
  let done = installed.get(exparser);
  if (!done) {
    done = install(/** @type {Exparser & { registerElement: Function }} */ (exparser), internals);
    installed.set(exparser, done);
  }
  return done;
}

/**
 * Calls `fn` on a virtual node j-component made and on every node under it.
 * @param {VNode & { children?: VNode[], exparserNode?: ExpNode }} vt
 * @param {(vt: VNode & { children?: VNode[], exparserNode?: ExpNode }) => void} fn
 */
function eachNode(vt, fn) {
  fn(vt);
  for (const child of vt.children || []) eachNode(child, fn);
}

/**
 * @param {Exparser & { registerElement: Function }} exparser
 * @param {JInternals} internals
 */
function install(exparser, internals) {
  const { render, transform } = internals;
  /** @type {Frame[]} */
  const frames = [];
  const top = () => frames[frames.length - 1];
  /** @param {Change[] | null} changes @returns {Frame} */
  const frame = (changes) => ({
    changes,
    fresh: null,
    affected: new WeakSet(),
    applied: new WeakSet(),
    affectedCount: 0,
  });

  const updateAttrs = render.updateAttrs;
  render.updateAttrs = (node, attrs) => {
    const f = top();
    const fresh = f && f.fresh;
    if (!f || !fresh) {
      updateAttrs(node, attrs);
      return;
    }
    // What this render wrote without reading changed data stays as it is, unless the node now stands for another
    // place of the template (j-component reuses a node of the same tag across wx:if branches and unkeyed lists, so
    // a static `id` may differ): a value that differs is applied. A removed attribute is applied.
    const before = new Map((node._vt ? node._vt.attrs : []).map((a) => [a.name, a.value]));
    const apply = attrs.filter(
      (a) => !fresh.has(a) || f.affected.has(a) || !before.has(a.name) || !sameValue(before.get(a.name), a.value),
    );
    for (const a of apply) f.applied.add(a);
    if (apply.length) updateAttrs(node, apply);
  };
  const renderNode = render.renderExparserNode;
  render.renderExparserNode = (vt, host, root) => {
    const node = renderNode(vt, host, root);
    const f = top();
    if (f) eachNode(vt, (v) => v.attrs.forEach((a) => f.applied.add(a)));
    return node;
  };

  /**
   * @typedef {{ updateValues: Function, _vt?: VNode }} TemplateInstance
   * @typedef {{ createInstance: (...args: unknown[]) => TemplateInstance }} Template
   * @typedef {{ create: (...args: unknown[]) => Template }} TemplateEngine
   */
  /** @type {WeakMap<TemplateEngine, TemplateEngine>} */
  const engines = new WeakMap();
  /** @param {TemplateEngine} engine @returns {TemplateEngine} */
  const wrapEngine = (engine) => {
    const known = engines.get(engine);
    if (known) return known;
    const wrapped = {
      /** @param {unknown[]} args */
      create: (...args) => {
        const template = engine.create(...args);
        const createInstance = template.createInstance;
        template.createInstance = (...a) => {
          frames.push(frame(null));
          let instance;
          try {
            instance = createInstance.apply(template, a);
          } finally {
            frames.pop();
          }
          const update = instance.updateValues;
          /** @type {unknown[][]} */
          const queued = [];
          let busy = false;
          /** @param {unknown[]} u */
          const run = (u) => {
            const changes = /** @type {Change[] | undefined} */ (u[4]);
            const f = frame(Array.isArray(changes) ? changes : null);
            frames.push(f);
            try {
              update.apply(instance, u);
              // A binding that read a changed field but kept its value was not applied by the diff (it compares
              // values): WeChat sets it all the same.
              if (f.affectedCount && instance._vt) {
                eachNode(instance._vt, (vt) => {
                  const left = vt.attrs.filter((a) => f.affected.has(a) && !f.applied.has(a));
                  if (left.length && vt.exparserNode) updateAttrs(vt.exparserNode, left);
                });
              }
            } finally {
              frames.pop();
            }
          };
          instance.updateValues = (/** @type {unknown[]} */ ...u) => {
            // A setData the update itself causes (a child's observer triggers an event the component handles)
            // renders after it, against what it rendered, as in WeChat, where the view applies updates in turn;
            // j-component would diff it against the tree from before and the outer update then overwrites it.
            if (busy) {
              queued.push(u);
              return;
            }
            busy = true;
            try {
              run(u);
              for (let next = queued.shift(); next; next = queued.shift()) run(next);
            } finally {
              busy = false;
              queued.length = 0;
            }
          };
          return instance;
        };
        return template;
      },
    };
    engines.set(engine, wrapped);
    return wrapped;
  };

  const registerElement = exparser.registerElement;
  exparser.registerElement = function register(/** @type {{ options?: { templateEngine?: TemplateEngine } }} */ def) {
    const engine = def && def.options && def.options.templateEngine;
    if (engine && typeof engine.create === 'function') {
      def.options = { ...def.options, templateEngine: wrapEngine(engine) };
    }
    return registerElement.call(this, def);
  };

  /**
   * @param {unknown} raw a node of the template's output
   * @param {VNode & { children?: VNode[] }} vt the virtual node j-component made of it
   * @param {Frame} f
   * @param {WeakSet<Attr>} fresh
   */
  const annotate = (raw, vt, f, fresh) => {
    if (!raw || typeof raw !== 'object') return;
    const node = /** @type {{ n?: string[], children?: unknown[] }} */ (raw);
    const affected = new Set(node.n || []);
    for (const attr of vt.attrs) {
      fresh.add(attr);
      if (affected.has(attr.name)) {
        f.affected.add(attr);
        f.affectedCount += 1;
      }
    }
    const rawChildren = node.children || [];
    const children = vt.children || [];
    for (let i = 0; i < children.length; i += 1) annotate(rawChildren[i], children[i], f, fresh);
  };

  /**
   * A template that, during an update, renders with the change marked and notes which attributes read it.
   * @param {import('./types').TemplateFunction} template
   * @param {Record<string, string>} usingComponents
   * @returns {import('./types').TemplateFunction}
   */
  const wrapTemplate = (template, usingComponents) =>
    /** @type {import('./types').TemplateFunction} */ (
      (data) => {
        const f = top();
        if (!f || !f.changes || f.fresh) return template(data);
        const raw = template(markChanged(data, f.changes));
        const vt = transform(() => raw, usingComponents)({ data });
        const fresh = new WeakSet();
        annotate(raw, vt, f, fresh);
        f.fresh = fresh;
        return vt;
      }
    );

  return { wrapTemplate };
}

module.exports = { bindingUpdates, markChanged, sameValue, eachNode };
