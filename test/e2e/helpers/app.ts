import * as path from 'path';
import automator from 'miniprogram-automator';
import type MiniProgram from 'miniprogram-automator/out/MiniProgram';
import type Page from 'miniprogram-automator/out/Page';
import type Element from 'miniprogram-automator/out/Element';
import { startServer } from '../../../tools/headless/index';

/**
 * The e2e suite's only way into the app. Everything here uses the official automator API, so the same tests
 * run headless (default) and against WeChat DevTools (WECHAT_DEVTOOLS_CLI=/path/to/cli). Headless answers
 * each action after the app settles; DevTools does not, so every helper that changes something waits for
 * its effect (a page, an element, a value) instead of sleeping.
 */

export const REPO = path.resolve(__dirname, '../../..');

export interface App {
  mp: MiniProgram;
  target: 'headless' | 'devtools';
  /** Messages of exceptions the app threw (App.exceptionThrown) since the last check. */
  exceptions: string[];
  close(): Promise<void>;
}

/** Launches the app: WeChat DevTools when WECHAT_DEVTOOLS_CLI is set, else the headless endpoint in-process. */
export async function launchApp(): Promise<App> {
  const cliPath = process.env.WECHAT_DEVTOOLS_CLI;
  const exceptions: string[] = [];
  const watch = (mp: MiniProgram) =>
    mp.on('exception', (e: { message?: string }) =>
      exceptions.push(String(e && e.message ? e.message : JSON.stringify(e))),
    );
  if (cliPath) {
    const mp = await automator.launch({ cliPath, projectPath: REPO });
    watch(mp);
    return { mp, target: 'devtools', exceptions, close: () => mp.close() };
  }
  const server = await startServer({ port: 0, quiet: true });
  const mp = await automator.connect({ wsEndpoint: server.wsEndpoint });
  watch(mp);
  return {
    mp,
    target: 'headless',
    exceptions,
    async close() {
      mp.disconnect();
      await server.close();
    },
  };
}

/**
 * One app per test file: launched before the first test, closed after the last, and every test fails if the
 * app threw an exception while it ran (a broken page fails the suite even when its assertions pass).
 */
export function useApp(): () => App {
  let app: App | null = null;
  beforeAll(async () => {
    app = await launchApp();
  }, 120000);
  afterAll(async () => {
    if (app) await app.close();
  });
  afterEach(() => {
    if (!app) return;
    const thrown = app.exceptions.splice(0);
    expect(thrown).toEqual([]);
  });
  return () => {
    if (!app) throw new Error('the app is not running (did beforeAll fail?)');
    return app;
  };
}

/**
 * Polls until `probe` answers something truthy, or fails after `timeoutMs` saying what it waited for.
 * @returns the probe's answer
 */
export async function waitFor<T>(
  probe: () => Promise<T | null | undefined | false>,
  what: string,
  timeoutMs = 5000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown = null;
  for (;;) {
    try {
      const v = await probe();
      if (v) return v;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${what}${last instanceof Error ? ` (last error: ${last.message})` : ''}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The page on top of the stack. */
export async function currentPage(mp: MiniProgram): Promise<Page> {
  const page = await mp.currentPage();
  if (!page) throw new Error('no page is open');
  return page;
}

/** Waits until `route` ('pages/quiz/index') is the current page, and returns it. */
export function waitForPage(mp: MiniProgram, route: string, timeoutMs = 5000): Promise<Page> {
  return waitFor(
    async () => {
      const page = await mp.currentPage();
      return page && page.path === route ? page : null;
    },
    `page ${route}`,
    timeoutMs,
  );
}

/** Waits for an element to be on the page (or inside `scope`) and returns it. */
export function el(page: Page | Element, selector: string, timeoutMs = 5000): Promise<Element> {
  return waitFor(() => page.$(selector), `${selector}`, timeoutMs);
}

/** Every element matching `selector` right now (the client types $$ loosely; this types it). */
export async function all(page: Page | Element, selector: string): Promise<Element[]> {
  return (await page.$$(selector)) as Element[];
}

/** Whether an element is on the page right now. */
export async function exists(page: Page | Element, selector: string): Promise<boolean> {
  return (await page.$(selector)) !== null;
}

/** Taps an element (waiting for it to appear first). */
export async function tap(page: Page | Element, selector: string): Promise<void> {
  await (await el(page, selector)).tap();
}

/** The text of an element. */
export async function text(page: Page | Element, selector: string): Promise<string> {
  return (await el(page, selector)).text();
}

/** Waits until an element's text satisfies `ok`, and returns it. */
export function waitForText(page: Page, selector: string, ok: (t: string) => boolean, what: string): Promise<string> {
  return waitFor(async () => {
    const e = await page.$(selector);
    if (!e) return null;
    const t = await e.text();
    return ok(t) ? t : null;
  }, what);
}

/** Opens a tab page, as tapping the tab bar does. */
export async function openTab(mp: MiniProgram, route: string): Promise<Page> {
  await mp.callWxMethod('switchTab', { url: `/${route}` });
  return waitForPage(mp, route);
}

/** A learner's first launch: no saved progress, the entry page freshly opened. */
export async function freshStart(mp: MiniProgram, route = 'pages/learn/index'): Promise<Page> {
  await mp.callWxMethod('clearStorageSync');
  await mp.callWxMethod('reLaunch', { url: `/${route}` });
  return waitForPage(mp, route);
}

/** The first element of `selector` whose id starts with `prefix`. */
export async function firstWithId(page: Page, selector: string, prefix: string): Promise<Element> {
  for (const e of await all(page, selector)) {
    const id = await e.attribute('id');
    if (id && id.startsWith(prefix)) return e;
  }
  throw new Error(`no ${selector} with an id starting "${prefix}" on ${page.path}`);
}

/** The numbers in a text ('1 / 8' → [1, 8]). */
export function numbers(t: string): number[] {
  return (t.match(/\d+(\.\d+)?/g) || []).map(Number);
}
