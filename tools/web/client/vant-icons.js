// @ts-check
/**
 * Vant draws its icons with an icon font that it loads from a CDN (at.alicdn.com). The preview makes no network
 * requests, so without this every van-icon would show as an empty box. Here the common icons are drawn as CSS masks
 * (plain SVG outlines, close to vant's shapes), and any other icon draws nothing rather than a box.
 *
 * Icons are matched by class name: exparser writes vant's `van-icon-arrow` as `<prefix>--van-icon-arrow`.
 */

/** Outline paths on a 24 × 24 grid, stroked. */
const ICONS = {
  arrow: 'M9 5l7 7-7 7',
  'arrow-left': 'M15 5l-7 7 7 7',
  'arrow-up': 'M5 15l7-7 7 7',
  'arrow-down': 'M5 9l7 7 7-7',
  success: 'M4.5 12.5l5 5L20 7',
  cross: 'M6 6l12 12M18 6L6 18',
  close: 'M6 6l12 12M18 6L6 18',
  plus: 'M12 5v14M5 12h14',
  minus: 'M5 12h14',
  search: 'M10.5 4a6.5 6.5 0 1 1 0 13 6.5 6.5 0 0 1 0-13zM15.5 15.5L20 20',
  circle: 'M12 3a9 9 0 1 1 0 18 9 9 0 0 1 0-18z',
  checked: 'M12 3a9 9 0 1 1 0 18 9 9 0 0 1 0-18zM7.5 12.5l3 3 6-6.5',
  passed: 'M12 3a9 9 0 1 1 0 18 9 9 0 0 1 0-18zM7.5 12.5l3 3 6-6.5',
  clear: 'M12 3a9 9 0 1 1 0 18 9 9 0 0 1 0-18zM9 9l6 6M15 9l-6 6',
  'info-o': 'M12 3a9 9 0 1 1 0 18 9 9 0 0 1 0-18zM12 11v6M12 7.5v.5',
  'warning-o': 'M12 3a9 9 0 1 1 0 18 9 9 0 0 1 0-18zM12 7v6M12 16.5v.5',
  'question-o': 'M12 3a9 9 0 1 1 0 18 9 9 0 0 1 0-18zM9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.7.3-1 .9-1 1.7v.5M12 17v.5',
  'clock-o': 'M12 3a9 9 0 1 1 0 18 9 9 0 0 1 0-18zM12 7v5l3 2',
  'star-o': 'M12 3.5l2.6 5.5 6 .7-4.4 4.1 1.2 5.9L12 16.8l-5.4 2.9 1.2-5.9L3.4 9.7l6-.7z',
  'envelop-o': 'M3.5 6h17v12h-17zM3.5 6l8.5 7 8.5-7',
  'phone-o': 'M8 3h8v18H8zM11 18h2',
  lock: 'M6 11h12v9H6zM8.5 11V8a3.5 3.5 0 0 1 7 0v3',
  'user-o': 'M12 4a4 4 0 1 1 0 8 4 4 0 0 1 0-8zM4.5 20.5a7.5 7.5 0 0 1 15 0',
  'setting-o':
    'M12 9a3 3 0 1 1 0 6 3 3 0 0 1 0-6zM12 3v3M12 18v3M3 12h3M18 12h3M5.6 5.6l2.1 2.1M16.3 16.3l2.1 2.1M5.6 18.4l2.1-2.1M16.3 7.7l2.1-2.1',
};

/**
 * @param {string} path
 */
function maskUrl(path) {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="black" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round"><path d="${path}"/></svg>`;
  return `url("data:image/svg+xml,${encodeURIComponent(svg)}")`;
}

/** @param {string} token */
const tokenSelector = (token) => `[class$="--${token}"]::before, [class*="--${token} "]::before`;

/** The stylesheet. */
function vantIconCss() {
  const rules = [
    // Any vant icon: no glyph from the missing font.
    `${tokenSelector('van-icon')} { content: '' !important; font-family: inherit !important; }`,
  ];
  for (const [name, path] of Object.entries(ICONS)) {
    rules.push(
      `${tokenSelector(`van-icon-${name}`)} { content: '' !important; display: inline-block; width: 1em; height: 1em;` +
        ` background-color: currentColor; -webkit-mask: ${maskUrl(path)} center / contain no-repeat;` +
        ` mask: ${maskUrl(path)} center / contain no-repeat; vertical-align: -0.125em; }`,
    );
  }
  return rules.join('\n');
}

/**
 * @param {Document} doc
 */
function installVantIcons(doc) {
  const style = doc.createElement('style');
  style.setAttribute('data-rlw', 'vant-icons');
  style.textContent = vantIconCss();
  doc.head.appendChild(style);
}

module.exports = { installVantIcons, vantIconCss, ICONS };
