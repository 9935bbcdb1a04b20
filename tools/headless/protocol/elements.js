// @ts-check
/**
 * Element handles for the automator protocol: each exparser node a client has seen gets a stable
 * `elementId` (custom components also a `nodeId`, which is how the client knows to make a CustomElement),
 * and a handle resolves back to its node only while that node is still on its page.
 */

const { isBuiltin } = require('../runtime/builtins');

/** @typedef {import('../runtime/types').ExpNode} ExpNode */
/** @typedef {ReturnType<import('../runtime/index').createRuntime>} Runtime */

/**
 * @param {Runtime} runtime
 */
function createElementRegistry(runtime) {
  const { tree } = runtime;
  /** @type {WeakMap<ExpNode, string>} */
  const ids = new WeakMap();
  /** @type {Map<string, { node: ExpNode, pageId: number }>} */
  const nodes = new Map();
  let next = 1;

  /**
   * @param {ExpNode} node
   * @param {number} pageId
   * @returns {{ elementId: string, tagName: string, nodeId?: string }}
   */
  function describe(node, pageId) {
    let id = ids.get(node);
    if (!id) {
      id = `${runtime.tag}-e${next}`;
      next += 1;
      ids.set(node, id);
      nodes.set(id, { node, pageId });
    }
    const custom = tree.isCustomComponent(node, isBuiltin);
    return custom
      ? { elementId: id, tagName: tree.tagName(node), nodeId: id }
      : { elementId: id, tagName: tree.tagName(node) };
  }

  /**
   * The page a pageId names, if it is alive (on the stack or a kept-alive tab).
   * @param {unknown} pageId
   */
  function page(pageId) {
    const record = runtime.router.byId(Number(pageId));
    if (!record) throw new Error(`page ${String(pageId)} is not open (it was closed or never existed)`);
    return record;
  }

  /**
   * The node a handle names; throws when it is gone.
   * @param {{ elementId?: unknown, nodeId?: unknown, pageId?: unknown }} params
   */
  function resolve(params) {
    const id = String(params.nodeId || params.elementId || '');
    const entry = nodes.get(id);
    if (!entry) throw new Error(`element ${id || '(none)'} is unknown`);
    const record = page(params.pageId ?? entry.pageId);
    if (!tree.isInside(entry.node, record.root)) throw new Error(`element ${id} is no longer on page ${record.route}`);
    return { node: entry.node, page: record };
  }

  /**
   * The tree a selector searches from an element: a custom component's own template first, then its slot content.
   * @param {ExpNode} node
   * @returns {ExpNode[]}
   */
  function scopesOf(node) {
    if (tree.isCustomComponent(node, isBuiltin) && node.shadowRoot) return [node.shadowRoot, node];
    return [node];
  }

  return { describe, resolve, page, scopesOf };
}

module.exports = { createElementRegistry };
