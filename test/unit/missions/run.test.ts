import { createWorld, dispatch } from '../../../miniprogram/console/engine/index';
import { decode, encode } from '../../../miniprogram/core/storage/envelope';
import {
  applyAction,
  checkMission,
  holdsIn,
  initialMissionProgress,
  isMissionProgress,
  MISSION_LIMITS,
  MISSION_PROGRESS_SCHEMA,
  missionById,
  parseStartTime,
  readPath,
  recordOf,
  recordSolved,
  recordStart,
  resetRun,
  runStats,
  startRun,
  startWorld,
  replay,
  undo,
  unlockHint,
  visibleHints,
  type Mission,
} from '../../../miniprogram/console/missions/index';
import { play, started } from './helpers';
import { BUILDER_DRAFT_ID, trackedProgress } from '../../../miniprogram/core/missions/progress';

function mission(id: string): Mission {
  const m = missionById(id);
  if (!m) throw new Error(`no mission ${id}`);
  return m;
}

describe('a mission run', () => {
  const first = mission('first-release');

  test('apply: the checklist is re-evaluated after each action; the completed run takes no more actions', () => {
    let run = started(first);
    expect(run.checklist).toEqual([{ id: 'online', label: first.goals[0].label, met: false }]);
    run = applyAction(run, { type: 'versions.submitReview', uploader: 'reglab_learner' });
    run = applyAction(run, { type: 'versions.publish', percent: 100 });
    expect(run.lastError && run.lastError.code).toBe('PUBLISH_NOT_PASSED');
    expect(run.actions).toHaveLength(2);
    run = applyAction(run, { type: 'clock.advance', ms: 24 * 3600 * 1000 });
    run = applyAction(run, { type: 'versions.publish', percent: 100 });
    expect(run.status).toBe('completed');
    expect(run.checklist[0].met).toBe(true);
    expect(applyAction(run, { type: 'versions.rollback' })).toBe(run);
  });

  test('something that is not an action is refused and not counted', () => {
    const run = started(first);
    const after = applyAction(run, { type: 'versions.explode' });
    expect(after.lastError && after.lastError.code).toBe('UNKNOWN_ACTION');
    expect(after.actions).toHaveLength(0);
    expect(after.world).toBe(run.world);
    expect(applyAction(run, { type: 'versions.publish', percent: 'all' }).lastError?.code).toBe('INVALID_ACTION');
  });

  test('undo replays the log minus one; reset goes back to the start and keeps the hints used', () => {
    let run = play(first, [
      { type: 'versions.submitReview', uploader: 'reglab_learner' },
      { type: 'clock.advance', ms: 86400000 },
    ]);
    run = unlockHint(run);
    const done = applyAction(run, { type: 'versions.publish', percent: 100 });
    const back = undo(done);
    expect(back.status).toBe('playing');
    expect(back.world).toEqual(run.world);
    expect(back.hintsUnlocked).toBe(1);
    const fresh = resetRun(done, 5_000);
    expect(fresh.actions).toEqual([]);
    expect(fresh.world).toEqual(started(first).world);
    expect(fresh.startedAt).toBe(5_000);
    expect(fresh.hintsUnlocked).toBe(1);
    expect(undo(fresh)).toBe(fresh);
  });

  test('the run keeps its own copy of each action: a page changing its object later does not rewrite history', () => {
    const submit = { type: 'versions.submitReview', uploader: 'reglab_learner' };
    const run = applyAction(started(first), submit);
    submit.uploader = 'someone_else';
    expect(run.actions[0]).toEqual({ type: 'versions.submitReview', uploader: 'reglab_learner' });
    expect(replay(run, run.actions).world).toEqual(run.world);
  });

  test('hints unlock one at a time up to the last; stats count actions against par and both clocks', () => {
    const m = mission('walkthrough');
    let run = started(m);
    expect(visibleHints(run)).toEqual([]);
    for (let i = 0; i < 5; i++) run = unlockHint(run);
    expect(visibleHints(run)).toEqual(m.hints);
    run = applyAction(run, { type: 'clock.advance', ms: 60_000 });
    expect(runStats(run, 31_000)).toEqual({
      actions: 1,
      par: m.par,
      overPar: 0,
      hintsUsed: m.hints.length,
      goalsMet: 0,
      goalsTotal: m.goals.length,
      simulatedMs: 60_000,
      realMs: 30_000,
    });
  });

  test('a start that cannot be built is refused with a message', () => {
    const bad = { ...first, start: { scenario: 'no-such' as never } };
    const r = startRun(bad, 0);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message.en).toContain('no-such');
  });
});

describe('start worlds', () => {
  test('the patch is applied and the engine checks the result', () => {
    const r = startWorld({
      scenario: 'fresh',
      patch: [{ op: 'set', path: ['platform', 'activationFolder'], value: 'spam' }],
    });
    expect(r.ok && r.world.platform.activationFolder).toBe('spam');
    const pushed = startWorld({
      scenario: 'fresh',
      patch: [{ op: 'push', path: ['platform', 'names'], value: '我的名字' }],
    });
    expect(pushed.ok && pushed.world.platform.names).toContain('我的名字');
  });

  test.each([
    [['platform', '__proto__', 'polluted'], 'reserved'],
    [['learner', 'wechatId'], 'must start with'],
    [['platform', 'nothing', 'here'], 'does not exist'],
    [['apps', '5', 'email'], 'does not exist'],
  ])('a patch at %j is refused (%s) and nothing leaks', (path, why) => {
    const r = startWorld({ scenario: 'fresh', patch: [{ op: 'set', path, value: 1 }] });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message.en).toContain(why);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('a patch that breaks the world is refused with the engine check', () => {
    const r = startWorld({ scenario: 'fresh', patch: [{ op: 'set', path: ['platform', 'unknownKey'], value: 1 }] });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message.zh).toContain('起始修改');
  });

  test('says what is wrong with a start in both languages, with the values filled in', () => {
    const messages = [
      startWorld({ scenario: 'fresh', at: '2025-02-30 09:00' }),
      startWorld({ scenario: 'no-such' as never }),
      startWorld({ scenario: 'fresh', patch: [{ op: 'set', path: ['learner', 'wechatId'], value: 1 }] }),
    ].map((r) => (r.ok ? null : { zh: r.message.zh, en: r.message.en }));
    expect(messages).toEqual([
      { zh: '开始时间 2025-02-30 09:00 无效', en: 'The start time 2025-02-30 09:00 is not valid' },
      { zh: '没有名为 no-such 的场景', en: 'There is no scenario called no-such' },
      {
        zh: '起始修改第 1 项无效：path must start with platform/registration/mailbox/apps/phone/session',
        en: 'Start patch item 1 is invalid: path must start with platform/registration/mailbox/apps/phone/session',
      },
    ]);
    const broken = startWorld({
      scenario: 'fresh',
      patch: [{ op: 'set', path: ['platform', 'unknownKey'], value: 1 }],
    });
    expect(!broken.ok && broken.message.zh).toMatch(/^起始修改让模拟世界不完整：\S/);
    expect(!broken.ok && broken.message.en).toMatch(/^The start patch breaks the simulated world: \S/);
    expect(!broken.ok && /[{}]/.test(broken.message.zh + broken.message.en)).toBe(false);
  });

  test('start times are Beijing time and must be real dates', () => {
    expect(parseStartTime('2025-03-03 09:00')).toBe(createWorld().now);
    expect(parseStartTime('2025-02-30 09:00')).toBeNull();
    expect(parseStartTime('2025-3-3 9:00')).toBeNull();
    const r = startWorld({ scenario: 'fresh', at: '2025-13-01 00:00' });
    expect(r.ok).toBe(false);
  });
});

describe('predicates', () => {
  test('paths: keys, indices, # and key=value; log with after', () => {
    const value = {
      list: [
        { id: 'a', n: 1 },
        { id: 'b', n: 2 },
      ],
    };
    expect(readPath(value, 'list/#')).toBe(2);
    expect(readPath(value, 'list/id=b/n')).toBe(2);
    expect(readPath(value, 'list/0/id')).toBe('a');
    expect(readPath(value, 'list/x')).toBeUndefined();
    expect(readPath(value, 'constructor')).toBeUndefined();
    let w = createWorld({ scenario: 'ready-to-release' });
    expect(holdsIn({ log: 'API_CALL_SUCCEEDED', after: 'SECRET_RESET' }, w)).toBe(false);
    const gen = dispatch(w, { type: 'dev.generateSecret' });
    if (!gen.ok) throw new Error('generate');
    w = gen.world;
    expect(holdsIn({ log: 'SECRET_GENERATED' }, w)).toBe(true);
    expect(holdsIn({ log: 'SECRET_GENERATED', min: 2 }, w)).toBe(false);
    expect(holdsIn({ sel: 'devSettingsView', path: 'secretGenerated', op: 'eq', value: true }, w)).toBe(true);
    expect(holdsIn({ not: { sel: 'versionsView', path: 'dev/#', op: 'gte', value: 1 } }, w)).toBe(false);
    expect(holdsIn({ any: [{ log: 'NOPE' }, { sel: 'sessionView', path: 'loggedIn', op: 'truthy' }] }, w)).toBe(true);
  });
});

describe('progress records', () => {
  test('new → started → solved keeps the best figures; unfinished runs change nothing', () => {
    const m = mission('approved-not-published');
    let p = recordStart(initialMissionProgress(), m.id, 100);
    expect(recordOf(p, m.id).state).toBe('started');
    const run = started(m);
    expect(recordSolved(p, run, 200)).toBe(p);
    const solved = applyAction(unlockHint(run), { type: 'versions.publish', percent: 100 });
    p = recordSolved(p, solved, 61_000);
    expect(recordOf(p, m.id)).toEqual({
      state: 'solved',
      bestActions: 1,
      fewestHints: 1,
      bestTimeMs: 60_000,
      attempts: 1,
      lastPlayedAt: 61_000,
    });
    p = recordStart(p, m.id, 70_000);
    expect(recordOf(p, m.id).state).toBe('solved');
    expect(recordOf(p, m.id).attempts).toBe(2);
    expect(recordOf(p, 'never-played').state).toBe('new');
    expect(isMissionProgress(p)).toBe(true);
  });

  test('the builder draft never gets a record, and an old one is dropped when the records are read', () => {
    const p = recordStart(initialMissionProgress(), 'first-release', 100);
    expect(recordStart(p, BUILDER_DRAFT_ID, 200)).toBe(p);
    const draftRun = started({ ...mission('approved-not-published'), id: BUILDER_DRAFT_ID });
    const completed = applyAction(draftRun, { type: 'versions.publish', percent: 100 });
    expect(completed.status).toBe('completed');
    expect(recordSolved(p, completed, 300)).toBe(p);
    const old = { records: { ...p.records, [BUILDER_DRAFT_ID]: recordOf(p, 'first-release') } };
    expect(Object.keys(trackedProgress(old).records)).toEqual(['first-release']);
    expect(trackedProgress(p)).toBe(p);
  });

  test('stored data round-trips through the versioned envelope; bad data is reported, not thrown', () => {
    const p = recordStart(initialMissionProgress(), 'walkthrough', 1);
    const ctx = { now: 0 };
    expect(decode(encode(p, MISSION_PROGRESS_SCHEMA), MISSION_PROGRESS_SCHEMA, ctx)).toEqual({
      status: 'ok',
      value: p,
    });
    const bad = [
      { records: { walkthrough: { ...recordOf(p, 'walkthrough'), state: 'won' } } },
      { records: { walkthrough: { ...recordOf(p, 'walkthrough'), bestActions: 3 } } },
      { records: { 'Bad Id': recordOf(p, 'walkthrough') } },
      { records: [] },
    ];
    for (const data of bad) {
      const r = decode(JSON.stringify({ schema: 1, data }), MISSION_PROGRESS_SCHEMA, ctx);
      expect(r.status).toBe('problem');
    }
    expect(decode('{not json', MISSION_PROGRESS_SCHEMA, ctx).status).toBe('problem');
    expect(decode(JSON.stringify({ schema: 9, data: {} }), MISSION_PROGRESS_SCHEMA, ctx).status).toBe('problem');
  });
});

describe('the mission schema', () => {
  const base = missionById('first-release') as Mission;
  const withGoal = (check: unknown) => ({ ...base, goals: [{ id: 'g', label: { zh: '目标', en: 'Goal' }, check }] });

  test.each([
    ['an unknown operator', { sel: 'versionsView', path: 'online', op: 'like', value: 1 }, 'op'],
    ['a comparison without a value', { sel: 'versionsView', path: 'online', op: 'eq' }, 'value'],
    ['a value where none is expected', { sel: 'versionsView', path: 'online', op: 'truthy', value: 1 }, 'value'],
    ['a lowercase log type', { log: 'app_registered' }, 'UPPER_SNAKE'],
    ['an empty all', { all: [] }, 'all'],
    ['extra keys', { not: { log: 'X_Y' }, run: 'code' }, 'extra keys'],
    [
      'a function-like string is just data, but an unknown shape is refused',
      { eval: 'process.exit()' },
      'not a predicate',
    ],
    ['nesting too deep', JSON.parse('{"not":'.repeat(12) + '{"log":"A_B"}' + '}'.repeat(12)), 'deeply'],
  ])('refuses %s', (_what, check, words) => {
    const r = checkMission(withGoal(check));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problem).toContain(words);
    expect(!r.ok && r.message.zh).toContain('任务数据有误');
  });

  test('says the mission data is not valid in both languages, naming the problem', () => {
    const r = checkMission({ ...base, par: 0 });
    expect(!r.ok && { zh: r.message.zh, en: r.message.en }).toEqual({
      zh: `任务数据有误（par: 1 to ${MISSION_LIMITS.solution}）`,
      en: `The mission data is not valid (par: 1 to ${MISSION_LIMITS.solution})`,
    });
  });

  test('refuses a par that does not match the solution, unknown facts, stages and keys', () => {
    expect(checkMission({ ...base, par: base.par + 1 }).ok).toBe(false);
    expect(checkMission({ ...base, factIds: ['Q-01'] }).ok).toBe(false);
    expect(checkMission({ ...base, stage: 'launch' }).ok).toBe(false);
    expect(checkMission({ ...base, script: 'alert(1)' }).ok).toBe(false);
    expect(checkMission({ ...base, solution: [{ type: 'rm -rf' }] }).ok).toBe(false);
    expect(checkMission(null).ok).toBe(false);
    const { solution: _solution, ...shared } = base;
    const noSolution = checkMission(shared);
    expect(noSolution.ok && noSolution.mission.solution).toBeNull();
  });
});
