import * as fs from 'fs';
import * as path from 'path';
import { sampleIdentity } from '../../miniprogram/console/engine/index';
import { allMenuTargets, homeView } from '../../miniprogram/console/engine/home/view';
import { findInfoCard } from '../../miniprogram/console/engine/home/cards';
import { getWorld } from '../../miniprogram/console/services/session';
import { MINIPROGRAM_ROOT } from '../helpers/paths';
import { renderPage } from '../helpers/render';
import type { RenderedPage } from '../helpers/render';
import { find, tap, tapVant, text } from '../helpers/dom';
import { seedProgress, seededProgress } from '../helpers/quiz';
import { actAll, logInToExistingApp, startScenario, submitAccountAction } from '../helpers/console';
import { fake } from '../helpers/environment';

let page: RenderedPage | undefined;

const lastUrl = (): string | undefined => fake.navigations[fake.navigations.length - 1]?.url;

describe('console home: the release checklist', () => {
  it('shows what is done and what is not, and each row opens where it is done', async () => {
    logInToExistingApp();
    page = await renderPage('console/home/index');
    expect(text(page, '#app-name')).toBe('未命名小程序');
    expect(text(page, '#row-basicInfo')).toContain('小程序信息');
    expect(text(page, '#row-basicInfo')).toContain('去完成');
    expect(text(page, '#row-category')).toContain('去完成');
    expect(text(page, '#row-filing')).toContain('去完成');
    expect(text(page, '#row-filing')).toContain('须完成备案后才能发布上线');
    expect(text(page, '#verification-note')).toContain('未认证：不能被搜索、不能被分享');
    expect(text(page, '#row-release')).toContain('先提交代码，然后提交审核，审核通过后可发布');
    expect(text(page, '#remaining')).toContain('必做项还剩');

    await tap(page, '#row-basicInfo');
    expect(lastUrl()).toBe('/console/basic/index');
    await tap(page, '#row-category');
    expect(lastUrl()).toBe('/console/basic/index?section=category');
    await tap(page, '#row-developers');
    expect(lastUrl()).toBe('/console/members/index');
    await tap(page, '#row-server');
    expect(lastUrl()).toBe('/console/dev/index');
    await tap(page, '#row-release');
    expect(lastUrl()).toBe('/console/versions/index');

    // Filling in the name, avatar and introduction elsewhere turns the first row to done here.
    actAll([
      { type: 'basic.setName', name: '实训示例笔记本' },
      { type: 'basic.setAvatar', format: 'png', sizeBytes: 1000 },
      { type: 'basic.setIntroduction', introduction: '一个练习用的示例小程序。' },
    ]);
    expect(text(page, '#row-basicInfo')).toContain('已完成');
    expect(text(page, '#app-name')).toBe('实训示例笔记本');
  });

  it('a row for a part the simulation does not cover opens an explanation card', async () => {
    startScenario({ scenario: 'ready-to-release' });
    page = await renderPage('console/home/index');
    expect(find(page, '#card', '#info-card')).toBeUndefined();
    await tap(page, '#row-devtools');
    expect(text(page, '#card', '#info-card')).toContain('下载微信开发者工具');
    expect(fake.navigations).toHaveLength(0);
  });

  it('an enterprise waiting for its small payment sees the subject step, which leads to the payment', async () => {
    startScenario({ scenario: 'fresh' });
    const w = getWorld();
    const id = sampleIdentity(w, 1);
    actAll([submitAccountAction(w, 'company@example.com')]);
    actAll([{ type: 'mail.openLink', mailId: getWorld().mailbox.mails[0].id }]);
    actAll([
      { type: 'register.selectRegion', region: 'mainland' },
      { type: 'register.selectSubjectType', subjectType: 'enterprise' },
      { type: 'register.sendSms', phone: id.phone },
    ]);
    const form = {
      idName: id.idName,
      idNumber: id.idNumber,
      phone: id.phone,
      smsCode: getWorld().phone.sms[0].code ?? '',
      orgName: id.orgName,
      creditCode: id.creditCode,
      method: 'payment' as const,
    };
    actAll([{ type: 'register.requestAdminScan', form }]);
    actAll([{ type: 'phone.confirmScan', scanId: getWorld().phone.scans[0].id }]);
    actAll([
      { type: 'register.continue', form },
      { type: 'register.confirm', accept: true },
    ]);
    page = await renderPage('console/home/index');
    expect(text(page, '#row-subject')).toContain('主体验证');
    expect(text(page, '#row-subject')).toContain('去完成');
    await tap(page, '#row-subject');
    expect(lastUrl()).toBe('/console/register/index');
  });

  it('says everything is done once a version is online', async () => {
    startScenario({ scenario: 'approved-not-published' });
    page = await renderPage('console/home/index');
    expect(text(page, '#row-release')).toContain('去完成');
    actAll([{ type: 'versions.publish', percent: 100 }]);
    expect(text(page, '#row-release')).toContain('已完成');
    expect(text(page, '#remaining')).toBe('小程序已发布上线');
  });
});

describe('console home: the menu', () => {
  it('has the newer console groups and never a dead tap', async () => {
    startScenario({ scenario: 'ready-to-release' });
    page = await renderPage('console/home/index');
    const menu = text(page, '#menu');
    for (const label of [
      '首页',
      '管理',
      '版本管理',
      '成员管理',
      '用户反馈',
      '统计',
      '功能',
      '开发管理',
      '开发工具',
      '云开发',
      '成长',
      '设置',
    ]) {
      expect(menu).toContain(label);
    }
    await tap(page, '#menu-manage-versions');
    expect(lastUrl()).toBe('/console/versions/index');
    await tap(page, '#menu-manage-members');
    expect(lastUrl()).toBe('/console/members/index');
    await tap(page, '#menu-develop-dev');
    expect(lastUrl()).toBe('/console/dev/index');
    await tap(page, '#menu-settings-basic');
    expect(lastUrl()).toBe('/console/basic/index');

    const before = fake.navigations.length;
    await tap(page, '#menu-stats');
    expect(text(page, '#card', '#info-card')).toContain('统计');
    expect(text(page, '#card', '#info-card')).toContain('数据分析者');
    await tap(page, '#card', '#info-card-close');
    expect(find(page, '#card', '#info-card')).toBeUndefined();
    await tap(page, '#menu-develop-cloud');
    expect(text(page, '#card', '#info-card')).toContain('云开发');
    await tap(page, '#card', '#info-card-close');
    await tap(page, '#menu-home');
    expect(fake.toasts.pop()?.title).toBe('你已在首页');
    expect(fake.navigations).toHaveLength(before);
  });

  it('the explanation card links to the lesson of its fact', async () => {
    startScenario({ scenario: 'ready-to-release' });
    page = await renderPage('console/home/index');
    await tap(page, '#menu-develop-devtools');
    await tap(page, '#card', '#info-card-lesson');
    expect(lastUrl()).toMatch(/^\/pages\/lesson\/index\?id=/);
  });

  it('shows the 2020 menu under the classic rule set', async () => {
    startScenario({ scenario: 'ready-to-release', ruleSet: 'classic' });
    page = await renderPage('console/home/index');
    const menu = text(page, '#menu');
    for (const label of [
      '用户身份',
      '数据分析',
      '模板消息',
      '附近的小程序',
      '运维中心',
      '流量主',
      '广告主',
      '违规记录',
    ]) {
      expect(menu).toContain(label);
    }
    expect(menu).not.toContain('云开发');
    await tap(page, '#menu-members');
    expect(lastUrl()).toBe('/console/members/index');
    await tap(page, '#menu-nearby');
    expect(text(page, '#card', '#info-card')).toContain('附近的小程序');
    // Filing is not required for review under the classic rules.
    expect(text(page, '#row-filing')).toContain('已完成');
  });

  it('shows the console labels with their English in English mode', async () => {
    startScenario({ scenario: 'ready-to-release' });
    seedProgress(fake, seededProgress({ lang: 'en' }));
    page = await renderPage('console/home/index');
    expect(text(page, '#checklist')).toContain('小程序发布流程 · Release flow');
    expect(text(page, '#row-release')).toContain('Upload code, submit it for review, and publish once it passes');
    expect(text(page, '#menu')).toContain('Version management');
  });
});

describe('console home: every target exists', () => {
  const appJson = JSON.parse(fs.readFileSync(path.join(MINIPROGRAM_ROOT, 'app.json'), 'utf8')) as {
    subpackages: { root: string; pages: string[] }[];
  };
  const consolePages = appJson.subpackages
    .filter((p) => p.root === 'console')
    .flatMap((p) => p.pages.map((page) => `/console/${page}`));
  const exists = (target: string): boolean =>
    target.startsWith('card:')
      ? findInfoCard(target.slice(5)) !== undefined
      : consolePages.includes(target.split('?')[0]);

  it('every menu entry of both menus opens a console page of app.json or an explanation card', () => {
    const targets = allMenuTargets();
    expect(targets.length).toBeGreaterThan(25);
    expect(targets.filter((t) => !exists(t))).toEqual([]);
  });

  it('every checklist row opens a console page of app.json or an explanation card', () => {
    startScenario({ scenario: 'ready-to-release' });
    const rows = homeView(getWorld(), 'zh').steps.flatMap((s) => s.rows);
    expect(rows.length).toBeGreaterThanOrEqual(8);
    expect(rows.map((r) => r.target).filter((t) => !exists(t))).toEqual([]);
  });
});

describe('console home: session', () => {
  it('asks to log in when nobody is logged in', async () => {
    startScenario({ scenario: 'fresh' });
    page = await renderPage('console/home/index');
    expect(text(page, '#not-logged-in')).toContain('还没有登录');
    expect(page.querySelector('#checklist')).toBeUndefined();
    await tapVant(page, '#go-login');
    expect(lastUrl()).toBe('/console/login/index');
  });

  it('logs out and goes back to the login page', async () => {
    startScenario({ scenario: 'ready-to-release' });
    page = await renderPage('console/home/index');
    await tap(page, '#logout');
    expect(getWorld().session).toBeNull();
    expect(fake.navigations.pop()).toEqual({ kind: 'redirectTo', url: '/console/login/index' });
    expect(text(page, '#not-logged-in')).toContain('还没有登录');
  });
});
