import type { BrowserContext, Page } from 'playwright-core';
import { startPreviewServer, launchChromium, localOnly, openPreview, exceptionsOf, PHONE } from '../../tools/web/index';
import type { PreviewServer, LaunchedBrowser } from '../../tools/web/index';
import { MINIPROGRAM, settledText } from './helpers';

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
  // Quiz order is seeded from the clock: a fixed time makes the run the same every time (the four traits come first).
  await openPreview(page, server.url, { route: 'pages/learn/index', fixedTime: new Date('2026-01-15T09:41:00+08:00') });
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

  // Its quiz: tap an answer, submit, and the feedback gives the verdict with the explanation.
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
  // A multiple-choice question answered with one right option: partial credit, stated, with the explanation.
  const shown = await settledText(feedback, (t) => t.includes('部分正确'));
  expect(shown).toContain('部分正确 · 得分 0.5');
  expect(shown).toContain('解析四大特性是');
  expect(shown).toContain('已加入错题本');
});

it('starts the registration flow in the console: account info, then the activation step', async () => {
  await openPreview(page, server.url, { route: 'pages/lab/index' });
  const lab = screen('pages/lab/index');
  // The scenario "from scratch" is picked; start it.
  const scratch = lab.getByRole('radio', { name: /从零开始/ });
  expect(await scratch.getAttribute('aria-checked')).toBe('true');
  await lab.getByRole('button', { name: '开始', exact: true }).click();

  const register = screen('console/register/index');
  await title().filter({ hasText: '小程序注册' }).waitFor();
  await register.getByText('帐号信息').waitFor();
  // Sample data (never real data), the captcha read off its picture, the agreement, then 注册.
  await register.getByText('填入示例数据').click();
  const email = await register.locator('van-field', { hasText: '邮箱' }).locator('input').inputValue();
  expect(email).toMatch(/@example\.com$/);
  const captcha = ((await register.getByLabel('验证码图片').textContent()) || '').replace(/\s+/g, '');
  expect(captcha).toMatch(/^\w{4}$/);
  await register.locator('van-field', { hasText: '验证码' }).locator('input').fill(captcha);
  await register.getByRole('checkbox').click();
  await register.getByRole('button', { name: '注册' }).click();

  await register.getByText('激活小程序帐号', { exact: true }).waitFor();
  expect(await settledText(register, (t) => t.includes(`确认邮件已发送至你的注册邮箱 : ${email}`))).toContain(
    `确认邮件已发送至你的注册邮箱 : ${email}`,
  );
});

it('draws block buttons across the screen: the app keeps WeChat\'s default built-in style, as vant asks (no "style": "v2")', async () => {
  await openPreview(page, server.url, { route: 'pages/lab/index' });
  const lab = screen('pages/lab/index');
  const button = lab.getByRole('button', { name: /什么是模拟控制台/ });
  await button.waitFor();
  const box = await button.boundingBox();
  if (!box) throw new Error('the button has no box');
  // The phone is 375 px wide and the actions have 16 px margins: far wider than the 184 px of a "v2" button.
  expect(box.width).toBeGreaterThan(300);
});
