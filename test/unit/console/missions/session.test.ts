/**
 * The console session with several worlds: the sandbox and one saved run per mission, each under its own key; a
 * finished run refuses more actions (MISSION_OVER); saves replay on load; refused writes are reported.
 */
import { LEARNER_EMAIL } from '../../../../miniprogram/console/engine/index';
import { missionById, playSteps, startRun } from '../../../../miniprogram/console/missions/index';
import {
  act,
  activeMission,
  CONSOLE_KEY,
  forgetLoadedWorld,
  getWorld,
  startFromQuery,
  startWorld,
  takeSaveFailure,
  undoMission,
} from '../../../../miniprogram/console/services/session';
import { missionSaveKey } from '../../../../miniprogram/core/missions/save';
import { readMissionProgress } from '../../../../miniprogram/services/missions';
import { freshStorage } from '../../../helpers/storage';
import type { WxFake } from '../../../helpers/wx';

let fake: WxFake;
beforeEach(() => {
  fake = freshStorage();
});
afterEach(() => fake.restore());

/** Plays a mission's reference solution through the session, as pages would send each action. */
function solveThroughSession(id: string): void {
  const mission = missionById(id);
  if (!mission || !mission.solution) throw new Error(id);
  const started = startRun(mission, 0);
  if (!started.ok) throw new Error(id);
  // The references ($captcha, $mail) are read off the session's own world, step by step.
  for (let i = 0; i < mission.solution.length; i++) {
    const replay = playSteps({ ...started.run, world: getWorld(), start: getWorld() }, [mission.solution[i]]);
    const action = replay.run.actions[0];
    if (!action) throw new Error(`step ${i} could not be resolved`);
    act(action);
  }
}

describe('missions in the console session', () => {
  it('keeps the sandbox under its key while a mission is played under its own', () => {
    const sandbox = startWorld({ scenario: 'existing-app' });
    const before = fake.storage.get(CONSOLE_KEY);
    expect(startFromQuery({ mission: 'email-rules' })).not.toBeNull();
    expect(activeMission()?.run.mission.id).toBe('email-rules');
    expect(getWorld().scenarioId).toBe('fresh');
    act({ type: 'register.refreshCaptcha' });
    expect(fake.storage.get(CONSOLE_KEY)).toBe(before);
    expect(typeof fake.storage.get(missionSaveKey('email-rules'))).toBe('string');
    startFromQuery({ sandbox: '1' });
    expect(activeMission()).toBeNull();
    expect(getWorld().scenarioId).toBe(sandbox.scenarioId);
  });

  it('restores a saved run by replaying it after a restart, and starts anew only with fresh', () => {
    startFromQuery({ mission: 'email-rules' });
    const captcha = getWorld().registration.captcha;
    act({
      type: 'register.submitAccount',
      email: 'bound-wechat@example.com',
      password: 'Practice2025',
      confirmPassword: 'Practice2025',
      captcha,
      agree: true,
    });
    forgetLoadedWorld();
    startFromQuery({ mission: 'email-rules' });
    expect(activeMission()?.run.actions).toHaveLength(1);
    expect(activeMission()?.run.checklist.find((g) => g.id === 'bound')?.met).toBe(true);
    startFromQuery({ mission: 'email-rules', fresh: '1' });
    expect(activeMission()?.run.actions).toHaveLength(0);
    expect(readMissionProgress().records['email-rules'].attempts).toBe(2);
  });

  it('records a solved run once, then refuses more actions until undo', () => {
    startFromQuery({ mission: 'email-rules' });
    solveThroughSession('email-rules');
    expect(activeMission()?.run.status).toBe('completed');
    expect(readMissionProgress().records['email-rules']).toMatchObject({ state: 'solved', bestActions: 4 });
    const more = act({ type: 'register.refreshCaptcha' });
    expect(more.ok).toBe(false);
    if (!more.ok) expect(more.error.code).toBe('MISSION_OVER');
    expect(activeMission()?.run.actions).toHaveLength(4);
    undoMission();
    expect(activeMission()?.run.status).toBe('playing');
    expect(getWorld().registration.email).not.toBe(LEARNER_EMAIL);
  });

  it('reports a refused write of the mission save', () => {
    startFromQuery({ mission: 'email-rules' });
    fake.failWrites = true;
    act({ type: 'register.refreshCaptcha' });
    expect(takeSaveFailure()).toBeDefined();
    // Nothing is lost in memory for this run.
    expect(activeMission()?.run.actions).toHaveLength(1);
  });
});
