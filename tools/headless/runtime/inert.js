// @ts-check
/**
 * Stand-ins for what needs a device: an object whose every method does nothing and returns the object itself (an
 * audio, canvas or video context, a worker, a manager, a canvas node), so code written for a phone runs on without a
 * crash while the runtime warns once that the feature is unsupported.
 */

/** Names that must stay undefined so the object is not taken for a Promise, a module or a primitive. */
const NOT_METHODS = new Set(['then', 'toJSON', '__esModule', 'constructor', 'prototype', 'valueOf', 'toString']);

/**
 * @param {Record<string, unknown>} [fields] Values the object starts with (e.g. a canvas node's width and height).
 * @returns {Record<string, unknown>}
 */
function inertObject(fields = {}) {
  /** @type {Record<string, unknown>} */
  const target = { ...fields };
  /** @type {Map<string, Function>} */
  const members = new Map();
  /** @param {string | symbol} name */
  const read = (name) => {
    // Used as a number or a string (`${gl.getParameter(…)}`, `size * 2`), it is 0 or ''.
    if (name === Symbol.toPrimitive) return (/** @type {string} */ hint) => (hint === 'number' ? 0 : '');
    // Iterated (`for (const mesh of gltf.meshes)`), it is an empty collection.
    if (name === Symbol.iterator) return function* empty() {};
    if (typeof name !== 'string' || NOT_METHODS.has(name)) return undefined;
    if (name in target) return target[name];
    let member = members.get(name);
    if (!member) {
      // A plain function, not an arrow: code may `new` it or extend it (`class X extends system.Component`); its
      // own members are inert too (`system.Vector3.createFromNumber(…)`).
      const fn = function inert() {
        return proxy;
      };
      member = new Proxy(fn, { get: (f, key) => (key in f ? Reflect.get(f, key) : read(key)) });
      members.set(name, member);
    }
    return member;
  };
  const proxy = new Proxy(target, {
    get: (_t, name) => read(name),
    set(t, name, value) {
      if (typeof name === 'string') t[name] = value;
      return true;
    },
  });
  return proxy;
}

module.exports = { inertObject, NOT_METHODS };
