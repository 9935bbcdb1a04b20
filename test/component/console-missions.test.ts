import { LEARNER_EMAIL } from '../../miniprogram/console/engine/index';
import { MISSION_PROGRESS_KEY } from '../../miniprogram/core/missions/progress';
import { missionSaveKey } from '../../miniprogram/core/missions/save';
import type { MissionSave } from '../../miniprogram/core/missions/save';
import { renderPage } from '../helpers/render';
import type { RenderedPage } from '../helpers/render';
import { find, tap, tapVant, text } from '../helpers/dom';
import { savedWorld, seedScenario, submitAccountAs } from '../helpers/console';
import { fake } from '../helpers/environment';

// Rendering a page the first time compiles its templates: allow for a busy machine.
jest.setTimeout(30000);

const stored = <T>(key: string): T | undefined => {
  const raw = fake.storage.get(key);
  return typeof raw === 'string' ? (JSON.parse(raw) as { data: T }).data : undefined;
};
const missionSave = (id: string) => stored<MissionSave | null>(missionSaveKey(id));
const isTicked = (p: RenderedPage, goal: string) => text(p, '#toolbar', '#mission', `#goal-${goal}`).startsWith('✓');

async function openMission(id: string): Promise<RenderedPage> {
  const p = await renderPage('console/register/index', { query: { mission: id } });
  await tap(p, '#toolbar', '#mission', '#mission-bar');
  return p;
}

describe('missions in the console', () => {
  it('shows the checklist under the toolbar only while a mission is played', async () => {
    seedScenario(fake, { scenario: 'fresh' });
    const sandbox = await renderPage('console/register/index');
    expect(find(sandbox, '#toolbar', '#mission', '#mission-bar')).toBeUndefined();
    sandbox.detach();
    const p = await renderPage('console/register/index', { query: { mission: 'email-rules' } });
    expect(text(p, '#toolbar', '#mission', '#mission-title')).toBe('哪个邮箱能注册');
    expect(text(p, '#toolbar', '#mission', '#mission-summary')).toBe('目标 0/4');
    // Collapsed, it is one line: the goals show when the learner opens it.
    expect(find(p, '#toolbar', '#mission', '#mission-panel')).toBeUndefined();
    await tap(p, '#toolbar', '#mission', '#mission-bar');
    expect(text(p, '#toolbar', '#mission', '#mission-briefing')).toContain('bound-wechat@');
    expect(isTicked(p, 'bound')).toBe(false);
  });

  it('ticks a goal as the page changes the world, and undo takes the action back', async () => {
    const p = await openMission('email-rules');
    await submitAccountAs(p, 'bound-wechat@example.com');
    expect(text(p, '#err-email')).toContain('该邮箱已被个人微信号绑定');
    expect(isTicked(p, 'bound')).toBe(true);
    expect(text(p, '#toolbar', '#mission', '#mission-summary')).toBe('目标 1/4');
    expect(text(p, '#toolbar', '#mission', '#mission-actions')).toBe('已用 1 步（参考 4 步）');
    expect(missionSave('email-rules')?.actions).toHaveLength(1);

    await tap(p, '#toolbar', '#mission', '#mission-undo');
    expect(isTicked(p, 'bound')).toBe(false);
    expect(text(p, '#toolbar', '#mission', '#mission-summary')).toBe('目标 0/4');
    expect(find(p, '#toolbar', '#mission', '#mission-undo')).toBeUndefined();
    expect(missionSave('email-rules')?.actions).toHaveLength(0);
  });

  it('counts hints one at a time and keeps them counted after a reset, which asks first', async () => {
    const p = await openMission('mail-in-spam');
    expect(text(p, '#toolbar', '#mission', '#mission-hint')).toBe('提示（0/2）');
    await tap(p, '#toolbar', '#mission', '#mission-hint');
    expect(text(p, '#toolbar', '#mission')).toContain('黄色的防诈骗提示');
    expect(text(p, '#toolbar', '#mission', '#mission-hint')).toBe('提示（1/2）');
    await tap(p, '#toolbar', '#mission', '#mission-hint');
    expect(text(p, '#toolbar', '#mission', '#mission-hint')).toBe('没有更多提示了');
    await tap(p, '#toolbar', '#mission', '#mission-hint');
    expect(missionSave('mail-in-spam')?.hintsUnlocked).toBe(2);

    await submitAccountAs(p, LEARNER_EMAIL);
    expect(missionSave('mail-in-spam')?.actions).toHaveLength(1);
    fake.modalAnswers.push(false);
    await tap(p, '#toolbar', '#mission', '#mission-reset');
    expect(fake.modals.pop()?.title).toBe('重新开始这个任务？');
    expect(missionSave('mail-in-spam')?.actions).toHaveLength(1);
    await tap(p, '#toolbar', '#mission', '#mission-reset');
    expect(missionSave('mail-in-spam')?.actions).toHaveLength(0);
    expect(find(p, '#thanks')).toBeUndefined();
    expect(text(p, '#toolbar', '#mission', '#mission-hint')).toBe('没有更多提示了');
    expect(
      stored<{ records: Record<string, { attempts: number }> }>(MISSION_PROGRESS_KEY)?.records['mail-in-spam'],
    ).toMatchObject({
      attempts: 2,
    });
  });

  it('shows the reference steps only after asking', async () => {
    const p = await openMission('email-rules');
    fake.modalAnswers.push(false);
    await tap(p, '#toolbar', '#mission', '#mission-solution');
    expect(fake.modals.pop()?.title).toBe('查看参考解法？');
    expect(find(p, '#toolbar', '#mission', '#mission-steps')).toBeUndefined();
    await tap(p, '#toolbar', '#mission', '#mission-solution');
    const steps = text(p, '#toolbar', '#mission', '#mission-steps');
    expect(steps).toContain('1. register.submitAccount');
    expect(steps).toContain('bound-wechat@example.com');
    expect(missionSave('email-rules')?.solutionShown).toBe(true);
  });

  it('keeps the sandbox and every other mission as they were', async () => {
    const sandboxWorld = seedScenario(fake, { scenario: 'existing-app' });
    const first = await openMission('email-rules');
    await submitAccountAs(first, 'bound-wechat@example.com');
    first.detach();
    const second = await openMission('password-captcha');
    expect(text(second, '#toolbar', '#mission', '#mission-summary')).toBe('目标 0/4');
    second.detach();
    // Back to email-rules: its run is restored from its own save.
    const again = await openMission('email-rules');
    expect(isTicked(again, 'bound')).toBe(true);
    again.detach();
    expect(savedWorld(fake)?.registration).toEqual(JSON.parse(JSON.stringify(sandboxWorld.registration)));
    const sandbox = await renderPage('console/login/index', { query: { sandbox: '1' } });
    expect(find(sandbox, '#toolbar', '#mission', '#mission-bar')).toBeUndefined();
  });

  it('completes, records it, shows the completion screen and the mission map', async () => {
    const p = await openMission('email-rules');
    for (const email of ['bound-wechat@example.com', 'taken-oa@example.com', 'taken-mp@example.com']) {
      await submitAccountAs(p, email);
    }
    expect(find(p, '#toolbar', '#mission', '#mission-result')).toBeUndefined();
    await submitAccountAs(p, LEARNER_EMAIL);
    expect(text(p, '#toolbar', '#mission', '#mission-status')).toBe('任务完成！');
    await tap(p, '#toolbar', '#mission', '#mission-result');
    const nav = fake.navigations.pop();
    expect(nav?.url).toBe('/console/mission/index?id=email-rules');
    p.detach();

    const result = await renderPage('console/mission/index', { query: { id: 'email-rules' } });
    expect(text(result, '#result-status')).toBe('任务完成');
    expect(text(result, '#result-actions')).toBe('4 步（参考 4 步）');
    expect(find(result, '#result-par')).toBeDefined();
    expect(text(result, '#result-hints')).toBe('0 / 1');
    expect(text(result, '#result-facts')).toContain('邮箱');
    await tapVant(result, '#result-next');
    expect(fake.navigations.pop()?.url).toBe('/console/register/index?mission=password-captcha');
    result.detach();

    const lab = await renderPage('pages/lab/index');
    expect(text(lab, '#mission-email-rules')).toContain('已完成');
    expect(text(lab, '#mission-email-rules')).toContain('最少 4 步（参考 4 步）');
    expect(text(lab, '#mission-walkthrough')).toContain('未开始');
    expect(text(lab, '#stage-register')).toContain('已完成 1/13');
    // Playing a solved mission again asks first, then starts a new run.
    fake.modalAnswers.push(false);
    await tap(lab, '#mission-email-rules');
    expect(fake.modals.pop()?.title).toBe('再玩一次？');
    expect(fake.navigations).toHaveLength(0);
    await tap(lab, '#mission-email-rules');
    expect(fake.navigations.pop()?.url).toBe('/console/register/index?mission=email-rules&fresh=1');
  });
});
