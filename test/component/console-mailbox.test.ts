import { dispatchAll, LEARNER_EMAIL } from '../../miniprogram/console/engine/index';
import { renderPage } from '../helpers/render';
import type { RenderedPage } from '../helpers/render';
import { find, tap, tapVant, text } from '../helpers/dom';
import { accountSubmitted, seedWorld, storedWorld as world } from '../helpers/console';
import { fake } from '../helpers/environment';

// Rendering a page the first time compiles its templates: allow for a busy machine.
jest.setTimeout(20000);

let page: RenderedPage | undefined;

describe('mailbox', () => {
  it('finds the activation mail in spam with the fraud warning, and its link activates the account', async () => {
    seedWorld(fake, accountSubmitted('activation-in-spam'));
    page = await renderPage('console/mailbox/index');
    expect(text(page, '#address')).toBe(LEARNER_EMAIL);
    expect(text(page, '#empty')).toContain('看看“垃圾邮件”');
    expect(text(page, '#folder-spam')).toBe('垃圾邮件 (1)');
    await tap(page, '#folder-spam');
    const mail = world().mailbox.mails[0];
    await tap(page, `#mail-${mail.id}`);
    expect(text(page, '#mail-subject')).toBe('激活你的小程序帐号');
    expect(text(page, '#fraud-warning')).toContain('请留意：此邮件在垃圾文件夹');
    expect(text(page, '#fraud-warning')).toContain('请谨防网络欺诈');
    expect(text(page, '#activation-link')).toMatch(/^https:\/\/mp\.weixin\.qq\.com\//);
    await tap(page, '#activation-link');
    expect(world().registration.step).toBe('info');
    expect(fake.toasts.pop()?.title).toBe('帐号已激活');
    await tapVant(page, '#to-register');
    expect(fake.navigations.pop()).toEqual({ kind: 'redirectTo', url: '/console/register/index' });
  });

  it('moves a mail out of spam with 这不是垃圾邮件', async () => {
    seedWorld(fake, accountSubmitted('activation-in-spam'));
    page = await renderPage('console/mailbox/index');
    await tap(page, '#folder-spam');
    const mail = world().mailbox.mails[0];
    await tap(page, `#mail-${mail.id}`);
    await tap(page, '#not-spam');
    expect(world().mailbox.mails[0].folder).toBe('inbox');
    expect(find(page, '#fraud-warning')).toBeUndefined();
    expect(text(page, '#folder-inbox')).toBe('收件箱');
  });

  it('refuses an older activation link after a resend, and explains why', async () => {
    const w = dispatchAll(accountSubmitted('fresh'), [{ type: 'register.resendActivation' }]).world;
    seedWorld(fake, w);
    page = await renderPage('console/mailbox/index');
    const [older, newer] = w.mailbox.mails;
    expect(find(page, `#mail-${newer.id}`)).toBeDefined();
    await tap(page, `#mail-${older.id}`);
    await tap(page, '#activation-link');
    expect(text(page, '#err-form')).toContain('这个激活链接已失效');
    expect(world().registration.step).toBe('activation');
    await tap(page, '#close-mail');
    await tap(page, `#mail-${newer.id}`);
    await tap(page, '#activation-link');
    expect(world().registration.step).toBe('info');
  });

  it('marks a mail read when opened', async () => {
    seedWorld(fake, accountSubmitted('fresh'));
    page = await renderPage('console/mailbox/index');
    expect(text(page, '#folder-inbox')).toBe('收件箱 (1)');
    const mail = world().mailbox.mails[0];
    await tap(page, `#mail-${mail.id}`);
    await tap(page, '#close-mail');
    expect(text(page, '#folder-inbox')).toBe('收件箱');
    expect(world().mailbox.mails[0].read).toBe(true);
  });
});
