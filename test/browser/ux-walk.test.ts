import { exceptionsOf } from '../../tools/web/index';
import { untaughtChinese } from '../helpers/taught-terms';
import { walk } from './walk';
import type { WalkReport } from './walk';
import { ROUTES, TAUGHT, TYPED, open, page, screenTexts, useUxPreview } from './ux-preview';

// English mode, tap by tap: every control of every page is tapped (walk.ts), and what each tap shows — the page, its
// dialogs, sheets, popups and toasts — keeps to English outside the taught terms, with no exception.

useUxPreview();

describe('English mode', () => {
  it('keeps to English in every tap of every page and in the dialogs, sheets, popups and toasts it opens', async () => {
    const found: string[] = [];
    const thrown: string[] = [];
    const report: WalkReport = { taps: 0, overlays: 0, reloads: 0, untapped: [], opened: new Set() };
    for (const route of ROUTES) {
      await walk({
        page,
        report,
        reopen: () => open(route, { lang: 'en', theme: 'system' }, 'light'),
        // The language picker's 中文 switches the app to Chinese, as it should.
        skip: (label) => label === '中文',
        read: async (where) => {
          for (const line of untaughtChinese(await screenTexts(), [...TAUGHT, ...TYPED]))
            found.push(`${route} (${where}): ${line}`);
          for (const e of await exceptionsOf(page)) thrown.push(`${route} (${where}): ${e.message}`);
        },
      });
    }
    expect([...new Set(found)]).toEqual([]);
    expect([...new Set(thrown)]).toEqual([]);
    // Every page's controls were tapped, and the taps met dialogs, sheets, popups and toasts, not just pages.
    expect(report.taps).toBeGreaterThan(ROUTES.length * 10);
    expect(report.overlays).toBeGreaterThan(20);
  }, 900000);
});
