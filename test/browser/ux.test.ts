import { contrastRatio, decodePng, dominantColor, luminance } from './helpers';
import { untaughtChinese } from '../helpers/taught-terms';
import { ROUTES, TAUGHT, TYPED, open, page, screenTexts, useUxPreview } from './ux-preview';
import { TAPPABLE } from './walk';
import type { Scheme } from './ux-preview';

// What a learner sees on every page of the product, measured in real Chromium: a theme chosen in 我的 reaches every
// surface (sampled pixels), English mode shows no Chinese outside the taught terms, the console's phone button covers
// no control, and text keeps a 4.5:1 contrast.

// The English tap walk (every control of every page) is ux-walk.test.ts, a file of its own so that jest runs it in a
// second worker beside this one.

interface Box {
  what: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

useUxPreview();

/** The surfaces to sample, relative to the phone: the navigation bar, the tab bar, the page and its cells and cards. */
function surfaces(): Promise<Box[]> {
  return page.evaluate(() => {
    const phone = document.querySelector('.rlw-phone') as HTMLElement;
    const origin = phone.getBoundingClientRect();
    const win = (document.querySelector('.rlw-window') as HTMLElement).getBoundingClientRect();
    const out: { what: string; x: number; y: number; width: number; height: number }[] = [];
    const add = (what: string, el: Element, clip: DOMRect | null) => {
      const r = el.getBoundingClientRect();
      const top = clip ? Math.max(r.top, clip.top) : r.top;
      const bottom = clip ? Math.min(r.bottom, clip.bottom) : r.bottom;
      if (bottom - top < 8 || r.width < 8 || (el as HTMLElement).hidden) return;
      out.push({ what, x: r.left - origin.left, y: top - origin.top, width: r.width, height: bottom - top });
    };
    add('navigation bar', document.querySelector('.rlw-nav') as Element, null);
    const tab = document.querySelector('.rlw-tabbar') as HTMLElement;
    if (!tab.hidden) add('tab bar', tab, null);
    const shown = Array.from(document.querySelectorAll('page')).filter((p) => (p as HTMLElement).offsetParent !== null);
    const top = shown[shown.length - 1];
    if (!top) return out;
    const root = top.firstElementChild;
    if (root) add('page', root, win);
    const picked = Array.from(
      top.querySelectorAll('.van-cell, .van-cell-group, .rl-card, .van-field, .tb-bar, .pb-dock, .van-tabs__nav'),
    );
    let n = 0;
    for (const el of picked) {
      const r = el.getBoundingClientRect();
      if (r.bottom <= win.top || r.top >= win.bottom) continue;
      add(`${el.className.split(' ')[0] || el.tagName.toLowerCase()} #${n}`, el, win);
      n += 1;
      if (n >= 12) break;
    }
    return out;
  });
}

const hex = (c: readonly number[]) => `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`;

it('checks every page of app.json: the classroom, the scenario builder and library pages too', () => {
  expect(ROUTES).toEqual(
    expect.arrayContaining([
      'console/classroom/join/index',
      'console/classroom/teach/index',
      'console/classroom/roster/index',
      'console/classroom/handin/index',
      'console/builder/index',
      'console/library/index',
    ]),
  );
  expect(ROUTES.length).toBeGreaterThan(25);
});

describe('a theme chosen in 我的 reaches every surface (sampled pixels)', () => {
  const cases: { pref: Scheme; system: Scheme }[] = [
    { pref: 'dark', system: 'light' },
    { pref: 'light', system: 'dark' },
  ];
  for (const { pref, system } of cases) {
    it(`forced ${pref} while the system is ${system}: no ${pref === 'dark' ? 'light' : 'dark'} surface on any page`, async () => {
      const wrong: string[] = [];
      let sampled = 0;
      for (const route of ROUTES) {
        await open(route, { lang: 'zh', theme: pref }, system);
        const boxes = await surfaces();
        const pixels = decodePng(
          await page.locator('.rlw-phone').screenshot({ animations: 'disabled', caret: 'hide' }),
        );
        for (const box of boxes) {
          // Bars are sampled whole; a cell or card along its top padding (its surface, not a button inside it).
          const bar = box.what === 'navigation bar' || box.what === 'tab bar' || box.what === 'page';
          const color = dominantColor(
            pixels,
            bar ? box : { x: box.x + 12, y: box.y + 2, width: Math.max(1, box.width - 24), height: 5 },
          );
          const l = luminance(color);
          sampled += 1;
          // Dark surfaces are near #1e1e1e (L 0.013), light ones near #f5f6f7 (L 0.92).
          if (pref === 'dark' ? l > 0.1 : l < 0.5) wrong.push(`${route}: ${box.what} is ${hex(color)}`);
        }
      }
      expect(sampled).toBeGreaterThan(ROUTES.length * 3);
      expect(wrong).toEqual([]);
    }, 300000);
  }
});

describe('English mode', () => {
  it('shows no Chinese outside the taught terms on any page: titles, tab bar, page text and labels', async () => {
    const found: string[] = [];
    for (const route of ROUTES) {
      await open(route, { lang: 'en', theme: 'system' }, 'light');
      for (const line of untaughtChinese(await screenTexts(), [...TAUGHT, ...TYPED])) found.push(`${route}: ${line}`);
    }
    expect([...new Set(found)]).toEqual([]);
  }, 300000);
});

describe('the console phone button', () => {
  // The classroom's pages live in the console subpackage but are not console pages: no phone, no toolbar.
  const consolePages = ROUTES.filter(
    (r) => r.startsWith('console/') && r !== 'console/phone/index' && !r.startsWith('console/classroom/'),
  );

  it('covers no control on any console page, each control scrolled into view', async () => {
    const covered: string[] = [];
    let checked = 0;
    for (const route of consolePages) {
      await open(route, { lang: 'zh', theme: 'system' }, 'light');
      const result = await page.evaluate(() => {
        const shown = Array.from(document.querySelectorAll('page')).filter(
          (p) => (p as HTMLElement).offsetParent !== null,
        );
        const top = shown[shown.length - 1] as HTMLElement;
        const host = top.querySelector('[is="console/components/console-phone-button/index"]');
        if (!host) return { missing: true, checked: 0, covered: [] as string[] };
        // What floats: the outermost fixed element of the phone button.
        const fixed = [host, ...Array.from(host.querySelectorAll('*'))].filter(
          (e) => getComputedStyle(e).position === 'fixed',
        );
        const obstacle = fixed[0];
        const controls = Array.from(
          top.querySelectorAll(
            '[role=button], [role=radio], [role=checkbox], [role=switch], [role=link], [role=tab], wx-input, wx-textarea, wx-picker, wx-navigator, input, textarea',
          ),
        ).filter((e) => !host.contains(e) && (e as HTMLElement).offsetParent !== null);
        const out: string[] = [];
        for (const c of controls) {
          c.scrollIntoView({ block: 'center' });
          const a = c.getBoundingClientRect();
          const b = obstacle.getBoundingClientRect();
          const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          if (w > 1 && h > 1)
            out.push((c.textContent || c.getAttribute('aria-label') || c.tagName).trim().slice(0, 40));
        }
        return { missing: false, checked: controls.length, covered: out };
      });
      expect({ route, missing: result.missing }).toEqual({ route, missing: false });
      checked += result.checked;
      for (const c of result.covered) covered.push(`${route}: ${c}`);
    }
    expect(checked).toBeGreaterThan(consolePages.length * 2);
    expect(covered).toEqual([]);
  }, 300000);
});

describe('text contrast', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`is at least 4.5:1 for body text and buttons on every page (${scheme})`, async () => {
      const low: string[] = [];
      let measured = 0;
      for (const route of ROUTES) {
        await open(route, { lang: 'zh', theme: scheme }, scheme);
        const samples = await page.evaluate(() => {
          const parse = (c: string): number[] | null => {
            const m = c.match(/rgba?\(([^)]+)\)/);
            if (!m) return null;
            const v = m[1]
              .split(/[ ,/]+/)
              .filter(Boolean)
              .map(Number);
            return [v[0], v[1], v[2], v.length > 3 ? v[3] : 1];
          };
          /** The opaque colour behind `el`: its and its ancestors' backgrounds, blended from the nearest opaque one. */
          const background = (el: Element): number[] => {
            const layers: number[][] = [];
            for (let e: Element | null = el; e; e = e.parentElement) {
              // Text drawn on a picture (the captcha) cannot be measured this way.
              if (getComputedStyle(e).backgroundImage !== 'none') return [];
              const c = parse(getComputedStyle(e).backgroundColor);
              if (c && c[3] > 0) {
                layers.push(c);
                if (c[3] >= 1) break;
              }
            }
            let rgb = [255, 255, 255];
            for (const c of layers.reverse()) rgb = rgb.map((v, i) => v * (1 - c[3]) + c[i] * c[3]);
            return rgb;
          };
          const shown = Array.from(document.querySelectorAll('page')).filter(
            (p) => (p as HTMLElement).offsetParent !== null,
          );
          const top = shown[shown.length - 1] as HTMLElement | undefined;
          if (!top) return [];
          const out: { text: string; fg: number[]; bg: number[]; large: boolean }[] = [];
          const walker = document.createTreeWalker(top, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            const text = (n.textContent || '').trim();
            const el = n.parentElement;
            if (!text || !el || el.offsetParent === null || !/[\p{L}\p{N}]/u.test(text)) continue;
            const style = getComputedStyle(el);
            if (style.visibility === 'hidden' || Number(style.opacity) < 0.5) continue;
            const fg = parse(style.color);
            if (!fg) continue;
            const bg = background(el);
            if (!bg.length) continue;
            const rgb = fg.slice(0, 3).map((v, i) => v * fg[3] + bg[i] * (1 - fg[3]));
            const size = parseFloat(style.fontSize);
            const bold = Number(style.fontWeight) >= 700;
            out.push({ text: text.slice(0, 30), fg: rgb, bg, large: size >= 24 || (bold && size >= 18.66) });
          }
          return out;
        });
        for (const s of samples) {
          measured += 1;
          const ratio = contrastRatio(s.fg, s.bg);
          // WCAG AA: 4.5:1, 3:1 for large text.
          if (ratio < (s.large ? 3 : 4.5)) low.push(`${route}: "${s.text}" ${ratio.toFixed(2)}:1`);
        }
      }
      expect(measured).toBeGreaterThan(ROUTES.length * 3);
      expect([...new Set(low)]).toEqual([]);
    }, 300000);
  }
});

describe('accessibility: tap targets and icon-only controls', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`every tappable element is at least 44 × 44 px and an icon-only one has a label (${lang})`, async () => {
      const small: string[] = [];
      const unlabelled: string[] = [];
      let measured = 0;
      for (const route of ROUTES) {
        await open(route, { lang, theme: 'system' }, 'light');
        const found = await page.evaluate((selector) => {
          const shown = Array.from(document.querySelectorAll('page')).filter(
            (p) => (p as HTMLElement).offsetParent !== null,
          );
          const top = shown[shown.length - 1] as HTMLElement | undefined;
          const scope: Element[] = [document.querySelector('.rlw-tabbar') as Element];
          if (top) scope.push(top);
          const out: { what: string; width: number; height: number; label: string; text: string }[] = [];
          for (const root of scope) {
            if (!root || (root as HTMLElement).hidden) continue;
            for (const el of Array.from(root.querySelectorAll(selector))) {
              const h = el as HTMLElement;
              // Only what is on screen: hidden sheets and collapsed blocks are measured where they open.
              if (h.offsetParent === null || getComputedStyle(h).visibility === 'hidden') continue;
              // A control inside a larger control (a label inside a cell) is tapped through the outer one.
              if (el.parentElement && el.parentElement.closest(selector)) continue;
              const r = el.getBoundingClientRect();
              const text = (h.innerText || '').trim();
              out.push({
                what: (text || el.getAttribute('aria-label') || el.id || el.tagName).slice(0, 40),
                width: r.width,
                height: r.height,
                label: el.getAttribute('aria-label') || '',
                text,
              });
            }
          }
          return out;
        }, TAPPABLE);
        for (const f of found) {
          measured += 1;
          // 44 × 44 CSS px (WCAG 2.5.5, Apple's 44 pt); half a pixel for rounding.
          if (f.width < 43.5 || f.height < 43.5)
            small.push(`${route}: "${f.what}" ${Math.round(f.width)}×${Math.round(f.height)}`);
          if (!/[\p{L}\p{N}]/u.test(f.text) && !/[\p{L}\p{N}]/u.test(f.label)) unlabelled.push(`${route}: "${f.what}"`);
        }
      }
      expect(measured).toBeGreaterThan(ROUTES.length * 2);
      expect([...new Set(small)]).toEqual([]);
      expect([...new Set(unlabelled)]).toEqual([]);
    }, 300000);
  }
});
