// @ts-check
/**
 * Project-relative POSIX paths ('pages/learn/index', no leading slash), and mini program URLs.
 * No Node API: the runtime core also runs in a browser.
 */

/**
 * Normalises a path: resolves '.' and '..', drops empty segments and any leading slash.
 * @param {string} p
 * @returns {string}
 */
function normalize(p) {
  /** @type {string[]} */
  const out = [];
  for (const seg of p.replace(/\\/g, '/').split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') out.pop();
    else out.push(seg);
  }
  return out.join('/');
}

/**
 * @param {...string} parts
 * @returns {string}
 */
function join(...parts) {
  return normalize(parts.filter((s) => s !== '').join('/'));
}

/**
 * @param {string} p
 * @returns {string}
 */
function dirname(p) {
  const n = normalize(p);
  const i = n.lastIndexOf('/');
  return i < 0 ? '' : n.slice(0, i);
}

/**
 * Resolves `request` as written in a file at `fromFile`: '/x' is project-absolute, anything else is relative.
 * @param {string} fromFile
 * @param {string} request
 * @returns {string}
 */
function resolveRelative(fromFile, request) {
  if (request.startsWith('/')) return normalize(request);
  return join(dirname(fromFile), request);
}

/**
 * Splits a mini program URL ('/pages/lesson/index?id=a&x=1') into a route and its query. Relative URLs
 * resolve against `fromRoute` (the current page), as `wx.navigateTo` does. Query values stay as written:
 * WeChat passes them to `onLoad` without decoding.
 * @param {string} url
 * @param {string} [fromRoute]
 * @returns {{ route: string, query: Record<string, string> }}
 */
function parseUrl(url, fromRoute = '') {
  const q = url.indexOf('?');
  const pathPart = q < 0 ? url : url.slice(0, q);
  const search = q < 0 ? '' : url.slice(q + 1);
  const route = pathPart.startsWith('/') ? normalize(pathPart) : resolveRelative(fromRoute || 'x', pathPart);
  /** @type {Record<string, string>} */
  const query = {};
  for (const pair of search.split('&')) {
    if (!pair) continue;
    const eq = pair.indexOf('=');
    const key = eq < 0 ? pair : pair.slice(0, eq);
    if (key) query[key] = eq < 0 ? '' : pair.slice(eq + 1);
  }
  return { route: route.replace(/\.(js|ts|wxml|json)$/, ''), query };
}

module.exports = { normalize, join, dirname, resolveRelative, parseUrl };
