import { readProgress, updateProgress } from '../../miniprogram/services/storage';
import { setLang } from '../../miniprogram/core/progress/actions';
import { fake } from '../helpers/environment';
import { attachedPages, renderPage } from '../helpers/render';
import type { RenderedPage } from '../helpers/render';

// The shared set-up (test/helpers/setup-component.ts): each test starts fresh, whatever the one before it left.
let left: RenderedPage | undefined;

describe('component test environment', () => {
  it('first test: writes progress, records a navigation and leaves a page rendered', async () => {
    updateProgress((p) => setLang(p, 'en'));
    fake.navigations.push({ kind: 'navigateTo', url: '/pages/lesson/index' });
    left = await renderPage('pages/me/index');
    expect(fake.storage.size).toBeGreaterThan(0);
    expect(readProgress().lang).toBe('en');
    expect(attachedPages()).toBe(1);
  });

  it('second test: empty storage, nothing loaded in memory, no records, and the page was detached', () => {
    expect(fake.storage.size).toBe(0);
    expect(fake.navigations).toEqual([]);
    expect(readProgress().lang).toBe('zh');
    expect(attachedPages()).toBe(0);
    // Detaching twice is harmless: the set-up already detached it.
    expect(() => left?.detach()).not.toThrow();
  });
});
