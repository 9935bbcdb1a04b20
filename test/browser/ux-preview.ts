import * as fs from 'fs';
import * as path from 'path';
import type { BrowserContext, Page } from 'playwright-core';
import {
  startPreviewServer,
  launchChromium,
  localContext,
  openPreview,
  exceptionsOf,
  listPages,
} from '../../tools/web/index';
import type { PreviewServer, LaunchedBrowser } from '../../tools/web/index';
import { readSetup } from '../../tools/web/screenshots';
import { consoleStorage, prefsStorage } from '../../tools/web/console-seed';
import { MINIPROGRAM } from './helpers';
import { hasChinese } from '../helpers/taught-terms';
import { QUESTIONS } from '../../miniprogram/pages/quiz/bank/index';
import { PRIVACY_SEED_PURPOSE } from '../../miniprogram/console/engine/kernel/platform-data';

/**
 * What the learner-experience suites (ux.test.ts, ux-walk.test.ts) share: one preview server and one Chromium page per
 * test file (jest runs the files in parallel workers), every page of app.json opened as the screenshots open it, and
 * what an English screen may show in Chinese. `page` is a live binding: it is set by the file's beforeAll.
 */

export type Scheme = 'light' | 'dark';

let server: PreviewServer;
let chromium: LaunchedBrowser;
let context: BrowserContext;
export let page: Page;

export const ROUTES: string[] = listPages(JSON.parse(fs.readFileSync(path.join(MINIPROGRAM, 'app.json'), 'utf8'))).map(
  (p: { route: string }) => p.route,
);
export const SETUP = readSetup();

/** Starts the preview server and Chromium before the file's tests, and closes them after. */
export function useUxPreview(): void {
  beforeAll(async () => {
    server = await startPreviewServer({ root: MINIPROGRAM, port: 0 });
    await server.warm();
    chromium = await launchChromium();
    // Off the network with the browser's cache on (hundreds of opens reuse the parsed scripts): localContext.
    context = await localContext(chromium.browser, { viewport: { width: 375, height: 812 }, reducedMotion: 'reduce' });
    page = await context.newPage();
  }, 120000);

  afterAll(async () => {
    await chromium?.close();
    await server?.close();
  });
}

/** The starting storage of each route and preferences (built once: a console world is bundled from the app's code). */
const STORED = new Map<string, Record<string, string>>();

/** Opens `route` as the screenshots do (its query and starting state), with the learner's language and theme saved. */
export async function open(
  route: string,
  prefs: { lang: 'zh' | 'en'; theme: 'system' | Scheme },
  system: Scheme,
): Promise<void> {
  const s = SETUP[route] || {};
  const key = JSON.stringify([route, prefs]);
  let storage = STORED.get(key);
  if (!storage) {
    const stored: Record<string, unknown> = {
      ...(s.storage || {}),
      ...(s.console ? consoleStorage(MINIPROGRAM, s.console) : {}),
      ...prefsStorage(MINIPROGRAM, { ...s.progress, ...prefs }),
    };
    storage = Object.fromEntries(Object.entries(stored).map(([k, v]) => [k, JSON.stringify(v)]));
    STORED.set(key, storage);
  }
  await page.emulateMedia({ colorScheme: system });
  await openPreview(page, server.url, {
    route,
    query: s.query,
    theme: system,
    language: prefs.lang === 'en' ? 'en' : 'zh_CN',
    storage,
    fixedTime: new Date('2026-01-15T09:41:00+08:00'),
  });
  expect(await exceptionsOf(page)).toEqual([]);
}

/**
 * Chinese an English page may show besides the taught-term patterns (test/helpers/taught-terms.ts: "中文 · English",
 * "垃圾邮件" (spam), Publish (发布)): the language picker, which names itself and 中文 in both languages so that someone
 * who cannot read the current one finds it; the console menu path as the real console shows it; and the simulated
 * account's own data (a mini program named in Chinese, as real ones are), which is the learner's data, not the
 * interface's.
 */
export const TAUGHT: readonly string[] = [
  '中文',
  '语言',
  '管理 → 开发管理 → 开发设置',
  '用来练习小程序注册与发布流程的示例小程序。',
  '注册实训示例',
  '实训示例',
  '我（学员）',
  '第一个版本',
  PRIVACY_SEED_PURPOSE,
];
/**
 * What the find-the-mistake questions fill their forms with: data as the console would show it, whose Chinese is often
 * the mistake to find (a name that contains 微信), so it is shown as it is in both languages.
 */
const FORM_VALUES: readonly string[] = QUESTIONS.flatMap((q) =>
  q.type === 'mistake' ? q.fields.map((f) => f.value).filter(hasChinese) : [],
);
/**
 * What people typed in the screenshots' starting states (a class name, students' names in the classroom seeds): user
 * data shows as it was typed, in any language, so it is not app text.
 */
export const TYPED: readonly string[] = [
  ...new Set(
    Object.values(SETUP)
      .flatMap((s) => Object.values(s.storage || {}))
      .flatMap((v) => JSON.stringify(v).match(/[\u3400-\u9fff]+[0-9A-Za-z]*[\u3400-\u9fff]*/g) || [])
      .concat(FORM_VALUES),
  ),
].sort((a, b) => b.length - a.length);

/**
 * What the learner reads now: the title, the tab bar, the top page's text and labels, and any dialog, toast or sheet
 * (only the overlays with `overlaysOnly`).
 */
export function screenTexts(overlaysOnly = false): Promise<string[]> {
  return page.evaluate((only) => {
    const shown = Array.from(document.querySelectorAll('page')).filter((p) => (p as HTMLElement).offsetParent !== null);
    const top = shown[shown.length - 1] as HTMLElement | undefined;
    const tab = document.querySelector('.rlw-tabbar') as HTMLElement;
    const labels = top
      ? Array.from(top.querySelectorAll('[aria-label]')).map((e) => e.getAttribute('aria-label') || '')
      : [];
    const overlays = Array.from(document.querySelectorAll('.rlw-modal, .rlw-toast, .rlw-sheet')).map(
      (e) => (e as HTMLElement).innerText,
    );
    if (only) return overlays;
    return [
      (document.querySelector('.rlw-nav-text') as HTMLElement).textContent || '',
      tab.hidden ? '' : tab.innerText,
      top ? top.innerText : '',
      ...labels,
      ...overlays,
    ];
  }, overlaysOnly);
}
