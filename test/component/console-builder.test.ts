import { MISSION_PROGRESS_KEY } from '../../miniprogram/core/missions/progress';
import type { MissionProgress } from '../../miniprogram/core/missions/progress';
import { MISSION_LIBRARY_KEY } from '../../miniprogram/core/missions/library';
import type { MissionLibrary } from '../../miniprogram/core/missions/library';
import { findFact } from '../../miniprogram/content/facts';
import { decodeMission } from '../../miniprogram/console/missions/index';
import { getWorld } from '../../miniprogram/console/services/session';
import { renderPage } from '../helpers/render';
import type { RenderedPage } from '../helpers/render';
import { find, tap, tapVant, text, typeInto } from '../helpers/dom';
import { fake } from '../helpers/environment';
import { logInToExistingApp } from '../helpers/console';

jest.setTimeout(60000);

const stored = <T>(key: string): T | undefined => {
  const raw = fake.storage.get(key);
  return typeof raw === 'string' ? (JSON.parse(raw) as { data: T }).data : undefined;
};

/** The proposal whose label the teacher reads, by its text. */
function proposalId(p: RenderedPage, label: string): string {
  const goals = (p.instance.data as unknown as { goals: { id: string; label: string }[] }).goals;
  const goal = goals.find((g) => g.label === label);
  if (!goal) throw new Error(`no proposal "${label}" in ${goals.map((g) => g.label).join(' | ')}`);
  return goal.id;
}

/** Publishes 1.0.0 on the versions page as a learner does (submit, let the review finish, publish to everyone). */
async function submitAndPublish(p: RenderedPage): Promise<void> {
  fake.modalAnswers.push(true);
  await tapVant(p, '#submit-0');
  await tapVant(p, '#skip-review');
  await tapVant(p, '#publish');
  await tapVant(p, '#publish-confirm');
}

describe('mission builder page', () => {
  it('builds a mission end to end: record, tick goals, write, test-play, save, export, play', async () => {
    const builder = await renderPage('console/builder/index');
    expect(find(builder, '#recording')).toBeUndefined();
    await tap(builder, '#start-ready-to-release');
    await tapVant(builder, '#record');
    expect(fake.navigations.pop()?.url).toBe('/console/home/index?mission=builder-draft&fresh=1');

    // Recording: the console plays the draft; its one goal says to come back.
    const versions = await renderPage('console/versions/index', { query: { mission: 'builder-draft', fresh: '1' } });
    expect(text(versions, '#toolbar', '#mission', '#mission-title')).toBe('任务草稿（录制中）');
    await submitAndPublish(versions);
    expect(text(versions, '#online-version')).toBe('1.0.0');
    versions.detach();

    // Recording is no learner's mission: the progress records know nothing of the draft.
    const progress = stored<MissionProgress>(MISSION_PROGRESS_KEY);
    expect(progress ? Object.keys(progress.records) : []).not.toContain('builder-draft');

    // Back in the builder: what changed is proposed as goals.
    builder.instance.onShow?.();
    await new Promise((r) => setTimeout(r, 10));
    expect(text(builder, '#recorded')).toMatch(/^已录制 \d+ 步（起点：准备发布）$/);
    expect(text(builder, '#goals')).toContain('版本管理：线上版本 › 版本 为 1.0.0');

    // Saving an empty form says what is missing, field by field; nothing is saved.
    await tapVant(builder, '#save');
    expect(text(builder, '#problem-title')).toBe('请填写任务标题');
    expect(text(builder, '#problem-briefing')).toBe('请写一段任务说明：学生要做成什么');
    expect(text(builder, '#problem-goals')).toBe('请至少勾选一个目标');
    expect(fake.storage.has(MISSION_LIBRARY_KEY)).toBe(false);

    const online = proposalId(builder, '版本管理：线上版本 › 版本 为 1.0.0');
    await tap(builder, `#propose-${online}`);
    expect(text(builder, `#propose-${online}`).startsWith('☑')).toBe(true);
    await typeInto(builder, '#f-title-zh', '让 1.0.0 上线');
    await typeInto(builder, '#f-briefing-zh', '提交审核，审核通过后发布 1.0.0。');
    await typeInto(builder, '#f-hints', '到版本管理提交审核\n审核通过后还要点发布');
    // English hints are optional, line by line; the page says which will show the Chinese.
    await typeInto(builder, '#f-hints-en', 'Submit for review under Versions');
    expect(text(builder, '#hints-note')).toBe('有 1 条提示没有英文：英文界面会显示中文原文。');
    await tap(builder, '#stage-release');

    // Marking a proposal forbidden that the recorded play itself does: test-play says so, nothing passes.
    const submitted = proposalId(builder, '控制台记录了 REVIEW_SUBMITTED');
    await tap(builder, `#forbid-${submitted}`);
    expect(text(builder, `#propose-${submitted}`).startsWith('⛔')).toBe(true);
    expect(text(builder, `#forbid-${submitted}`)).toBe('禁止');
    await tapVant(builder, '#test');
    expect(text(builder, '#problem-goals')).toBe(
      '设为禁止的条件在录制的操作中（全部目标达成之前）就出现了：控制台记录了 REVIEW_SUBMITTED。请取消这个禁止，或重新录制',
    );
    expect(find(builder, '#passed')).toBeUndefined();
    await tap(builder, `#forbid-${submitted}`);
    expect(text(builder, `#propose-${submitted}`).startsWith('☐')).toBe(true);

    // Facts: those the play touched are offered; a typed id that does not exist is named.
    expect(text(builder, '#fact-P-05')).toMatch(/^☐ P-05 /);
    await tap(builder, '#fact-P-05');
    expect(text(builder, '#fact-P-05').startsWith('☑')).toBe(true);
    await typeInto(builder, '#f-other-facts', 'Q-77');
    await tapVant(builder, '#test');
    expect(text(builder, '#problem-facts')).toBe('没有这个知识点编号：Q-77（编号形如 R-03，见知识点表）');
    await typeInto(builder, '#f-other-facts', 'p-02');
    await tapVant(builder, '#test');
    expect(find(builder, '#problem-title')).toBeUndefined();
    expect(text(builder, '#passed')).toMatch(/^检查通过：按录制的操作重放，第 \d+ 步时全部目标同时达成/);

    await tapVant(builder, '#save');
    const nav = fake.navigations.pop();
    expect(nav?.kind).toBe('redirectTo');
    const library = stored<MissionLibrary>(MISSION_LIBRARY_KEY) as MissionLibrary;
    expect(library.missions).toHaveLength(1);
    const entry = library.missions[0];
    expect(nav?.url).toBe(`/console/library/index?export=${entry.id}`);
    expect(entry).toEqual(
      expect.objectContaining({
        origin: 'built',
        stage: 'release',
        title: { zh: '让 1.0.0 上线', en: '让 1.0.0 上线' },
      }),
    );
    expect(entry.solution?.length).toBe(entry.par);
    const decoded = decodeMission(entry.code);
    expect(decoded.ok && decoded.mission.hints).toEqual([
      { zh: '到版本管理提交审核', en: 'Submit for review under Versions' },
      { zh: '审核通过后还要点发布', en: '审核通过后还要点发布' },
    ]);
    expect(decoded.ok && decoded.mission.factIds).toEqual(['P-05', 'P-02']);

    // The code is shown and copied; the mission is on the map and plays like a built-in.
    const codes = await renderPage('console/library/index', { query: { export: entry.id } });
    expect(text(codes, '#exported-code')).toBe(entry.code);
    expect(fake.clipboard).toBe(entry.code);
    const lab = await renderPage('pages/lab/index');
    expect(text(lab, `#mission-${entry.id}`)).toContain('让 1.0.0 上线');
    const play = await renderPage('console/versions/index', { query: { mission: entry.id } });
    expect(text(play, '#toolbar', '#mission', '#mission-title')).toBe('让 1.0.0 上线');
    await submitAndPublish(play);
    // Completing it opens the checklist with the result button.
    expect(text(play, '#toolbar', '#mission', '#mission-status')).toBe('任务完成！');
    expect(text(play, '#toolbar', '#mission', '#mission-actions')).toBe(`已用 ${entry.par} 步（参考 ${entry.par} 步）`);
    await tap(play, '#toolbar', '#mission', '#mission-result');
    expect(fake.navigations.pop()?.url).toBe(`/console/mission/index?id=${entry.id}`);
    // The completion screen lists the facts the teacher picked.
    const result = await renderPage('console/mission/index', { query: { id: entry.id } });
    for (const id of ['P-05', 'P-02']) expect(text(result, '#result-facts')).toContain(findFact(id)?.text.zh);
  });

  it('a start from the sandbox carries who is logged in and the phone, and says what it leaves behind', async () => {
    const sandbox = logInToExistingApp();
    const builder = await renderPage('console/builder/index');
    await tap(builder, '#start-sandbox');
    expect(text(builder, '#start')).toContain('手机里的短信和扫码、谁登录着都带过去；之前的操作记录不带过去');
    await tapVant(builder, '#record');
    const url = fake.navigations.pop()?.url ?? '';
    expect(url).toMatch(/\?mission=builder-draft&fresh=1$/);

    // The draft opens logged in, as the sandbox was: the basic settings show the mini program, no login asked.
    const basic = await renderPage('console/basic/index', { query: { mission: 'builder-draft', fresh: '1' } });
    expect(text(basic, '#toolbar', '#mission', '#mission-title')).toBe('任务草稿（录制中）');
    expect(text(basic, '#value-name')).toBe('未设置');
    expect(fake.navigations.some((n) => n.url === '/console/login/index')).toBe(false);
    expect(getWorld().session).toEqual(sandbox.session);
    expect(getWorld().phone).toEqual(sandbox.phone);
  });

  it('a discarded draft asks first and then starts over', async () => {
    const builder = await renderPage('console/builder/index');
    await tapVant(builder, '#record');
    builder.instance.onShow?.();
    await new Promise((r) => setTimeout(r, 10));
    expect(text(builder, '#recorded')).toBe('已录制 0 步（起点：从零开始）');
    expect(text(builder, '#no-proposals')).toContain('还没有任何变化');
    await tapVant(builder, '#test');
    expect(text(builder, '#problem-play')).toBe('还没有录制任何操作：先去控制台里做一遍');
    fake.modalAnswers.push(false);
    await tapVant(builder, '#discard');
    expect(find(builder, '#recording')).toBeDefined();
    await tapVant(builder, '#discard');
    expect(find(builder, '#recording')).toBeUndefined();
    expect(find(builder, '#start')).toBeDefined();
  });
});
