// @ts-check
/**
 * The computed values the layout estimate reads (display, position, sizes, margins, paddings, borders, fonts), from
 * the document's style sheets, as jsdom's `getComputedStyle` finds them but without testing every rule on every
 * element: rules are indexed by the id, class or tag their selector ends with (as browsers do), so an element is
 * matched only against the rules that could apply to it. jsdom's cascade is kept as it is: matching rules apply in
 * the order of the style sheets (jsdom does not weigh specificity), then the element's inline style. On a page of a
 * long list under a large style sheet (the official demo's address book: thousands of elements, weui's rules) this
 * is what decides whether an estimate takes seconds or minutes.
 */

/** The properties the layout estimate reads. */
const PROPS = [
  'display',
  'position',
  'flex-direction',
  'box-sizing',
  'width',
  'height',
  'min-width',
  'max-width',
  'min-height',
  'max-height',
  'left',
  'top',
  'font-size',
  'line-height',
  ...['top', 'right', 'bottom', 'left'].flatMap((side) => [
    `margin-${side}`,
    `padding-${side}`,
    `border-${side}-width`,
  ]),
];

/**
 * `display` of HTML elements in the browser's default style sheet (jsdom's too), which apps sometimes write into a
 * template (`<p>`); WeChat's own tags (`wx-view`) get theirs from the page's style sheets.
 */
const HTML_DISPLAY = new Map([
  ...'address blockquote center dialog div figure figcaption footer form header hr legend listing main p plaintext pre xmp article aside h1 h2 h3 h4 h5 h6 hgroup nav section dir dd dl dt menu ol ul fieldset details summary'
    .split(' ')
    .map((t) => /** @type {[string, string]} */ ([t, 'block'])),
  ['li', 'list-item'],
  ['table', 'table'],
]);

/** @typedef {{ getPropertyValue(name: string): string }} Values */
/** @typedef {{ style: CSSStyleDeclaration & Iterable<string>, selectorText?: string, cssRules?: ArrayLike<Rule>, media?: ArrayLike<string> }} Rule */
/** @typedef {{ rule: Rule, order: number, selector: string }} Entry */

/**
 * Calls `fn(c, i)` for each character of `text` outside brackets and parentheses (`:not(.a, .b)`, `[x=".y"]`).
 * @param {string} text
 * @param {(c: string, i: number) => void} fn
 */
function eachTopLevel(text, fn) {
  let depth = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (c === '(' || c === '[') depth += 1;
    else if (c === ')' || c === ']') depth -= 1;
    else if (depth === 0) fn(c, i);
  }
}

/**
 * The selectors of a selector list (commas inside brackets or parentheses do not split).
 * @param {string} text
 * @returns {string[]}
 */
function splitSelectors(text) {
  const out = [];
  let start = 0;
  eachTopLevel(text, (c, i) => {
    if (c !== ',') return;
    out.push(text.slice(start, i).trim());
    start = i + 1;
  });
  out.push(text.slice(start).trim());
  return out.filter(Boolean);
}

/**
 * The index key of a selector: `#id`, `.class` or the tag its last compound selector names, else `*` (a rule every
 * element is tested against).
 * @param {string} selector
 * @returns {string}
 */
function keyOf(selector) {
  if (selector.includes('\\')) return '*';
  let start = 0;
  eachTopLevel(selector, (c, i) => {
    if (c === ' ' || c === '>' || c === '+' || c === '~') start = i + 1;
  });
  // The last compound, without what is inside brackets or parentheses (`:not(.x)`, `[a=".b"]`).
  let last = '';
  eachTopLevel(selector.slice(start), (c) => {
    last += c;
  });
  const id = /#([\w-]+)/.exec(last);
  if (id) return `#${id[1]}`;
  const cls = /\.([\w-]+)/.exec(last);
  if (cls) return `.${cls[1]}`;
  const tag = /^([a-zA-Z][\w-]*)/.exec(last);
  return tag ? tag[1].toLowerCase() : '*';
}

/**
 * @param {Document} doc
 */
function buildIndex(doc) {
  /** @type {Map<string, Entry[]>} */
  const index = new Map();
  let order = 0;
  /** @param {Rule} rule */
  const add = (rule) => {
    if (!rule.selectorText || !rule.style) return;
    order += 1;
    for (const selector of splitSelectors(rule.selectorText)) {
      const key = keyOf(selector);
      let bucket = index.get(key);
      if (!bucket) index.set(key, (bucket = []));
      bucket.push({ rule, order, selector });
    }
  };
  for (const sheet of Array.from(doc.styleSheets)) {
    for (const rule of Array.from(/** @type {ArrayLike<Rule>} */ (/** @type {unknown} */ (sheet.cssRules)))) {
      if (rule.media) {
        if (Array.from(rule.media).includes('screen')) Array.from(rule.cssRules || []).forEach(add);
      } else add(rule);
    }
  }
  return index;
}

/** @param {Document} doc */
const signatureOf = (doc) =>
  Array.from(doc.styleSheets)
    .map((s) => s.cssRules.length)
    .join(',');

/** @type {WeakMap<Document, { signature: string, index: Map<string, Entry[]>, scratch: HTMLElement }>} */
const byDocument = new WeakMap();

/**
 * The cascade of a document's current style sheets (rebuilt when they change): `(el) => values`.
 * @param {Document} doc
 * @returns {(el: Element) => Values}
 */
function cascadeOf(doc) {
  const signature = signatureOf(doc);
  let known = byDocument.get(doc);
  if (!known || known.signature !== signature) {
    known = { signature, index: buildIndex(doc), scratch: doc.createElement('div') };
    byDocument.set(doc, known);
  }
  const { index, scratch } = known;
  return (el) => {
    /** @type {Entry[]} */
    const candidates = [...(index.get('*') || []), ...(index.get(el.localName) || [])];
    if (el.id) candidates.push(...(index.get(`#${el.id}`) || []));
    for (const c of Array.from(el.classList)) candidates.push(...(index.get(`.${c}`) || []));
    /** @type {Map<number, Rule>} */
    const matched = new Map();
    for (const { rule, order, selector } of candidates) {
      if (matched.has(order)) continue;
      let hit = false;
      try {
        hit = el.matches(selector);
      } catch {
        hit = false;
      }
      if (hit) matched.set(order, rule);
    }
    const decl = scratch.style;
    decl.cssText = '';
    const htmlDisplay = HTML_DISPLAY.get(el.localName);
    if (htmlDisplay) decl.setProperty('display', htmlDisplay);
    /** @param {CSSStyleDeclaration} from */
    const apply = (from) => {
      for (const name of Array.from(/** @type {Iterable<string>} */ (/** @type {unknown} */ (from)))) {
        const value = from.getPropertyValue(name);
        if (value === 'unset') decl.removeProperty(name);
        else decl.setProperty(name, value, from.getPropertyPriority(name));
      }
    };
    for (const order of [...matched.keys()].sort((a, b) => a - b)) {
      const rule = matched.get(order);
      if (rule) apply(rule.style);
    }
    const inline = /** @type {HTMLElement} */ (el).style;
    if (inline) apply(inline);
    /** @type {Record<string, string>} */
    const values = {};
    for (const name of PROPS) values[name] = decl.getPropertyValue(name);
    return { getPropertyValue: (name) => values[name] || '' };
  };
}

module.exports = { cascadeOf, keyOf, splitSelectors, PROPS };
