// @ts-check
/**
 * WXSS → CSS for the DOM the runtime renders: `@import` inlined, `rpx` converted for a 375px-wide screen,
 * built-in tag selectors mapped to their DOM tags (`view` → `wx-view`, as wcsc does), a component's classes
 * prefixed as exparser prefixes them (`.a` → `.van-button--a`), and a page's rules scoped to that page.
 * A small tokenizer, not a full CSS parser: enough for what WXSS allows.
 */

const paths = require('./paths');
const { PROPS } = require('./builtins');

/** px per rpx on the simulated 375px-wide screen. */
const RPX = 375 / 750;

/**
 * @param {string} css
 * @returns {string}
 */
function stripComments(css) {
  return css.replace(/\/\*[\s\S]*?\*\//g, '');
}

/**
 * @param {string} text
 * @returns {string}
 */
function convertRpx(text) {
  return text.replace(/(-?\d*\.?\d+)rpx/g, (_m, n) => `${Math.round(Number(n) * RPX * 10000) / 10000}px`);
}

/**
 * Index of the brace closing the one opened just before `start`.
 * @param {string} s
 * @param {number} start
 */
function matchBrace(s, start) {
  let depth = 1;
  let quote = '';
  for (let i = start; i < s.length; i += 1) {
    const c = s[i];
    if (quote) {
      if (c === quote && s[i - 1] !== '\\') quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '{') depth += 1;
    else if (c === '}') {
      depth -= 1;
      if (depth === 0) return i;
    }
  }
  return s.length;
}

/**
 * @param {string} selector
 * @param {{ classPrefix: string, scope: string }} opts
 */
function transformSelector(selector, opts) {
  let s = selector.trim();
  if (!s) return s;
  // Built-in tags (outside attribute brackets and after a combinator or at the start).
  s = s.replace(/(^|[\s>+~(,])([a-z][-a-z]*)(?=$|[\s.#:[>+~),])/g, (m, pre, tagName) =>
    Object.prototype.hasOwnProperty.call(PROPS, tagName) ? `${pre}wx-${tagName}` : m,
  );
  if (opts.classPrefix) {
    s = s.replace(/\.(-?[_a-zA-Z][-_a-zA-Z0-9]*)/g, (_m, cls) => `.${opts.classPrefix}--${cls}`);
  }
  if (opts.scope) {
    if (/^page(?=$|[\s.#:[>+~])/.test(s)) s = opts.scope + s.slice(4);
    else s = `${opts.scope} ${s}`;
  }
  return s;
}

/**
 * @param {string} css
 * @param {{ classPrefix: string, scope: string }} opts
 * @returns {string}
 */
function transformBlocks(css, opts) {
  let out = '';
  let i = 0;
  while (i < css.length) {
    const brace = css.indexOf('{', i);
    const semi = css.indexOf(';', i);
    if (brace < 0) break;
    if (semi >= 0 && semi < brace && css.slice(i, semi).trim().startsWith('@')) {
      out += `${css.slice(i, semi).trim()};`;
      i = semi + 1;
      continue;
    }
    const prelude = css.slice(i, brace).trim();
    const end = matchBrace(css, brace + 1);
    const body = css.slice(brace + 1, end);
    i = end + 1;
    if (/^@(media|supports|document)/.test(prelude)) {
      out += `${prelude}{${transformBlocks(body, opts)}}`;
    } else if (prelude.startsWith('@')) {
      out += `${prelude}{${convertRpx(body)}}`;
    } else {
      const selectors = prelude
        .split(',')
        .map((sel) => transformSelector(sel, opts))
        .filter(Boolean);
      if (selectors.length) out += `${selectors.join(',')}{${convertRpx(body.trim())}}`;
    }
  }
  return out;
}

/**
 * @param {string} source WXSS text.
 * @param {{ file: string, readFile: (path: string) => string | null, classPrefix?: string, scope?: string }} opts
 * @returns {string}
 */
function transformWxss(source, opts) {
  /** @type {Set<string>} */
  const seen = new Set([opts.file]);
  /**
   * @param {string} text
   * @param {string} file
   * @returns {string}
   */
  const inline = (text, file) =>
    stripComments(text).replace(/@import\s+(?:url\()?\s*["']([^"']+)["']\s*\)?\s*;/g, (_m, ref) => {
      const target = paths.resolveRelative(file, ref.endsWith('.wxss') ? ref : `${ref}.wxss`);
      if (seen.has(target)) return '';
      seen.add(target);
      const imported = opts.readFile(target);
      return imported === null ? '' : inline(imported, target);
    });
  return transformBlocks(inline(source, opts.file), { classPrefix: opts.classPrefix || '', scope: opts.scope || '' });
}

module.exports = { transformWxss, convertRpx, transformSelector };
