import {
  transformRpx,
  transformInlineRpx,
  adaptCss,
  forceColorScheme,
  dropRemoteFonts,
  viewportUnitsInCss,
} from '../../tools/web/index';

// How WXSS becomes CSS in the one-document preview.

describe('transformRpx (750 rpx = 375 px, as wcsc rounds)', () => {
  it.each([
    [0, 0],
    [750, 375],
    [375, 187],
    [100, 50],
    [28, 14],
    [3, 1],
    [1, 1],
    [-20, -10],
  ])('%d rpx → %d px', (rpx, px) => {
    expect(transformRpx(rpx)).toBe(px);
  });

  it('never lets a non-zero length vanish', () => {
    expect(transformRpx(0.5)).toBe(1);
    expect(transformRpx(-1)).toBe(-1);
  });

  it('converts rpx inside inline styles only', () => {
    expect(transformInlineRpx('width: 375rpx; margin: 10rpx 0 -20rpx; font-size: 14px')).toBe(
      'width: 187px; margin: 5px 0 -10px; font-size: 14px',
    );
  });

  it('measures vh and vw in inline styles against the phone window', () => {
    expect(transformInlineRpx('height: 50vh; width: 100vw')).toBe(
      'height: calc(50 * var(--rlw-vh, 1vh)); width: calc(100 * var(--rlw-vw, 1vw))',
    );
  });
});

describe('adaptCss', () => {
  it('turns wcsc\u2019s body (WXSS page) into the <page> element', () => {
    expect(adaptCss('body { color: red; }\nbody.dark .x, .y > body { a: b }')).toBe(
      'page { color: red; }\npage.dark .x, .y > page { a: b }',
    );
  });

  it('limits a page stylesheet to its page without raising specificity', () => {
    expect(adaptCss('.title { color: blue }\nbody { background: #fff }', 'pages/home/index')).toBe(
      ':where(page[data-route="pages/home/index"]) .title { color: blue }\n' +
        'page:where([data-route="pages/home/index"]) { background: #fff }',
    );
  });

  it('scopes each selector of a list, and leaves commas inside :not() alone', () => {
    expect(adaptCss('.a, .b:not(.c, .d) { x: 1 }', 'p/x')).toBe(
      ':where(page[data-route="p/x"]) .a, :where(page[data-route="p/x"]) .b:not(.c, .d) { x: 1 }',
    );
  });

  it('leaves at-rule preludes and keyframe selectors as they are', () => {
    const css =
      '@media (prefers-color-scheme: dark) { body { c: 1 } }\n@keyframes spin { from { t: 0 } 50% { t: 1 } to { t: 2 } }\n.z { t: 3 }';
    expect(adaptCss(css, 'p/x')).toBe(
      '@media (prefers-color-scheme: dark) { page:where([data-route="p/x"]) { c: 1 } }\n' +
        '@keyframes spin { from { t: 0 } 50% { t: 1 } to { t: 2 } }\n:where(page[data-route="p/x"]) .z { t: 3 }',
    );
  });
});

describe('forceColorScheme', () => {
  const css =
    '@media (prefers-color-scheme: dark) { page { c: 1 } } @media (prefers-color-scheme:light) { page { c: 2 } }';

  it('follows the browser when not forced', () => {
    expect(forceColorScheme(css, null)).toBe(css);
  });

  it('makes dark rules always apply and light rules never, when forced dark', () => {
    const out = forceColorScheme(css, 'dark');
    expect(out).toContain('@media (min-width: 0px) { page { c: 1 } }');
    expect(out).toContain('@media (max-width: 0px) and (min-width: 1px) { page { c: 2 } }');
  });

  it('does the reverse when forced light', () => {
    const out = forceColorScheme(css, 'light');
    expect(out).toContain('@media (max-width: 0px) and (min-width: 1px) { page { c: 1 } }');
    expect(out).toContain('@media (min-width: 0px) { page { c: 2 } }');
  });
});

describe('dropRemoteFonts', () => {
  it('removes @font-face rules that would load from the network, and keeps local ones', () => {
    const css =
      "@font-face{font-family:vant-icon;src:url(//at.alicdn.com/x.woff2) format('woff2')}.a{b:c}" +
      '@font-face { font-family: x; src: url("https://example.com/x.woff") }' +
      '@font-face{font-family:local;src:url(data:font/woff2;base64,AAAA)}';
    expect(dropRemoteFonts(css)).toBe('.a{b:c}@font-face{font-family:local;src:url(data:font/woff2;base64,AAAA)}');
  });
});

describe('viewportUnitsInCss', () => {
  it('rewrites vh/vw in declarations only, not in media queries or class names', () => {
    const css = '@media (min-width: 10vw) { .h-100vh { min-height: 100vh; margin: -.5vw 2px } } .x{top:3vmax}';
    expect(viewportUnitsInCss(css)).toBe(
      '@media (min-width: 10vw) { .h-100vh { min-height: calc(100 * var(--rlw-vh, 1vh)); margin: calc(-.5 * var(--rlw-vw, 1vw)) 2px } } .x{top:calc(3 * var(--rlw-vh, 1vh))}',
    );
  });
});
