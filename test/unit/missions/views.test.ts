import { MISSIONS, missionById, playSteps, startRun, unlockHint } from '../../../miniprogram/console/missions/index';
import type { MissionRun } from '../../../miniprogram/console/missions/index';
import { MISSION_INDEX } from '../../../miniprogram/core/missions/mission-index';
import { initialMissionProgress, recordSolved, recordStart } from '../../../miniprogram/core/missions/progress';
import { isMissionSave } from '../../../miniprogram/core/missions/save';
import type { MissionSave } from '../../../miniprogram/core/missions/save';
import { checklistView, stepLine } from '../../../miniprogram/console/components/console-mission/view';
import { resultView, simulatedSpan } from '../../../miniprogram/console/mission/view';
import { missionMap, missionOpenUrl, missionToContinue } from '../../../miniprogram/pages/lab/view';
import { DAY, HOUR } from '../../../miniprogram/console/engine/index';

function run(id: string): MissionRun {
  const mission = missionById(id);
  if (!mission) throw new Error(id);
  const started = startRun(mission, 1000);
  if (!started.ok) throw new Error(id);
  return started.run;
}

function solved(id: string): MissionRun {
  const r = run(id);
  return playSteps(r, r.mission.solution ?? []).run;
}

const save = (over: Partial<MissionSave>): MissionSave => ({
  missionId: 'email-rules',
  actions: [],
  hintsUnlocked: 0,
  solutionShown: false,
  startedAt: 0,
  smsSeen: 0,
  status: 'playing',
  goalsMet: 0,
  goalsTotal: 4,
  entry: '/console/register/index',
  ...over,
});

describe('the main package mission index', () => {
  it('matches the built-in missions: id, stage, order, par, scenario and title, in the same order', () => {
    expect(MISSION_INDEX).toEqual(
      MISSIONS.map((m) => ({
        id: m.id,
        stage: m.stage,
        order: m.order,
        par: m.par,
        scenario: m.start.scenario,
        title: m.title,
      })),
    );
  });
});

describe('mission saves', () => {
  it('accepts a save and refuses damaged ones', () => {
    expect(isMissionSave(save({}))).toBe(true);
    expect(isMissionSave(save({ entry: 'https://example.com' }))).toBe(false);
    expect(isMissionSave(save({ missionId: '../x' }))).toBe(false);
    expect(isMissionSave({ ...save({}), status: 'won' })).toBe(false);
    expect(isMissionSave(null)).toBe(false);
  });
});

describe('checklist view', () => {
  it('counts goals, actions against par and hints', () => {
    const r = unlockHint(run('mail-in-spam'));
    const v = checklistView(r, 'zh');
    expect(v.summary).toBe('目标 0/2');
    expect(v.hints).toHaveLength(1);
    expect(v.hintButton).toBe('提示（1/2）');
    expect(v.canUndo).toBe(false);
    expect(checklistView(solved('mail-in-spam'), 'en')).toMatchObject({
      status: 'completed',
      statusLine: 'Mission complete!',
      summary: 'Goals 2/2',
      canUndo: true,
    });
  });

  it('writes a reference step as the action and its values', () => {
    expect(stepLine({ type: 'register.changeEmail' }, 0)).toBe('1. register.changeEmail');
    expect(stepLine({ type: 'mail.open', mailId: '$mail' }, 2)).toBe('3. mail.open {"mailId":"$mail"}');
  });
});

describe('completion view', () => {
  it('gives the figures, the facts and the next mission', () => {
    const r = solved('mail-in-spam');
    const record = recordSolved(initialMissionProgress(), r, 61000).records['mail-in-spam'];
    const v = resultView(r, record, false, 61000, 'zh');
    expect(v.completed).toBe(true);
    expect(v.actions).toBe(`4 步（参考 ${r.mission.par} 步）`);
    expect(v.time).toBe('1 分 00 秒');
    expect(v.runTime).toBe('1 分 00 秒');
    // A slower second run: its own time is shown beside the best.
    const slower = resultView(r, record, false, 181000, 'zh');
    expect(slower.runTime).toBe('3 分 00 秒');
    expect(slower.time).toBe('1 分 00 秒');
    expect(v.facts.map((f) => f.id)).toEqual(['A-01', 'A-02']);
    expect(v.facts[0].text).not.toBe('A-01');
    expect(v.next?.url).toBe('/console/register/index?mission=wrong-address');
    const last = solved(MISSIONS[MISSIONS.length - 1].id);
    expect(resultView(last, record, true, 0, 'en').next).toBeNull();
  });

  it('says simulated time in days or hours', () => {
    expect(simulatedSpan(DAY + 2 * HOUR, 'zh')).toBe('1 天 2 小时');
    expect(simulatedSpan(3 * HOUR, 'en')).toBe('3 h 0 min');
  });
});

describe('the mission map', () => {
  it('lists the four stages with each mission state and figures', () => {
    let p = recordStart(initialMissionProgress(), 'email-rules', 5);
    p = recordSolved(p, solved('mail-in-spam'), 2000);
    const saves: Record<string, MissionSave> = {
      'email-rules': save({ actions: [{}, {}], goalsMet: 1 }),
      'mail-in-spam': save({ missionId: 'mail-in-spam', status: 'completed', goalsMet: 2, goalsTotal: 2 }),
    };
    const map = missionMap(p, (id) => saves[id] ?? null, 'zh');
    expect(map.map((s) => s.id)).toEqual(['register', 'complete', 'develop', 'release']);
    const register = map[0];
    expect(register.progress).toBe('已完成 1/13');
    const byId = (id: string) => register.missions.find((m) => m.id === id);
    expect(byId('email-rules')).toMatchObject({
      state: 'started',
      stateLabel: '进行中',
      detail: '目标 1/4 · 已用 2 步',
    });
    expect(byId('mail-in-spam')).toMatchObject({ state: 'solved', savedDone: true });
    expect(byId('mail-in-spam')?.detail).toContain('最少 4 步');
    expect(byId('walkthrough')).toMatchObject({ state: 'new', detail: '参考 27 步', saved: false });
    expect(missionToContinue(p, (id) => saves[id] ?? null)?.id).toBe('email-rules');
    expect(missionToContinue(initialMissionProgress(), () => null)).toBeNull();
  });

  it('opens a saved run where it was, and a new one on its scenario page', () => {
    expect(missionOpenUrl('review-rejected', null, false)).toBe('/console/home/index?mission=review-rejected');
    expect(missionOpenUrl('email-rules', save({ entry: '/console/mailbox/index' }), false)).toBe(
      '/console/mailbox/index?mission=email-rules',
    );
    expect(missionOpenUrl('email-rules', save({}), true)).toBe('/console/register/index?mission=email-rules&fresh=1');
  });
});
