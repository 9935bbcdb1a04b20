import { getWorld } from '../../miniprogram/console/services/session';
import { renderPage } from '../helpers/render';
import type { RenderedPage } from '../helpers/render';
import { find, tap, tapVant, text, typeInto } from '../helpers/dom';
import { actAll, logInToExistingApp, startScenario } from '../helpers/console';
import { fake } from '../helpers/environment';

let page: RenderedPage | undefined;

const versions = () => getWorld().apps[0].versions;

describe('versions: the four cards', () => {
  it('chooses the trial version and shows who can open it', async () => {
    startScenario({ scenario: 'ready-to-release' });
    page = await renderPage('console/versions/index');
    expect(text(page, '#no-online')).toBe('尚未发布线上版本');
    expect(text(page, '#no-review')).toBe('你暂无提交审核的版本或者版本已发布上线');
    expect(text(page, '#dev-0')).toContain('1.0.0');
    expect(text(page, '#dev-0')).toContain('我（学员）');
    expect(text(page, '#no-trial')).toBe('还没有选择体验版');
    await tapVant(page, '#trial-0');
    expect(text(page, '#trial-version')).toBe('1.0.0');
    expect(text(page, '#dev-0')).toContain('体验版');
    expect(find(page, '#trial-0')).toBeUndefined();
    await tapVant(page, '#open-trial');
    expect(text(page, '#card', '#info-card')).toContain('当前 1 人可用');
  });

  it('a passed review is not online until 发布 is tapped', async () => {
    startScenario({ scenario: 'ready-to-release' });
    page = await renderPage('console/versions/index');
    expect(find(page, '#blockers')).toBeUndefined();
    fake.modalAnswers.push(true);
    await tapVant(page, '#submit-0');
    expect(fake.modals[0].title).toBe('提交审核');
    expect(text(page, '#review-status')).toBe('审核中');
    expect(text(page, '#review-decide')).toContain('出结果（模拟时钟）');

    await tapVant(page, '#skip-review');
    expect(text(page, '#review-status')).toBe('审核通过，待发布');
    expect(text(page, '#publish-note')).toBe('注：代码提交审核通过后，必须要点击发布代码才能生效');
    // Passed, but nobody sees it yet.
    expect(text(page, '#no-online')).toBe('尚未发布线上版本');
    expect(versions().online).toBeNull();

    await tapVant(page, '#publish');
    expect(text(page, '#publish-sheet')).toContain('全量发布');
    await tapVant(page, '#publish-confirm');
    expect(text(page, '#online-version')).toBe('1.0.0');
    expect(find(page, '#phased')).toBeUndefined();
    expect(text(page, '#no-review')).toBe('你暂无提交审核的版本或者版本已发布上线');
    expect(versions().online?.version.version).toBe('1.0.0');
    expect(fake.toasts.map((t) => t.title)).toContain('已发布');
  });

  it('shows the review rejection with its reason', async () => {
    startScenario({ scenario: 'review-rejects' });
    page = await renderPage('console/versions/index');
    await tapVant(page, '#submit-0');
    await tapVant(page, '#skip-review');
    expect(text(page, '#review-status')).toBe('审核未通过');
    expect(text(page, '#review-reason')).toContain('小程序内容与所选服务类目不符');
    expect(find(page, '#publish')).toBeUndefined();
  });

  it('withdraws a review after a confirmation', async () => {
    startScenario({ scenario: 'ready-to-release' });
    page = await renderPage('console/versions/index');
    await tapVant(page, '#submit-0');
    fake.modalAnswers.push(true);
    await tapVant(page, '#withdraw');
    expect(fake.modals.map((m) => m.title)).toEqual(['提交审核', '撤回审核？']);
    expect(text(page, '#no-review')).toBe('你暂无提交审核的版本或者版本已发布上线');
    expect(versions().review).toBeNull();
  });

  it('publishes the first version to everyone, the next in phases, and rolls back only after a full release', async () => {
    startScenario({ scenario: 'approved-not-published' });
    page = await renderPage('console/versions/index');
    await tapVant(page, '#publish');
    await tap(page, '#percent-10');
    await tapVant(page, '#publish-confirm');
    expect(text(page, '#verification-note')).toContain('未认证：不能被搜索、不能被分享');
    expect(text(page, '#percent-error')).toContain('还没有线上版本，不能分阶段发布（错误码 85079）');
    expect(versions().online).toBeNull();
    await tap(page, '#percent-100');
    await tapVant(page, '#publish-confirm');
    expect(text(page, '#online-version')).toBe('1.0.0');
    expect(find(page, '#rollback')).toBeUndefined();

    // A second version, reviewed and published in phases, replaces it; then widen and roll back.
    actAll([
      { type: 'versions.upload', uploader: getWorld().learner.wechatId, version: '1.0.1', note: 'fix' },
      { type: 'versions.submitReview', uploader: getWorld().learner.wechatId },
    ]);
    await tapVant(page, '#skip-review');
    await tapVant(page, '#publish');
    await tap(page, '#percent-10');
    await tapVant(page, '#publish-confirm');
    expect(text(page, '#phased')).toBe('分阶段发布中：10%');
    expect(find(page, '#rollback')).toBeUndefined();
    await tapVant(page, '#full-release');
    expect(find(page, '#phased')).toBeUndefined();
    expect(versions().online?.percent).toBe(100);
    expect(text(page, '#online-version')).toBe('1.0.1');
    fake.modalAnswers.push(true);
    await tapVant(page, '#rollback');
    expect(fake.modals[fake.modals.length - 1].content).toContain('线上版本将回退到 1.0.0');
    expect(text(page, '#online-version')).toBe('1.0.0');
    expect(find(page, '#rollback')).toBeUndefined();
  });
});

describe('versions: uploading and the review preconditions', () => {
  it('uploads from the simulated DevTools and lists every unmet precondition with where to fix it', async () => {
    logInToExistingApp();
    page = await renderPage('console/versions/index');
    expect(text(page, '#no-dev')).toContain('开发者工具中点“上传”');

    await tapVant(page, '#upload-open');
    expect(text(page, '#upload-sheet')).toContain('我（学员）');
    await typeInto(page, '#upload-version', 'v1');
    expect(text(page, '#version-error')).toContain('版本号');
    await tap(page, '#upload-sample', '.sb');
    await tapVant(page, '#upload-submit');
    expect(find(page, '#upload-sheet')).toBeUndefined();
    expect(text(page, '#dev-0')).toContain('1.0.0');
    expect(text(page, '#dev-0')).toContain('模拟上传（示例备注）');

    const blockers = text(page, '#blockers');
    expect(blockers).toContain('提交审核前还需要完成');
    expect(text(page, '#blocker-REVIEW_NEEDS_BASIC_INFO')).toContain('还缺：名称、头像、介绍');
    expect(text(page, '#blocker-REVIEW_NEEDS_CATEGORY')).toContain('服务类目');
    expect(find(page, '#blocker-REVIEW_NEEDS_FILING')).toBeUndefined();

    await tapVant(page, '#submit-0');
    expect(fake.modals).toHaveLength(0);
    expect(text(page, '#dev-error')).toContain('提交审核前要先完善小程序信息');
    expect(versions().review).toBeNull();

    await tap(page, '#fix-REVIEW_NEEDS_CATEGORY');
    expect(fake.navigations.map((n) => n.url)).toEqual(['/console/basic/index?section=category']);
  });

  it('keeps only the latest upload of each uploader, and a developer can upload too', async () => {
    startScenario({ scenario: 'ready-to-release' });
    actAll([{ type: 'members.add', wechatId: 'dev_xiaoming', kind: 'project', roles: ['developer'] }]);
    const scan = getWorld().phone.scans.filter((s) => s.status === 'pending')[0];
    actAll([{ type: 'phone.confirmScan', scanId: scan.id }]);
    page = await renderPage('console/versions/index');
    await tapVant(page, '#upload-open');
    await tap(page, '#uploader-dev_xiaoming');
    await typeInto(page, '#upload-version', '1.1.0');
    await tapVant(page, '#upload-submit');
    expect(text(page, '#dev-1')).toContain('1.1.0');
    expect(text(page, '#dev-1')).toContain('小明（示例）');
    await tapVant(page, '#upload-open');
    await typeInto(page, '#upload-version', '1.0.1');
    await tapVant(page, '#upload-submit');
    expect(text(page, '#dev-0')).toContain('1.0.1');
    expect(versions().dev.map((d) => d.version)).toEqual(['1.0.1', '1.1.0']);
  });
});
