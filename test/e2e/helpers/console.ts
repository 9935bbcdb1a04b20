import type MiniProgram from 'miniprogram-automator/out/MiniProgram';
import type Page from 'miniprogram-automator/out/Page';
import type Element from 'miniprogram-automator/out/Element';
import type { InputElement } from 'miniprogram-automator/out/Element';
import { all, el, openTab, tap, text, waitFor, waitForPage, waitForText } from './app';

/**
 * Steps of the simulated admin console, as a learner takes them: each step starts on the page it names, uses
 * the console's own "填入示例数据" buttons for fictional data, reads codes from the simulated phone and
 * mailbox like a person would, and fast-forwards the simulated clock where the console offers it. Compose
 * them into journeys (console.test.ts) or use them to reach a state a new journey starts from.
 */

export const ROUTES = {
  lab: 'pages/lab/index',
  register: 'console/register/index',
  mailbox: 'console/mailbox/index',
  phone: 'console/phone/index',
  home: 'console/home/index',
  basic: 'console/basic/index',
  filing: 'console/filing/index',
  privacy: 'console/privacy/index',
  versions: 'console/versions/index',
} as const;

/** Types into a van-field (its inner input). */
export async function typeInto(page: Page, field: string, value: string): Promise<void> {
  const input = (await (await el(page, field)).$('input')) as InputElement | null;
  if (!input) throw new Error(`${field} has no input`);
  await input.input(value);
}

/** The value in a van-field's input. */
export async function valueOf(page: Page, field: string): Promise<string> {
  const input = await (await el(page, field)).$('input');
  if (!input) throw new Error(`${field} has no input`);
  return String(await input.value());
}

/** The first element of `selector` (inside `scope`) whose id starts with `prefix`. */
export async function firstId(scope: Page | Element, selector: string, prefix: string): Promise<Element> {
  for (const e of await all(scope, selector)) {
    const id = await e.attribute('id');
    if (id && id.startsWith(prefix)) return e;
  }
  throw new Error(`no ${selector} with an id starting "${prefix}"`);
}

/** Opens the simulated phone from a console page, runs `fn` on it, and comes back. */
export async function onPhone<T>(mp: MiniProgram, page: Page, fn: (phone: Page) => Promise<T>): Promise<T> {
  const back = page.path;
  await tap(page, '#phone');
  const phone = await waitForPage(mp, ROUTES.phone);
  const out = await fn(phone);
  await tap(phone, '#back');
  await waitForPage(mp, back);
  return out;
}

/** The code in the newest SMS on the simulated phone. */
export async function newestSmsCode(phone: Page): Promise<string> {
  const code = await el(phone, '.sms-code');
  return (await code.text()).trim();
}

/** 实操 → a fresh sandbox (the default scenario, current rules) → the registration page. */
export async function startSandbox(mp: MiniProgram): Promise<Page> {
  const lab = await openTab(mp, ROUTES.lab);
  await tap(lab, '#start');
  return waitForPage(mp, ROUTES.register);
}

/**
 * Registration ① 帐号信息 filled and sent: the sample account (with `email` and `password` typed over it when given),
 * the captcha as shown, the agreement ticked, 注册. The caller reads what the page answers.
 */
export async function sendAccount(page: Page, email?: string, password?: string): Promise<void> {
  await tap(page, '#sample-account');
  if (email) await typeInto(page, '#f-email', email);
  if (password) {
    await typeInto(page, '#f-password', password);
    await typeInto(page, '#f-confirmPassword', password);
  }
  await typeInto(page, '#f-captcha', (await text(page, '#captcha-image')).trim());
  if (!(await text(page, '#agree')).includes('✓')) await tap(page, '#agree');
  await tap(page, '#submit-account');
}

/** Registration ① 帐号信息 with the sample account, up to step ② 邮箱激活. */
export async function submitAccount(page: Page): Promise<void> {
  await sendAccount(page);
  await el(page, '#activation');
}

/** Registration ② 邮箱激活: the mailbox, the activation mail, its link, back to registration. */
export async function activateFromMailbox(mp: MiniProgram, page: Page): Promise<Page> {
  await tap(page, '#open-mailbox');
  const mailbox = await waitForPage(mp, ROUTES.mailbox);
  await (await firstId(mailbox, 'view', 'mail-')).tap();
  await tap(mailbox, '#activation-link');
  await tap(mailbox, '#to-register');
  const register = await waitForPage(mp, ROUTES.register);
  await el(register, '#info');
  return register;
}

/**
 * Registration ③ 信息登记 as an individual: sample identity, the SMS code from the phone, the administrator's
 * scan confirmed on the phone, 继续, and the confirmation dialog. Returns the new AppID.
 */
export async function registerIndividual(mp: MiniProgram, page: Page): Promise<string> {
  await tap(page, '#region-mainland');
  await tap(page, '#type-individual');
  await tap(page, '#sample-form');
  await tap(page, '#send-sms');
  await el(page, '#sms-note');
  const code = await onPhone(mp, page, newestSmsCode);
  await typeInto(page, '#f-smsCode', code);
  await tap(page, '#scan');
  await onPhone(mp, page, async (phone) => (await firstId(phone, 'van-button', 'allow-')).tap());
  await tap(page, '#continue');
  await tap(page, '#dialog-ok');
  return (await text(page, '#done-appid')).trim();
}

/** From the console home: basic settings filled in, then filing completed; returns the filing page. */
export async function completeInfoAndFiling(mp: MiniProgram, home: Page): Promise<Page> {
  await tap(home, '#row-basicInfo');
  const basic = await waitForPage(mp, ROUTES.basic);
  await fillBasicInfo(basic);
  await tap(basic, '#action-filing');
  const filing = await waitForPage(mp, ROUTES.filing);
  await completeFiling(mp, filing);
  return filing;
}

/** How many required items the console home's release checklist still lists. */
export async function remaining(home: Page): Promise<number> {
  const m = /\d+/.exec(await text(home, '#remaining'));
  return m ? Number(m[0]) : 0;
}

/** Basic settings: name, short name and introduction (sample values), a sample avatar, a category set as main. */
export async function fillBasicInfo(page: Page): Promise<void> {
  for (const field of ['name', 'abbreviation', 'introduction']) {
    const before = await text(page, `#value-${field}`);
    await tap(page, `#action-${field}`);
    await tap(page, '#edit-sample');
    await tap(page, '#edit-save');
    await waitForText(page, `#value-${field}`, (t) => t !== before, `the ${field} to be saved`);
  }
  const avatar = await text(page, '#value-avatar');
  await tap(page, '#action-avatar');
  await tap(page, '#avatar-sample');
  await waitForText(page, '#value-avatar', (t) => t !== avatar, 'the avatar to be set');
  await tap(page, '#action-category');
  await tap(page, '#add-toggle');
  await (await firstId(await el(page, '#category-options'), 'view', 'add-')).tap();
  await (await firstId(await el(page, '#category-sheet'), 'text', 'set-main-')).tap();
  await tap(page, '#category-close');
}

/**
 * 小程序备案: sample principal, submit, fast-forward the platform review, answer the MIIT SMS check with the number
 * and the code from the phone, fast-forward the bureau review.
 */
export async function completeFiling(mp: MiniProgram, page: Page): Promise<void> {
  await tap(page, '#sample');
  const phoneNumber = await valueOf(page, '#subject-phone');
  await tap(page, '#submit');
  await tap(page, '#skip');
  await el(page, '#sms-card');
  const code = await onPhone(mp, page, newestSmsCode);
  await typeInto(page, '#sms-phone', phoneNumber);
  await typeInto(page, '#sms-code', code);
  await tap(page, '#sms-verify');
  await tap(page, '#skip');
  await el(page, '#done-text');
}

/**
 * 用户隐私保护指引: the learner first saves an unfinished guide and reads the error, then ticks what the code uses,
 * types its purpose and a contact email, and saves it.
 */
export async function fillPrivacyGuide(page: Page): Promise<void> {
  await tap(page, '#item-userInfo');
  await typeInto(page, '#purpose-userInfo', '展示');
  await tap(page, '#save');
  await waitForText(page, '#purpose-userInfo-error', (t) => t.includes('4–100'), 'the purpose length error');
  await typeInto(page, '#purpose-userInfo', '用于展示你的头像和昵称');
  await typeInto(page, '#contact', 'privacy@example.com');
  await tap(page, '#save');
  await waitForText(page, '#status-text', (t) => t.startsWith('已于'), 'the guide to be saved');
}

/**
 * 版本管理: upload 1.0.0 from the (simulated) developer tools, submit it for review (confirming), fast-forward the
 * review, and publish it to everyone. Confirmation modals must be answered by the caller (mockWxMethod).
 */
export async function releaseFirstVersion(page: Page): Promise<void> {
  await tap(page, '#upload-open');
  await (await firstId(await el(page, '#upload-sheet'), 'text', 'uploader-')).tap();
  await tap(page, '#upload-sample');
  await tap(page, '#upload-submit');
  await tap(page, '#submit-0');
  await tap(page, '#skip-review');
  await tap(page, '#publish');
  await tap(page, '#percent-100');
  await tap(page, '#publish-confirm');
  await waitFor(async () => (await page.$('#online-version')) !== null, 'an online version');
}
