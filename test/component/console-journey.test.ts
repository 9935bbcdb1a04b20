/**
 * The whole path of issue 5, by tapping and typing in the pages: from a fresh sandbox on the 实操 tab through
 * registration, activation, information registration, login, basic info, categories, the AppSecret, members,
 * filing, a development version, the trial version, review and 发布 to an online version. Between pages the test
 * renders the page the last tap navigated to; the simulated phone and mailbox are pages too.
 */
import { forgetLoadedWorld, getWorld } from '../../miniprogram/console/services/session';
import { renderPage, settle, textOf } from '../helpers/render';
import type { RenderedPage } from '../helpers/render';
import { find, tap, tapVant, text, typeInto } from '../helpers/dom';
import { fake } from '../helpers/environment';

const open: RenderedPage[] = [];

afterEach(() => {
  open.splice(0);
});

/** Renders the page the last navigation went to (route and query), checking it is the expected one. */
async function follow(route: string): Promise<RenderedPage> {
  const nav = fake.navigations[fake.navigations.length - 1];
  expect(nav?.url?.split('?')[0]).toBe(`/${route}`);
  const query: Record<string, string> = {};
  const search = nav?.url?.split('?')[1];
  if (search) {
    for (const pair of search.split('&')) {
      const [k, v] = pair.split('=');
      query[k] = decodeURIComponent(v ?? '');
    }
  }
  return show(route, query);
}

async function show(route: string, query: Record<string, string> = {}): Promise<RenderedPage> {
  const page = await renderPage(route, { query });
  open.push(page);
  return page;
}

function close(page: RenderedPage): void {
  const i = open.indexOf(page);
  if (i >= 0) open.splice(i, 1);
  page.detach();
}

/** Opens the simulated phone with the floating button, allows the waiting scan, and goes back. */
async function allowOnPhone(from: RenderedPage): Promise<void> {
  await tap(from, '#phone', '#phone-button');
  const phone = await follow('console/phone/index');
  await tapVant(phone, '.scan-allow');
  close(phone);
  await settle();
}

/** Opens the simulated phone and reads the code of the newest SMS. */
async function newestSmsCode(): Promise<string> {
  const phone = await show('console/phone/index');
  const code = text(phone, '.sms-code');
  close(phone);
  expect(code).toMatch(/^\d{6}$/);
  return code;
}

it('goes from a fresh sandbox to an online version entirely in the UI', async () => {
  // 实操 tab: start a fresh sandbox.
  const lab = await show('pages/lab/index');
  await tap(lab, '#scenario-fresh');
  await tapVant(lab, '#start');
  close(lab);

  // ① 帐号信息
  let register = await follow('console/register/index');
  await tap(register, '#sample-account', '.sb');
  await typeInto(register, '#f-captcha', text(register, '#captcha-image'));
  await tap(register, '#agree');
  await tapVant(register, '#submit-account');
  expect(text(register, '#thanks')).toContain('learner@example.com');

  // ② 邮箱激活: the mailbox, the activation link.
  await tapVant(register, '#open-mailbox');
  close(register);
  const mailbox = await follow('console/mailbox/index');
  await tap(mailbox, `#mail-${getWorld().mailbox.mails[0].id}`);
  await tap(mailbox, '#activation-link');
  await tapVant(mailbox, '#to-register');
  close(mailbox);

  // ③ 信息登记: an individual, with the SMS code and the administrator's scan, then 继续 and 确定.
  register = await follow('console/register/index');
  await tap(register, '#region-mainland');
  await tap(register, '#type-individual');
  await tap(register, '#sample-form', '.sb');
  await tapVant(register, '#send-sms');
  await typeInto(register, '#f-smsCode', await newestSmsCode());
  await tapVant(register, '#scan');
  await allowOnPhone(register);
  await tapVant(register, '#continue');
  await tapVant(register, '#dialog-ok');
  const appId = text(register, '#done-appid');
  expect(appId).toMatch(/^wx[0-9a-f]{16}$/);
  await tapVant(register, '#to-console');
  close(register);

  // Registering logs in; log out and in again, with the second scan.
  let home = await follow('console/home/index');
  expect(text(home, '#account')).toContain(appId);
  await tap(home, '#logout');
  close(home);
  const login = await follow('console/login/index');
  await typeInto(login, '#f-email', 'learner@example.com');
  await typeInto(login, '#f-password', 'Sample2025');
  await tapVant(login, '#login');
  await allowOnPhone(login);
  close(login);
  home = await follow('console/home/index');
  expect(text(home, '#account')).toContain(appId);
  expect(text(home, '#row-basicInfo')).toContain('去完成');

  // An app restart in the middle: everything is still there.
  close(home);
  forgetLoadedWorld();
  home = await show('console/home/index');
  expect(text(home, '#account')).toContain(appId);

  // Basic info: name, avatar, introduction; then a service category and the main category.
  await tap(home, '#row-basicInfo');
  let basic = await follow('console/basic/index');
  await tap(basic, '#action-name');
  await tap(basic, '#edit-sample', '.sb');
  await tapVant(basic, '#edit-save');
  await tap(basic, '#action-avatar');
  await tap(basic, '#avatar-book');
  await tap(basic, '#action-introduction');
  await tap(basic, '#edit-sample', '.sb');
  await tapVant(basic, '#edit-save');
  close(basic);
  expect(text(home, '#row-basicInfo')).toContain('已完成');

  await tap(home, '#row-category');
  basic = await follow('console/basic/index');
  await tapVant(basic, '#add-toggle');
  await tap(basic, '#add-education-online');
  await tap(basic, '#set-main-education-online');
  expect(text(basic, '#cat-education-online')).toContain('主营类目');
  await tapVant(basic, '#category-close');
  close(basic);
  expect(text(home, '#row-category')).toContain('已完成');

  // Development settings: the AppSecret, shown once and stored.
  await tap(home, '#row-server');
  const dev = await follow('console/dev/index');
  await tap(dev, '#generate-secret');
  const secret = text(dev, '#reveal-value');
  await tapVant(dev, '#copy-reveal');
  expect(fake.clipboard).toBe(secret);
  await tap(dev, '#reveal-stored');
  await tapVant(dev, '#reveal-done');
  expect(textOf(dev)).not.toContain(secret);
  close(dev);

  // Members: a developer and an experience member, each confirmed by the administrator's scan.
  await tap(home, '#row-developers');
  const members = await follow('console/members/index');
  await tapVant(members, '#add-member');
  await typeInto(members, '#add-wechat', 'dev_xiaoming');
  await tapVant(members, '#add-search');
  await tap(members, '#role-developer');
  await tapVant(members, '#add-confirm');
  await allowOnPhone(members);
  expect(text(members, '#member-dev_xiaoming')).toContain('开发者');
  await tap(members, '#tab-experience');
  await tapVant(members, '#add-member');
  await tap(members, '#add-sample', '.sb');
  await tapVant(members, '#add-confirm');
  await allowOnPhone(members);
  expect(text(members, '#experience-list')).toContain('tester_amy');
  close(members);
  expect(text(home, '#row-developers')).toContain('已完成');

  // Filing: fill in, platform review, the MIIT SMS, the provincial review.
  await tap(home, '#row-filing');
  const filing = await follow('console/filing/index');
  await tap(filing, '#sample', '.sb');
  await tapVant(filing, '#submit');
  await tapVant(filing, '#skip');
  await typeInto(filing, '#sms-code', await newestSmsCode());
  await tapVant(filing, '#sms-verify');
  await tapVant(filing, '#skip');
  expect(text(filing, '#stage-label')).toBe('已备案');
  close(filing);
  expect(text(home, '#row-filing')).toContain('已完成');

  // The user privacy guide: the practice code shows the avatar and nickname, so review needs it.
  expect(text(home, '#row-privacy')).toContain('去完成');
  await tap(home, '#row-privacy');
  const privacy = await follow('console/privacy/index');
  await tap(privacy, '#item-userInfo');
  await typeInto(privacy, '#purpose-userInfo', '用于展示你的头像和昵称');
  await typeInto(privacy, '#contact', 'privacy@example.com');
  await tapVant(privacy, '#save');
  expect(text(privacy, '#status-text')).toContain('已于');
  close(privacy);
  expect(text(home, '#row-privacy')).toContain('已完成');

  // Versions: upload from the simulated DevTools, choose it as the trial version, submit, wait, publish.
  await tap(home, '#row-release');
  const versions = await follow('console/versions/index');
  await tapVant(versions, '#upload-open');
  await tap(versions, '#upload-sample', '.sb');
  await tapVant(versions, '#upload-submit');
  await tapVant(versions, '#trial-0');
  expect(text(versions, '#trial-version')).toBe('1.0.0');
  expect(find(versions, '#blockers')).toBeUndefined();
  await tapVant(versions, '#submit-0');
  await tapVant(versions, '#skip-review');
  expect(text(versions, '#review-status')).toBe('审核通过，待发布');
  expect(text(versions, '#no-online')).toBe('尚未发布线上版本');
  expect(text(home, '#row-release')).toContain('去完成');
  await tapVant(versions, '#publish');
  await tapVant(versions, '#publish-confirm');
  expect(text(versions, '#online-version')).toBe('1.0.0');
  close(versions);

  // Home: the whole release flow is done.
  expect(text(home, '#row-release')).toContain('已完成');
  expect(text(home, '#remaining')).toBe('小程序已发布上线');
  const app = getWorld().apps[0];
  expect(app.versions.online?.version.version).toBe('1.0.0');
  expect(app.members.map((m) => m.wechatId).sort()).toEqual(['dev_xiaoming', 'tester_amy']);
  expect(JSON.stringify([...fake.storage.entries()])).not.toContain(secret);
}, 60000);
