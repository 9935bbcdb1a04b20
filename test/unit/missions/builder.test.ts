import type { Action } from '../../../miniprogram/console/engine/index';
import { createWorld } from '../../../miniprogram/console/engine/index';
import {
  buildMission,
  draftMission,
  formProblems,
  hintsOf,
  pathLabel,
  proposeGoals,
  recordingOf,
  startFromSandbox,
  suggestFacts,
  type BuilderForm,
} from '../../../miniprogram/console/missions/builder';
import {
  decodeMission,
  encodeMission,
  holdsIn,
  MISSIONS,
  replay,
  startWorld,
  type Mission,
} from '../../../miniprogram/console/missions/index';
import { play } from './helpers';

const release = MISSIONS.find((m) => m.id === 'first-release') as Mission;

/** The teacher's recording: the draft played with first-release's reference steps; the concrete actions taken. */
function recorded(): {
  actions: Action[];
  start: ReturnType<typeof play>['start'];
  now: ReturnType<typeof play>['world'];
} {
  const run = play(draftMission(release.start), release.solution as Action[]);
  return { actions: run.actions.slice(), start: run.start, now: run.world };
}

const FORM: BuilderForm = {
  titleZh: '发布第一个版本',
  titleEn: '',
  briefingZh: '提交审核，等审核通过后发布 1.0.0。',
  briefingEn: 'Submit for review and publish 1.0.0 once it passes.',
  hints: '先到版本管理\n\n审核要等一段时间',
  hintsEn: '',
  stage: 'release',
  goalIds: [],
  forbiddenIds: [],
  factIds: [],
  otherFacts: '',
};

describe('mission builder', () => {
  test('the draft never completes while recording: its one goal is never met', () => {
    const run = play(draftMission(release.start), release.solution as Action[]);
    expect(run.status).toBe('playing');
    expect(run.checklist).toEqual([expect.objectContaining({ id: 'recording', met: false })]);
  });

  test('proposals come from what changed: each holds now and not at the start; no timestamps, no clock', () => {
    const { start, now } = recorded();
    const goals = proposeGoals(start, now);
    expect(goals.length).toBeGreaterThan(3);
    for (const g of goals) {
      expect(holdsIn(g.check, now)).toBe(true);
      expect(holdsIn(g.check, start)).toBe(false);
      expect(JSON.stringify(g.check)).not.toMatch(/clockView|At"/);
      expect(g.label.zh.length).toBeLessThanOrEqual(80);
    }
    const online = goals.find((g) => 'sel' in g.check && g.check.path === 'online/version/version');
    expect(online && online.check).toEqual({
      sel: 'versionsView',
      path: 'online/version/version',
      op: 'eq',
      value: '1.0.0',
    });
    expect(online && online.label).toEqual({
      zh: '版本管理：线上版本 › 版本 为 1.0.0',
      en: 'Versions: online version › version is 1.0.0',
    });
    const published = goals.find((g) => 'sel' in g.check && g.check.path === 'id=publish/done');
    expect(published && published.label.zh).toBe('发布清单：发布 › 已完成 为 true');
    expect(goals.some((g) => JSON.stringify(g.check) === '{"log":"VERSION_PUBLISHED"}')).toBe(true);
    // Lists of records are addressed by their key, not their position.
    expect(goals.some((g) => 'sel' in g.check && g.check.path === 'id=publish/done')).toBe(true);
  });

  test('a selector path reads as words; a field the table does not know stays as it is', () => {
    expect(pathLabel('project/wechatId=dev_xiaoming/roles/#')).toEqual({
      zh: '项目成员 › dev_xiaoming › 权限 › 数量',
      en: 'project members › dev_xiaoming › roles › count',
    });
    expect(pathLabel('review/version/note').zh).toBe('审核 › 版本描述');
    expect(pathLabel('online/someNewField')).toEqual({
      zh: '线上版本 › someNewField',
      en: 'online version › someNewField',
    });
    expect(pathLabel('__proto__').zh).toBe('__proto__');
  });

  test('no change, no proposal', () => {
    const w = createWorld({ scenario: 'fresh' });
    expect(proposeGoals(w, w)).toEqual([]);
  });

  test('the form says what is missing, field by field, in both languages', () => {
    const problems = formProblems({ ...FORM, titleZh: ' ', briefingZh: '', hints: 'a\nb\nc\nd\ne\nf' }, 0);
    expect(Object.keys(problems).sort()).toEqual(['briefing', 'goals', 'hints', 'play', 'title']);
    expect(problems.title).toEqual({ zh: '请填写任务标题', en: 'Give the mission a title' });
    expect(problems.hints && problems.hints.zh).toContain('最多 5 条');
    expect(formProblems({ ...FORM, titleZh: '长'.repeat(41), goalIds: ['goal-1'] }, 3).title).toEqual({
      zh: '标题最多 40 个字',
      en: 'The title can have at most 40 characters',
    });
    expect(formProblems({ ...FORM, goalIds: ['goal-1'] }, 3)).toEqual({});
  });

  test('building: the ticked goals, the recording cut where they first all hold (par), replayed to check, shareable', () => {
    const { actions, start, now } = recorded();
    const goals = proposeGoals(start, now);
    const review = goals.find((g) => JSON.stringify(g.check) === '{"log":"REVIEW_SUBMITTED"}');
    const online = goals.find((g) => 'sel' in g.check && g.check.path === 'online/version/version');
    if (!review || !online) throw new Error('expected proposals missing');

    // Only "submitted for review": the solution ends at the submit, before waiting and publishing.
    const early = buildMission({ ...FORM, goalIds: [review.id] }, goals, release.start, actions, 'own-early');
    if (!early.ok) throw new Error(JSON.stringify(early.problems));
    expect(early.mission.par).toBeLessThan(actions.length);
    expect(early.mission.solution).toEqual(actions.slice(0, early.mission.par));

    const built = buildMission(
      { ...FORM, goalIds: [review.id, online.id] },
      goals,
      release.start,
      actions,
      'own-release',
    );
    if (!built.ok) throw new Error(JSON.stringify(built.problems));
    const m = built.mission;
    expect(m.par).toBe(actions.length);
    expect(m.title).toEqual({ zh: '发布第一个版本', en: '发布第一个版本' });
    expect(m.hints).toEqual([
      { zh: '先到版本管理', en: '先到版本管理' },
      { zh: '审核要等一段时间', en: '审核要等一段时间' },
    ]);
    const startedWorld = startWorld(m.start);
    if (!startedWorld.ok) throw new Error('start');
    expect(m.goals.every((g) => !holdsIn(g.check, startedWorld.world))).toBe(true);
    const code = encodeMission(m);
    const back = decodeMission(code);
    expect(back.ok && back.mission.goals).toEqual(m.goals);
    // Played back step by step it completes exactly at the last action.
    const run = play(m, []);
    expect(replay(run, actions.slice(0, m.par - 1)).status).toBe('playing');
    expect(replay(run, actions.slice(0, m.par)).status).toBe('completed');
  });

  test('English hints go line by line with the Chinese; a missing one takes the Chinese; extra ones are refused', () => {
    expect(hintsOf({ ...FORM, hintsEn: 'Go to Versions' })).toEqual([
      { zh: '先到版本管理', en: 'Go to Versions' },
      { zh: '审核要等一段时间', en: '审核要等一段时间' },
    ]);
    const extra = formProblems({ ...FORM, hintsEn: 'a\nb\nc', goalIds: ['goal-1'] }, 3);
    expect(extra.hints && extra.hints.zh).toContain('英文提示比中文提示多');
    expect(extra.hints && extra.hints.en).toContain('More English hints than Chinese ones');
  });

  test('facts: suggested from the codes and events the recording logged; typed ids are checked', () => {
    const { actions, start, now } = recorded();
    const facts = suggestFacts(start, now);
    // Submitting (P-02 and friends) and publishing (P-05) are what this play did; nothing about registration.
    expect(facts).toEqual(expect.arrayContaining(['P-05']));
    expect(facts.some((id) => id.startsWith('R-'))).toBe(false);
    const draft = draftMission(release.start);
    expect(recordingOf(draft, actions)?.facts).toEqual(facts);

    const bad = formProblems({ ...FORM, goalIds: ['goal-1'], otherFacts: 'r-03, X-99' }, 3);
    expect(bad.facts).toEqual({
      zh: '没有这个知识点编号：X-99（编号形如 R-03，见知识点表）',
      en: 'No fact has this id: X-99 (ids look like R-03; see the facts sheet)',
    });
    const goals = proposeGoals(start, now);
    const online = goals.find((g) => 'sel' in g.check && g.check.path === 'online/version/version');
    const built = buildMission(
      { ...FORM, goalIds: [online ? online.id : ''], factIds: ['P-05'], otherFacts: 'r-03，P-05' },
      goals,
      release.start,
      actions,
      'own-facts',
    );
    if (!built.ok) throw new Error(JSON.stringify(built.problems));
    expect(built.mission.factIds).toEqual(['P-05', 'R-03']);
    const back = decodeMission(encodeMission(built.mission));
    expect(back.ok && back.mission.factIds).toEqual(['P-05', 'R-03']);
  });

  test('forbidden: a proposal marked forbidden fails the run when it happens; one inside the play is refused', () => {
    // The teacher plays it right, then does the wrong thing last: a rollback with nothing to roll back to.
    const { actions, start } = recorded();
    const withMistake = play(
      draftMission(release.start),
      (release.solution as Action[]).concat([{ type: 'versions.rollback' }]),
    );
    const all = withMistake.actions.slice();
    const goals = proposeGoals(start, withMistake.world);
    const online = goals.find((g) => 'sel' in g.check && g.check.path === 'online/version/version');
    const mistake = goals.find((g) => 'log' in g.check && /ROLLBACK/.test(g.check.log));
    const review = goals.find((g) => JSON.stringify(g.check) === '{"log":"REVIEW_SUBMITTED"}');
    if (!online || !mistake || !review) throw new Error(goals.map((g) => JSON.stringify(g.check)).join(' | '));

    const forbidding = (forbidden: string) =>
      buildMission(
        { ...FORM, goalIds: [online.id], forbiddenIds: [forbidden] },
        goals,
        release.start,
        all,
        'own-forbid',
      );
    const built = forbidding(mistake.id);
    if (!built.ok) throw new Error(JSON.stringify(built.problems));
    expect(built.mission.par).toBe(actions.length);
    expect(built.mission.forbidden).toEqual([
      {
        id: mistake.id,
        when: mistake.check,
        reason: { zh: `不允许出现：${mistake.label.zh}`, en: `Not allowed: ${mistake.label.en}` },
      },
    ]);
    // Played with the mistake before publishing, the run fails with the reason.
    const failed = replay(play(built.mission, []), [{ type: 'versions.rollback' }]);
    expect(failed.status).toBe('failed');
    expect(failed.failure && failed.failure.reason.zh).toBe(`不允许出现：${mistake.label.zh}`);

    const inPlay = forbidding(review.id);
    expect(!inPlay.ok && inPlay.problems.goals && inPlay.problems.goals.zh).toBe(
      `设为禁止的条件在录制的操作中（全部目标达成之前）就出现了：${review.label.zh}。请取消这个禁止，或重新录制`,
    );
  });

  test('a recording that does not reach the ticked goals is refused with the reason', () => {
    const { actions, start, now } = recorded();
    const goals = proposeGoals(start, now);
    const online = goals.find((g) => 'sel' in g.check && g.check.path === 'online/version/version');
    const r = buildMission(
      { ...FORM, goalIds: [online ? online.id : ''] },
      goals,
      release.start,
      actions.slice(0, 1),
      'x',
    );
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems.play && r.problems.play.zh).toContain('没有同时达成');
  });

  test('starting from the current sandbox rebuilds its registration, mailbox, mini programs, phone and login', () => {
    // A sandbox where the learner registered a mini program from scratch and moved the clock on.
    const walkthrough = MISSIONS.find((m) => m.id === 'walkthrough') as Mission;
    const w = play(draftMission(walkthrough.start), walkthrough.solution as Action[]).world;
    expect(w.apps.length).toBeGreaterThan(createWorld({ scenario: 'fresh' }).apps.length);
    const start = startFromSandbox(w);
    expect(start.scenario).toBe('fresh');
    const rebuilt = startWorld(start);
    if (!rebuilt.ok) throw new Error(rebuilt.message.en);
    expect(rebuilt.world.apps).toEqual(w.apps);
    expect(rebuilt.world.registration).toEqual(w.registration);
    // Who is logged in (the walkthrough ends logged in with the second scan) and the phone come along.
    expect(w.session).not.toBeNull();
    expect(rebuilt.world.session).toEqual(w.session);
    expect(rebuilt.world.phone).toEqual(w.phone);
    // The history is not carried: nothing in the start's log says what the learner did before.
    expect(rebuilt.world.log.length).toBeLessThan(w.log.length);
    expect(rebuilt.world.now - w.now).toBeLessThan(60_000);
  });
});
