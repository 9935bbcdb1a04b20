/** 设置 → 服务内容声明 → 用户隐私保护指引 (fact B-11), driven as a learner: tick, type, tap, read the errors. */
import { getWorld } from '../../miniprogram/console/services/session';
import { renderPage } from '../helpers/render';
import type { RenderedPage } from '../helpers/render';
import { blurField, find, tap, tapVant, text, typeInto } from '../helpers/dom';
import { actAll, logInToExistingApp, seedWorld, startScenario } from '../helpers/console';
import { createWorld } from '../../miniprogram/console/engine/index';
import { fake } from '../helpers/environment';

let page: RenderedPage | undefined;

const guide = () => getWorld().apps[0].privacy;

/** The existing mini program with its info complete and code uploaded that shows the avatar and nickname. */
function uploadedWithoutGuide(): void {
  logInToExistingApp();
  actAll([
    { type: 'basic.setName', name: '实训示例笔记本' },
    { type: 'basic.setAvatar', format: 'png', sizeBytes: 100 * 1024 },
    { type: 'basic.setIntroduction', introduction: '一个用来练习注册流程的小程序。' },
    { type: 'category.add', categoryId: 'tools.notes' },
    { type: 'category.setMain', categoryId: 'tools.notes' },
    { type: 'versions.upload', uploader: 'reglab_learner', version: '1.0.0', note: '第一个版本' },
  ]);
}

describe('the user privacy guide page', () => {
  it('versions: submitting without a guide is refused, saying where to go; the link opens the guide', async () => {
    uploadedWithoutGuide();
    page = await renderPage('console/versions/index');
    expect(text(page, '#blocker-REVIEW_NEEDS_PRIVACY_GUIDE')).toContain('设置 → 服务内容声明 → 用户隐私保护指引');
    await tapVant(page, '#submit-0');
    expect(text(page, '#dev-error')).toContain('提交审核前请先完成《用户隐私保护指引》');
    expect(getWorld().apps[0].versions.review).toBeNull();
    await tap(page, '#fix-REVIEW_NEEDS_PRIVACY_GUIDE');
    expect(fake.navigations.pop()?.url).toBe('/console/privacy/index');
  });

  it('checks every field with a message a student understands, then saves the guide', async () => {
    uploadedWithoutGuide();
    page = await renderPage('console/privacy/index');
    expect(text(page, '#status-text')).toBe('未填写');
    expect(text(page, '#code-uses')).toContain('最新上传的代码用到：用户信息（微信昵称、头像）');
    expect(text(page, '#item-userInfo')).toContain('代码用到');
    expect(text(page, '#item-location')).not.toContain('代码用到');

    await tapVant(page, '#save');
    expect(text(page, '#items-error')).toContain('请至少勾选一项');

    await tap(page, '#item-userInfo');
    expect(text(page, '#items-error')).toBe('');
    await typeInto(page, '#purpose-userInfo', '展示');
    await blurField(page, '#purpose-userInfo', '展示');
    expect(text(page, '#purpose-userInfo-error')).toContain('用途请写 4–100 个字（现在 2 个）');
    await tapVant(page, '#save');
    expect(guide()).toBeNull();
    await typeInto(page, '#purpose-userInfo', '用于展示你的头像和昵称');
    expect(text(page, '#purpose-userInfo-error')).toBe('');

    await tap(page, '#retention-fixed');
    await typeInto(page, '#retention-days', '0');
    expect(text(page, '#retention-error')).toContain('请填写 1 到 3650 之间的整数天数');
    await typeInto(page, '#retention-days', '365');
    expect(text(page, '#retention-error')).toBe('');

    await typeInto(page, '#contact', 'not-an-email');
    await blurField(page, '#contact', 'not-an-email');
    expect(text(page, '#contact-error')).toContain('请填写开发者的联系邮箱');
    await tapVant(page, '#save');
    expect(text(page, '#contact-error')).toContain('请填写开发者的联系邮箱');
    expect(guide()).toBeNull();
    await typeInto(page, '#contact', 'privacy@example.com');
    await tapVant(page, '#save');

    expect(guide()).toMatchObject({ retention: 'fixed', retentionDays: 365, contact: 'privacy@example.com' });
    expect(text(page, '#status-text')).toMatch(/^已于 \d{4}-\d{2}-\d{2} 更新$/);
    expect(text(page, '#saved')).toContain('用户信息（微信昵称、头像）：用于展示你的头像和昵称');
    expect(text(page, '#saved')).toContain('365 天');
    await tapVant(page, '#go-versions');
    expect(fake.navigations.pop()?.url).toBe('/console/versions/index');
  });

  it('names what the code uses but the guide leaves out, and the sample fills it in', async () => {
    // The project now also calls wx.getLocation; the next upload carries it.
    const world = createWorld({ scenario: 'ready-to-release' });
    seedWorld(fake, { ...world, platform: { ...world.platform, codePrivacyItems: ['userInfo', 'location'] } });
    actAll([{ type: 'versions.upload', uploader: 'reglab_learner', version: '1.0.1', note: '附近的学习点' }]);
    page = await renderPage('console/privacy/index');
    expect(text(page, '#undeclared')).toContain('代码用到但指引未声明：位置信息');
    await tap(page, '#sample', '.sb');
    await tapVant(page, '#save');
    expect(guide()?.declarations.map((d) => d.item)).toEqual(['userInfo', 'location']);
    expect(find(page, '#undeclared')).toBeUndefined();
  });

  it('says the guide is not required under the classic rules, and asks to log in first', async () => {
    startScenario({ scenario: 'ready-to-release', ruleSet: 'classic' });
    page = await renderPage('console/privacy/index');
    expect(text(page, '.rl-subtitle')).toContain('提交审核不要求隐私保护指引');
    startScenario({ scenario: 'fresh' });
    page = await renderPage('console/privacy/index');
    expect(find(page, '#not-logged-in')).toBeDefined();
    await tapVant(page, '#go-login');
    expect(fake.navigations.pop()?.url).toBe('/console/login/index');
  });
});
