// @ts-check
/**
 * Reading the exparser tree: what a node is, its tag, classes and attributes, its text, its WXML, and a
 * selector engine. The engine accepts what WeChat's selectors accept (`#id`, `.a.b`, descendant ` `,
 * child `>`, cross-component `>>>`, unions with `,`) plus tag names and `[attr]`/`[attr=value]`, which
 * automator scripts use (`page.$('input')`, `page.$$('van-button')`).
 */

/** @typedef {import('./types').ExpNode} ExpNode */
/** @typedef {import('./types').Exparser} Exparser */

/** The attribute a `model:name` binding becomes (see markModelBindings). */
const MODEL_PREFIX = '__model:';

/**
 * wcc keeps `model:value="{{field}}"` in `rawAttr`, which j-component drops. This wraps a template so such a
 * binding also reaches the node as a `__model:value` attribute naming the data field, for setProp.
 * @param {import('./types').TemplateFunction} template
 * @returns {import('./types').TemplateFunction}
 */
function markModelBindings(template) {
  /** @param {unknown} node */
  const walk = (node) => {
    if (!node || typeof node !== 'object') return;
    const n =
      /** @type {{ rawAttr?: Record<string, unknown>, attr?: Record<string, unknown>, children?: unknown[] }} */ (node);
    if (n.rawAttr && n.attr) {
      for (const [key, raw] of Object.entries(n.rawAttr)) {
        const m = /^model:(.+)$/.exec(key);
        const field = typeof raw === 'string' ? /^\{\{\s*([A-Za-z_$][\w$]*)\s*\}\}$/.exec(raw) : null;
        if (m && field) n.attr[`${MODEL_PREFIX}${m[1].replace(/-([a-z])/g, (_x, c) => c.toUpperCase())}`] = field[1];
      }
    }
    if (Array.isArray(n.children)) n.children.forEach(walk);
  };
  return /** @type {import('./types').TemplateFunction} */ (
    (...args) => {
      const root = /** @type {(...a: unknown[]) => unknown} */ (template)(...args);
      walk(root);
      return root;
    }
  );
}

/**
 * @param {Exparser} exparser
 */
function createTree(exparser) {
  /** @param {ExpNode} n */
  const isText = (n) => n instanceof exparser.TextNode;
  /** @param {ExpNode} n */
  const isVirtual = (n) => !!n.__virtual || n instanceof exparser.VirtualNode;
  /** @param {ExpNode} n */
  const isShadowRoot = (n) => n instanceof exparser.ShadowRoot;
  /**
   * A component with `options.virtualHost`: no element of its own in the rendering, but a component instance that
   * `selectComponent` (and so a selector) finds by its tag, id or class. @param {ExpNode} n
   */
  const isVirtualHost = (n) => isVirtual(n) && !!n.shadowRoot && !isShadowRoot(n);
  /**
   * An element a selector can match: not text, not a virtual (wx:if/wx:for/block/slot) node, unless it is a
   * virtual-host component. @param {ExpNode} n
   */
  const isSelectable = (n) => !!n.classList && (!isVirtual(n) || isVirtualHost(n)) && !isText(n);

  /**
   * The tag the node was written with in its template ('view', 'van-button'); a page root answers its route.
   * @param {ExpNode} n
   * @returns {string}
   */
  function tagName(n) {
    if (n.__headlessPage) return n.__headlessPage.route;
    const vt = n._vt;
    const raw = vt && vt.tagName ? vt.tagName : n.is || '';
    return raw.startsWith('wx-') ? raw.slice(3) : raw;
  }

  /**
   * A custom component (has its own template), as opposed to a built-in like view or input.
   * @param {ExpNode} n
   * @param {(is: string) => boolean} isBuiltin
   */
  function isCustomComponent(n, isBuiltin) {
    return (
      !!n.shadowRoot &&
      (!isVirtual(n) || isVirtualHost(n)) &&
      !isText(n) &&
      !isBuiltin(n.is || '') &&
      (n.is || '') !== ''
    );
  }

  /**
   * Class names as written in the template (exparser keeps them unprefixed in `_rawNames`).
   * @param {ExpNode} n
   * @returns {string[]}
   */
  function classNames(n) {
    if (!n.classList) return [];
    const raw = /** @type {{ _rawNames?: unknown }} */ (n.classList)._rawNames;
    if (Array.isArray(raw)) return raw.map(String).filter(Boolean);
    return String(n.class || '')
      .split(/\s+/)
      .filter(Boolean);
  }

  /**
   * Current attribute values as written in the template (after data binding).
   * @param {ExpNode} n
   * @returns {Map<string, unknown>}
   */
  function attributes(n) {
    /** @type {Map<string, unknown>} */
    const out = new Map();
    const vt = n._vt;
    if (vt && Array.isArray(vt.attrs)) {
      for (const a of vt.attrs) {
        if (a.value === undefined || a.name.startsWith(MODEL_PREFIX)) continue;
        // A property the component (an input, a switch) has changed since shows its current value.
        const camel = a.name.replace(/-([a-z])/g, (_m, c) => c.toUpperCase());
        // wcc camel-cases attribute names (custom-class → customClass); report them as written.
        const name = a.name.startsWith('data-') ? a.name : a.name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
        out.set(name, n.__propPublic && n.__propPublic[camel] && n.data ? n.data[camel] : a.value);
      }
    }
    if (n.id) out.set('id', n.id);
    if (n.classList) out.set('class', classNames(n).join(' '));
    if (n.__attributes) for (const k of Object.keys(n.__attributes)) out.set(k, n.__attributes[k]);
    return out;
  }

  /**
   * Children of a node within its own tree (no shadow roots), with virtual nodes flattened away.
   * @param {ExpNode} n
   * @returns {ExpNode[]}
   */
  function treeChildren(n) {
    /** @type {ExpNode[]} */
    const out = [];
    for (const c of n.childNodes || []) {
      if (isText(c)) continue;
      if (isVirtual(c) && !isShadowRoot(c)) out.push(...treeChildren(c));
      else out.push(c);
    }
    return out;
  }

  /**
   * The rendered (composed) children: a component's shadow content with its slots filled.
   * @param {ExpNode} n
   * @returns {ExpNode[]}
   */
  function composedChildren(n) {
    const list = n.__wxSlotChildren || n.childNodes || [];
    /** @type {ExpNode[]} */
    const out = [];
    for (const c of list) {
      if (isText(c)) out.push(c);
      else if (isVirtual(c)) out.push(...composedChildren(c));
      else out.push(c);
    }
    return out;
  }

  /**
   * Rendered text, like innerText: text nodes of the composed tree, skipping `hidden` elements.
   * @param {ExpNode} n
   * @returns {string}
   */
  function text(n) {
    if (isText(n)) return String(n.textContent || '');
    if (isHidden(n)) return '';
    return composedChildren(n).map(text).join('');
  }

  /**
   * A component property's current value (`value` of an input, `checked` of a switch), or a plain field.
   * @param {ExpNode} n
   * @param {string} name
   */
  function prop(n, name) {
    if (n.__propPublic && n.__propPublic[name] && n.data) return n.data[name];
    return /** @type {Record<string, unknown>} */ (/** @type {unknown} */ (n))[name];
  }

  /**
   * Sets a component property as a parent's template binding would (observers run).
   * @param {ExpNode} n
   * @param {string} name
   * @param {unknown} value
   */
  function setProp(n, name, value) {
    if (n.__propPublic && n.__propPublic[name]) exparser.Element.getMethodCaller(n).setData({ [name]: value });
    else /** @type {Record<string, unknown>} */ (/** @type {unknown} */ (n))[name] = value;
    // A `model:name="{{field}}"` binding writes the new value back to the owner's data (two-way binding).
    const model = n._vt && n._vt.attrs.find((a) => a.name === `${MODEL_PREFIX}${name}`);
    const host = n.ownerShadowRoot && n.ownerShadowRoot.__wxHost;
    if (model && typeof model.value === 'string' && host) {
      exparser.Element.getMethodCaller(host).setData({ [model.value]: value });
    }
  }

  /** @param {ExpNode} n */
  function isHidden(n) {
    const v = prop(n, 'hidden');
    if (v === true) return true;
    const a = attributes(n).get('hidden');
    return a === true || (typeof a === 'string' && a !== '' && a !== 'false');
  }

  // ---------- selectors ----------

  /**
   * @typedef {{ tag: string, id: string, classes: string[], attrs: { name: string, value: string | null }[] }} Compound
   * @typedef {{ compounds: Compound[], combinators: string[] }} Complex
   */

  /**
   * @param {string} selector
   * @returns {{ list: Complex[], crossShadow: boolean }}
   */
  function parseSelector(selector) {
    const src = String(selector || '').trim();
    if (!src) throw new Error(`invalid selector "${selector}"`);
    /** @type {Complex[]} */
    const list = [];
    let crossShadow = false;
    let i = 0;
    const ident = () => {
      const m = /^-?[_a-zA-Z\u00a0-\uffff][-_a-zA-Z0-9:\u00a0-\uffff]*/.exec(src.slice(i));
      if (!m) throw new Error(`invalid selector "${selector}" at ${i}`);
      i += m[0].length;
      return m[0];
    };
    /** @type {Complex} */
    let complex = { compounds: [], combinators: [] };
    let pendingComb = '';
    while (i <= src.length) {
      const ch = src[i];
      if (i === src.length || ch === ',') {
        if (!complex.compounds.length || pendingComb) throw new Error(`invalid selector "${selector}"`);
        list.push(complex);
        complex = { compounds: [], combinators: [] };
        i += 1;
        if (i > src.length) break;
        while (src[i] === ' ' || src[i] === '\t') i += 1;
        continue;
      }
      if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '>') {
        let j = i;
        let comb = ' ';
        while (j < src.length && /[\s>]/.test(src[j])) j += 1;
        const token = src.slice(i, j).replace(/\s+/g, '');
        if (token === '>') comb = '>';
        else if (token === '>>>') {
          comb = '>>>';
          crossShadow = true;
        } else if (token !== '') throw new Error(`invalid selector "${selector}": combinator "${token}"`);
        i = j;
        if (i === src.length || src[i] === ',') {
          if (comb !== ' ') throw new Error(`invalid selector "${selector}"`);
          continue;
        }
        if (!complex.compounds.length) throw new Error(`invalid selector "${selector}"`);
        pendingComb = comb;
        continue;
      }
      /** @type {Compound} */
      const compound = { tag: '', id: '', classes: [], attrs: [] };
      if (ch === '*') {
        i += 1;
      } else if (/[-_a-zA-Z]/.test(ch)) {
        compound.tag = ident().toLowerCase();
      }
      for (;;) {
        const c = src[i];
        if (c === '#') {
          i += 1;
          compound.id = ident();
        } else if (c === '.') {
          i += 1;
          compound.classes.push(ident());
        } else if (c === '[') {
          const end = src.indexOf(']', i);
          if (end < 0) throw new Error(`invalid selector "${selector}": missing ]`);
          const body = src.slice(i + 1, end).trim();
          const m = /^([-_a-zA-Z0-9:]+)\s*(?:=\s*(?:"([^"]*)"|'([^']*)'|([^\s"']+)))?$/.exec(body);
          if (!m) throw new Error(`invalid selector "${selector}": [${body}]`);
          compound.attrs.push({ name: m[1], value: m[2] ?? m[3] ?? m[4] ?? null });
          i = end + 1;
        } else break;
      }
      if (!compound.tag && !compound.id && !compound.classes.length && !compound.attrs.length && src[i - 1] !== '*') {
        throw new Error(`invalid selector "${selector}" at ${i}`);
      }
      if (complex.compounds.length) complex.combinators.push(pendingComb || ' ');
      pendingComb = '';
      complex.compounds.push(compound);
    }
    return { list, crossShadow };
  }

  /**
   * @param {ExpNode} n
   * @param {Compound} c
   */
  function matchCompound(n, c) {
    if (!isSelectable(n)) return false;
    if (c.tag && tagName(n).toLowerCase() !== c.tag) return false;
    if (c.id && n.id !== c.id) return false;
    if (c.classes.length) {
      const have = new Set(classNames(n));
      for (const cls of c.classes) if (!have.has(cls)) return false;
    }
    if (c.attrs.length) {
      const attrs = attributes(n);
      for (const a of c.attrs) {
        let v = attrs.get(a.name);
        if (v === undefined && a.name.startsWith('data-') && n.dataset) {
          const key = a.name.slice(5).replace(/-([a-z])/g, (_m, x) => x.toUpperCase());
          v = n.dataset[key];
        }
        if (v === undefined) return false;
        if (a.value !== null && String(v) !== a.value) return false;
      }
    }
    return true;
  }

  /**
   * The parent a selector walks to: within the same tree, or across to the host for `>>>`.
   * @param {ExpNode} n
   * @param {boolean} cross
   * @returns {ExpNode | null}
   */
  function selectorParent(n, cross) {
    let p = n.parentNode || null;
    while (p && !isSelectable(p)) {
      if (isShadowRoot(p)) return cross ? p.__wxHost || null : null;
      p = p.parentNode || null;
    }
    return p;
  }

  /**
   * @param {ExpNode} n
   * @param {Complex} cx
   * @param {number} idx
   * @param {ExpNode | null} scope Matches must lie strictly inside the scope (a shadow root or an element).
   * @returns {boolean}
   */
  function matchFrom(n, cx, idx, scope) {
    if (!matchCompound(n, cx.compounds[idx])) return false;
    if (idx === 0) return true;
    const comb = cx.combinators[idx - 1];
    const cross = comb === '>>>';
    let p = selectorParent(n, cross);
    while (p && p !== scope) {
      if (matchFrom(p, cx, idx - 1, scope)) return true;
      if (comb === '>') return false;
      p = selectorParent(p, cross);
    }
    return false;
  }

  /**
   * All selectable descendants of a scope node, in document order.
   * @param {ExpNode} scope
   * @param {boolean} crossShadow
   * @returns {ExpNode[]}
   */
  function descendants(scope, crossShadow) {
    /** @type {ExpNode[]} */
    const out = [];
    /** @param {ExpNode} n */
    const walk = (n) => {
      for (const c of n.childNodes || []) {
        if (isText(c)) continue;
        if (isSelectable(c)) out.push(c);
        walk(c);
        if (crossShadow && isSelectable(c) && c.shadowRoot && !isShadowRoot(c)) walk(c.shadowRoot);
      }
    };
    walk(scope);
    return out;
  }

  /**
   * @param {ExpNode} scope A shadow root (page or component scope) or an element (its subtree).
   * @param {string} selector
   * @param {boolean} [first]
   * @returns {ExpNode[]}
   */
  function querySelectorAll(scope, selector, first = false) {
    const { list, crossShadow } = parseSelector(selector);
    /** @type {ExpNode[]} */
    const out = [];
    for (const n of descendants(scope, crossShadow)) {
      if (list.some((cx) => matchFrom(n, cx, cx.compounds.length - 1, scope))) {
        out.push(n);
        if (first) break;
      }
    }
    return out;
  }

  // ---------- WXML ----------

  /** @param {unknown} v */
  const attrText = (v) =>
    String(typeof v === 'object' && v !== null ? JSON.stringify(v) : v)
      .replace(/&/g, '&amp;')
      .replace(/"/g, '&quot;');
  /** @param {string} s */
  const escapeText = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

  /**
   * WXML of a node as rendered: template attributes after binding, composed children (custom components
   * show their rendered content). `outer` includes the node itself.
   * @param {ExpNode} n
   * @param {boolean} outer
   * @returns {string}
   */
  function wxml(n, outer) {
    if (isText(n)) return escapeText(String(n.textContent || ''));
    const inner = composedChildren(n)
      .map((c) => wxml(c, true))
      .join('');
    if (!outer) return inner;
    const tag = n.__headlessPage ? 'page' : tagName(n) || 'view';
    let attrs = '';
    for (const [name, value] of attributes(n)) {
      if (value === '' && (name === 'class' || name === 'id')) continue;
      if (value === false || value === null) continue;
      attrs += ` ${name}="${attrText(value)}"`;
    }
    return `<${tag}${attrs}>${inner}</${tag}>`;
  }

  /**
   * How many element nodes the page renders (composed tree, custom component internals included).
   * @param {ExpNode} n
   * @returns {number}
   */
  function countNodes(n) {
    if (isText(n)) return 0;
    let count = isVirtual(n) ? 0 : 1;
    for (const c of composedChildren(n)) count += countNodes(c);
    return count;
  }

  /**
   * The nearest host page record of a node, crossing shadow boundaries.
   * @param {ExpNode} n
   * @returns {import('./types').PageRecord | null}
   */
  function pageOf(n) {
    /** @type {ExpNode | null | undefined} */
    let cur = n;
    while (cur) {
      if (cur.__headlessPage) return cur.__headlessPage;
      if (isShadowRoot(cur)) cur = cur.__wxHost;
      else if (cur.parentNode) cur = cur.parentNode;
      else if (cur.ownerShadowRoot) cur = cur.ownerShadowRoot;
      else cur = null;
    }
    return null;
  }

  /**
   * Whether `n` is still in the tree under `root` (not removed by a later render).
   * @param {ExpNode} n
   * @param {ExpNode} root
   */
  function isInside(n, root) {
    /** @type {ExpNode | null | undefined} */
    let cur = n;
    while (cur) {
      if (cur === root) return true;
      if (isShadowRoot(cur)) cur = cur.__wxHost;
      else cur = cur.parentNode || null;
    }
    return false;
  }

  return {
    isText,
    isVirtual,
    isShadowRoot,
    isSelectable,
    isCustomComponent,
    tagName,
    classNames,
    attributes,
    treeChildren,
    composedChildren,
    text,
    isHidden,
    prop,
    setProp,
    parseSelector,
    querySelectorAll,
    wxml,
    countNodes,
    pageOf,
    isInside,
  };
}

module.exports = { createTree, markModelBindings, MODEL_PREFIX };
