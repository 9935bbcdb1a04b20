import type { BrowserContext, Page } from 'playwright-core';
import { startPreviewServer, launchChromium, localOnly, openPreview, exceptionsOf, PHONE } from '../../tools/web/index';
import type { PreviewServer, LaunchedBrowser } from '../../tools/web/index';
import { MINIPROGRAM } from './helpers';

// The product in real Chromium, as a learner uses it in `npm start`: taps and what is on the screen.

let server: PreviewServer;
let chromium: LaunchedBrowser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  server = await startPreviewServer({ root: MINIPROGRAM, port: 0 });
  await server.warm();
  chromium = await launchChromium();
  context = await chromium.browser.newContext({ viewport: PHONE, locale: 'zh-CN' });
  await localOnly(context, server.url);
  page = await context.newPage();
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

afterEach(async () => {
  expect(await exceptionsOf(page)).toEqual([]);
});

/** The page on top, as the learner sees it. */
const screen = (route: string) => page.locator(`page[data-route="${route}"]`);
const title = () => page.locator('.rlw-nav-text');

it('reads a lesson, then answers a quiz question by tapping', async () => {
  await openPreview(page, server.url, { route: 'pages/learn/index' });
  await title().filter({ hasText: '学习' }).waitFor();
  const learn = screen('pages/learn/index');
  await learn.getByText('注册', { exact: true }).waitFor();

  // The first lesson of the first stage.
  await learn.locator('van-cell').first().click();
  const lesson = screen('pages/lesson/index');
  await lesson.waitFor();
  await title().filter({ hasText: '课程' }).waitFor();
  await lesson.getByText('什么是小程序', { exact: true }).waitFor();
  await lesson.getByText('一句话定义').waitFor();
  await page.locator('.rlw-nav-back').waitFor();

  // Its quiz: tap an answer, submit, and the feedback tells right or wrong with the explanation.
  await lesson.getByRole('button', { name: /做本课测验/ }).click();
  const quiz = screen('pages/quiz/index');
  await title().filter({ hasText: '测验' }).waitFor();
  await quiz.getByText(/^1 \/ \d+$/).waitFor();
  const choice = quiz.locator('[aria-checked]').first();
  await choice.click();
  await quiz.locator('[aria-checked="true"]').first().waitFor();
  await quiz.getByRole('button', { name: '提交' }).click();
  const feedback = quiz.getByRole('alert');
  await feedback.waitFor();
  expect(await feedback.textContent()).toMatch(/回答(正确|错误)/);
});
