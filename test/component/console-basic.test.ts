import { getWorld } from '../../miniprogram/console/services/session';
import { renderPage } from '../helpers/render';
import type { RenderedPage } from '../helpers/render';
import { find, tap, tapVant, text, typeInto } from '../helpers/dom';
import { logInToExistingApp, seedEnterprise, startScenario } from '../helpers/console';
import { fake } from '../helpers/environment';

let page: RenderedPage | undefined;

const app = () => getWorld().apps[0];

type ChooseMedia = (opts: {
  success?: (res: { tempFiles: { tempFilePath: string; size: number }[] }) => void;
  fail?: (err: { errMsg: string }) => void;
}) => void;

/** Installs a fake wx.chooseMedia answering with the given file, or cancelling when null. */
function fakeAlbum(file: { tempFilePath: string; size: number } | null): void {
  const wxObject = (globalThis as unknown as { wx: Record<string, unknown> }).wx;
  const choose: ChooseMedia = (opts) => {
    if (file) opts.success?.({ tempFiles: [file] });
    else opts.fail?.({ errMsg: 'chooseMedia:fail cancel' });
  };
  wxObject.chooseMedia = choose;
}

describe('basic settings: the table', () => {
  it('lists every row of 基本设置 with its change figure', async () => {
    startScenario({ scenario: 'ready-to-release' });
    page = await renderPage('console/basic/index');
    const table = text(page, '#basic-table');
    for (const label of [
      '小程序名称',
      '小程序简称',
      '小程序头像',
      '小程序码及线下物料下载',
      '介绍',
      '服务类目',
      '主体信息',
      '微信认证',
      '用户满意度',
    ]) {
      expect(table).toContain(label);
    }
    expect(text(page, '#value-name')).toBe('注册实训示例');
    expect(text(page, '#note-name')).toContain('今年还可修改2次');
    expect(text(page, '#note-abbreviation')).toBe('一年内可修改简称2次，今年还可修改2次');
    expect(text(page, '#note-avatar')).toContain('今年还可修改5次');
    expect(text(page, '#note-introduction')).toBe('一个月内可修改介绍5次，本月还可修改5次');
    expect(text(page, '#value-category')).toBe('教育服务 > 在线教育');
    expect(text(page, '#value-subject')).toMatch(/^.\* · 个人$/);
    expect(text(page, '#value-satisfaction')).toBe('评价人数不足');
    expect(text(page, '#value-filing')).toBe('已备案');
  });

  it('shows the classic figures and 个人号无法认证 under the classic rules', async () => {
    startScenario({ scenario: 'ready-to-release', ruleSet: 'classic' });
    page = await renderPage('console/basic/index');
    expect(text(page, '#note-name')).toContain('小程序发布前，可修改2次名称。当前还能修改2次。');
    expect(text(page, '#note-verify')).toContain('个人号无法认证');
    expect(find(page, '#action-verify')).toBeUndefined();
  });

  it('explains the rows the simulation does not change, and opens verification and filing', async () => {
    startScenario({ scenario: 'ready-to-release' });
    page = await renderPage('console/basic/index');
    await tap(page, '#action-subject');
    const subject = text(page, '#card', '#info-card');
    expect(subject).toMatch(/身份证号码：\d{2}\*+\d/);
    expect(subject).toContain('主体信息不能修改');
    await tap(page, '#card', '#info-card-close');
    await tap(page, '#action2-subject');
    expect(text(page, '#card', '#info-card')).toContain('小程序迁移');
    await tap(page, '#card', '#info-card-close');
    await tap(page, '#action-qrcode');
    expect(text(page, '#card', '#info-card')).toContain('线下推广物料');
    await tap(page, '#card', '#info-card-close');
    await tap(page, '#action-satisfaction');
    expect(text(page, '#card', '#info-card')).toContain('评价人数不足');
    await tap(page, '#card', '#info-card-close');
    await tap(page, '#action-verify');
    await tap(page, '#action-filing');
    expect(fake.navigations.map((n) => n.url)).toEqual(['/console/verify/index', '/console/filing/index']);
  });

  it('asks to log in when nobody is logged in', async () => {
    startScenario({ scenario: 'fresh' });
    page = await renderPage('console/basic/index');
    expect(text(page, '#not-logged-in')).toContain('请先登录');
    expect(find(page, '#basic-table')).toBeUndefined();
  });
});

describe('basic settings: editing', () => {
  it('fills in the name with live checks, refuses a taken name, and the first setting is free', async () => {
    logInToExistingApp();
    page = await renderPage('console/basic/index');
    expect(text(page, '#value-name')).toBe('未设置');
    expect(text(page, '#note-name')).toBe('首次填写不计入修改次数');
    await tap(page, '#action-name');
    expect(text(page, '#edit-sheet')).toContain('4–30 个字符');

    await typeInto(page, '#edit-field', '微信助手小工具');
    expect(text(page, '#edit-error')).toContain('名称不能包含“微信”这类平台关键词');
    expect(text(page, '#edit-error')).toContain('为什么？');
    await typeInto(page, '#edit-field', '学习助手');
    expect(find(page, '#edit-error', '.fe')).toBeUndefined();
    await tapVant(page, '#edit-save');
    expect(text(page, '#edit-error')).toContain('名称“学习助手”已被其他帐号使用');
    expect(app().basic.name).toBeNull();

    await tap(page, '#edit-sample', '.sb');
    await tapVant(page, '#edit-save');
    expect(find(page, '#edit-sheet')).toBeUndefined();
    expect(text(page, '#value-name')).toBe(app().basic.name ?? 'missing');
    expect(text(page, '#note-name')).toContain('今年还可修改2次');
    expect(fake.toasts.map((t) => t.title)).toContain('已保存');
  });

  it('a counted change lowers the figure, and a used-up quota is refused with when it comes back', async () => {
    startScenario({ scenario: 'quotas-used' });
    page = await renderPage('console/basic/index');
    expect(text(page, '#note-name')).toContain('今年还可修改0次');
    await tap(page, '#action-name');
    expect(text(page, '#edit-note')).toContain('今年还可修改0次');
    await typeInto(page, '#edit-field', '示例计算器练习');
    await tapVant(page, '#edit-save');
    expect(text(page, '#edit-error')).toContain('名称修改次数已用完');
    expect(text(page, '#edit-error')).toContain('1 月 1 日');
    await tapVant(page, '#edit-cancel');
    expect(app().basic.name).toBe('注册实训示例');

    await tap(page, '#action-abbreviation');
    await typeInto(page, '#edit-field', '实训');
    await tapVant(page, '#edit-save');
    expect(text(page, '#value-abbreviation')).toBe('实训');
    expect(text(page, '#note-abbreviation')).toContain('今年还可修改1次');
  });

  it('checks the introduction length as it is typed', async () => {
    logInToExistingApp();
    page = await renderPage('console/basic/index');
    await tap(page, '#action-introduction');
    await typeInto(page, '#edit-field', '太短');
    expect(text(page, '#edit-error')).toContain('介绍应为 4–120 个字，当前 2 个字');
    await typeInto(page, '#edit-field', '一个练习注册流程的示例小程序');
    expect(find(page, '#edit-error', '.fe')).toBeUndefined();
    await tapVant(page, '#edit-save');
    expect(text(page, '#value-introduction')).toBe('一个练习注册流程的示例小程序');
  });
});

describe('basic settings: avatar', () => {
  it('refuses a file that is too large or of the wrong format, accepts a sample', async () => {
    logInToExistingApp();
    page = await renderPage('console/basic/index');
    await tap(page, '#action-avatar');
    expect(text(page, '#avatar-sheet')).toContain('BMP、JPEG、JPG、GIF、PNG');
    await tap(page, '#avatar-photo');
    expect(text(page, '#avatar-error')).toContain('头像图片不能超过 2 MB，当前约 3.4 MB');
    await tap(page, '#avatar-webp');
    expect(text(page, '#avatar-error')).toContain('头像格式不支持（webp）');
    expect(app().basic.avatar).toBeNull();
    await tap(page, '#avatar-star');
    expect(find(page, '#avatar-sheet')).toBeUndefined();
    expect(text(page, '#value-avatar')).toBe('JPG · 240 KB');
    expect(app().basic.avatar).toEqual({ format: 'jpg', sizeBytes: 240 * 1024 });
  });

  it('picks from the album through wx.chooseMedia, with the same checks', async () => {
    logInToExistingApp();
    page = await renderPage('console/basic/index');
    await tap(page, '#action-avatar');
    fakeAlbum(null);
    await tapVant(page, '#album');
    expect(fake.toasts.map((t) => t.title)).toContain('没有选择图片');
    fakeAlbum({ tempFilePath: 'wxfile://tmp_photo.heic', size: 300 * 1024 });
    await tapVant(page, '#album');
    expect(text(page, '#avatar-error')).toContain('头像格式不支持（heic）');
    fakeAlbum({ tempFilePath: 'wxfile://tmp_logo.PNG', size: 50 * 1024 });
    await tapVant(page, '#album');
    expect(app().basic.avatar).toEqual({ format: 'png', sizeBytes: 50 * 1024 });
    expect(text(page, '#value-avatar')).toBe('PNG · 50 KB');
  });
});

describe('basic settings: opened from the filing page’s list', () => {
  it('opens the name sheet for ?section=edit:name', async () => {
    logInToExistingApp();
    page = await renderPage('console/basic/index', { query: { section: 'edit:name' } });
    expect(find(page, '#edit-sheet')).toBeDefined();
    expect(text(page, '#edit-sheet')).toContain('小程序名称');
  });
});

describe('basic settings: service categories', () => {
  it('adds an approved category, refuses one an individual cannot choose, sets the main one and removes', async () => {
    logInToExistingApp();
    page = await renderPage('console/basic/index', { query: { section: 'category' } });
    expect(text(page, '#category-sheet')).toContain('还没有添加服务类目');
    expect(text(page, '#category-quota')).toBe('服务类目最多添加5个，本月还可添加5次');
    await tapVant(page, '#add-toggle');
    expect(text(page, '#add-business-management')).toContain('个人主体不可选');
    await tap(page, '#add-business-management');
    expect(text(page, '#category-error')).toContain('个人主体不能选择“商业服务 > 企业管理”类目');
    await tap(page, '#add-tools-notes');
    expect(text(page, '#cat-tools-notes')).toContain('工具 > 备忘录');
    expect(text(page, '#cat-tools-notes')).toContain('已通过');
    expect(text(page, '#category-quota')).toBe('服务类目最多添加5个，本月还可添加4次');
    expect(text(page, '#main-missing')).toContain('主营类目');

    await tap(page, '#set-main-tools-notes');
    expect(text(page, '#cat-tools-notes')).toContain('主营类目');
    expect(find(page, '#main-missing')).toBeUndefined();
    expect(app().mainCategory).toBe('tools.notes');

    fake.modalAnswers.push(false);
    await tap(page, '#remove-tools-notes');
    expect(app().categories).toHaveLength(1);
    fake.modalAnswers.push(true);
    await tap(page, '#remove-tools-notes');
    expect(fake.modals.map((m) => m.title)).toEqual(['删除服务类目？', '删除服务类目？']);
    expect(app().categories).toHaveLength(0);
    await tapVant(page, '#category-close');
    expect(find(page, '#category-sheet')).toBeUndefined();
    expect(text(page, '#value-category')).toBe('未添加');
  });

  it('asks for the qualification of a category that needs one, then adds it with the (simulated) upload', async () => {
    seedEnterprise(fake, 'ready-to-release');
    page = await renderPage('console/basic/index', { query: { section: 'category' } });
    await tapVant(page, '#add-toggle');
    expect(text(page, '#add-medical-hospital')).toContain('需上传资质：《医疗机构执业许可证》；审核 3 天');
    await tap(page, '#add-medical-hospital');
    expect(text(page, '#category-error')).toContain('“医疗服务 > 公立医疗机构”类目需要上传资质');
    expect(app().categories.some((c) => c.id === 'medical.hospital')).toBe(false);
    await tap(page, '#add-q-medical-hospital');
    expect(text(page, '#cat-medical-hospital')).toContain('审核中');
    expect(app().categories.find((c) => c.id === 'medical.hospital')?.status).toBe('reviewing');
  });
});
