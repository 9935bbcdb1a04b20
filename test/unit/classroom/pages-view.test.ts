import { assignmentView, listRows, quizLabel, sceneText } from '../../../miniprogram/console/classroom/join/view';
import {
  assignmentOf,
  formErrors,
  newForm,
  pickGroups,
  stageChoices,
} from '../../../miniprogram/console/classroom/teach/view';
import { resultSummary, studentResultOf } from '../../../miniprogram/console/classroom/handin/view';
import { outcomeLines, rosterScreen } from '../../../miniprogram/console/classroom/roster/view';
import {
  assignmentId,
  assignmentMissions,
  decodeAssignment,
  encodeAssignment,
  EMPTY_ROSTER,
  importHandIns,
  readResultFile,
  resultFileText,
  rosterView,
  withClassList,
} from '../../../miniprogram/console/classroom/index';
import { MISSIONS, playSteps, startRun } from '../../../miniprogram/console/missions/index';
import type { MissionSave } from '../../../miniprogram/core/missions/save';
import type { QuizResult } from '../../../miniprogram/core/quiz/run';
import { contextOf, LAB, studentResult } from './fixtures';

const A = { ...LAB, due: '2026-12-20 18:00' };
const MISSIONS_OF_A = assignmentMissions(A, MISSIONS);
const save = (status: MissionSave['status'], goalsMet = 1): MissionSave => ({
  missionId: 'x',
  actions: [],
  hintsUnlocked: 0,
  solutionShown: false,
  startedAt: 0,
  smsSeen: 0,
  status,
  goalsMet,
  goalsTotal: 3,
  entry: '/console/register/index',
});
const QUIZ = {
  points: 15,
  total: 20,
  correct: 14,
  percent: 75,
  passed: false,
  byStage: [
    { stage: 'register', total: 10, correct: 8, points: 8.5 },
    { stage: 'release', total: 10, correct: 6, points: 6.5 },
  ],
} as unknown as QuizResult;

describe('join view', () => {
  it('shows each mission state, what is left, the due date and whether it has passed', () => {
    const states: Record<string, MissionSave | null> = {
      [MISSIONS_OF_A[0].id]: save('completed'),
      [MISSIONS_OF_A[1].id]: save('playing', 2),
      [MISSIONS_OF_A[2].id]: save('failed'),
    };
    const v = assignmentView(A, MISSIONS_OF_A, (id) => states[id] ?? null, null, 'zh', Date.UTC(2026, 11, 1));
    expect(v.missions.slice(0, 4).map((m) => m.status)).toEqual(['已完成', '进行中 2/3', '未通过，可重来', '未开始']);
    expect(v.left).toBe('还剩 10 项未完成');
    expect(v.overdue).toBe(false);
    expect(v.quiz).toEqual({ label: '考试：20 题，20 分钟，80% 及格', done: false, score: '', tone: 'none' });
    const late = assignmentView(A, MISSIONS_OF_A, () => save('completed'), QUIZ, 'en', Date.UTC(2026, 11, 21));
    expect(late.left).toBe('All done: you can hand in');
    expect(late.overdue).toBe(true);
    expect(late.quiz?.score).toBe(
      'Score 15 / 20 (75%); Not passed: the pass mark is 80% (your first finished attempt counts)',
    );
    expect(late.quiz?.tone).toBe('fail');
  });

  it('describes every quiz kind and the launch scenes', () => {
    expect(quizLabel({ ...A, quiz: { mode: 'mixed', count: 5 } }, 'en')).toBe('Mixed quiz: 5 questions');
    expect(quizLabel({ ...A, quiz: { mode: 'stage', stage: 'develop', count: 4 } }, 'zh')).toMatch(/：4 题$/);
    expect(quizLabel({ ...A, quiz: null }, 'zh')).toBe('');
    expect(sceneText(1044, 'zh')).toBe('从群聊中的作业卡片打开');
    expect(sceneText(1007, 'en')).toBe('Opened from an assignment card in a chat');
    expect(sceneText(1011, 'zh')).toBe('从扫码打开');
    expect(sceneText(1001, 'zh')).toBe('');
  });

  it('lists remembered assignments that still decode', () => {
    const rows = listRows(
      [
        { id: assignmentId(A), code: encodeAssignment(A), at: 1 },
        { id: 'deadbeef', code: 'RAbroken', at: 2 },
      ],
      MISSIONS,
      'zh',
    );
    expect(rows).toEqual([{ id: assignmentId(A), title: `${A.className} · 截止 2026-12-20 18:00` }]);
  });
});

describe('teach view', () => {
  const form = { ...newForm(Date.UTC(2026, 11, 7, 4), 9), className: ' 班 A ', picked: ['categories', 'name-rules'] };

  it('a new form is due a week later at 23:59 Beijing time, with the seed given', () => {
    expect(newForm(Date.UTC(2026, 11, 7, 17), 5)).toMatchObject({ due: '2026-12-15 23:59', seed: '5', quiz: 'none' });
  });

  it('turns the form into an assignment in the missions own order, and it encodes and decodes', () => {
    const a = assignmentOf({ ...form, quiz: 'exam', count: '12', minutes: '30', pass: '70' }, MISSIONS);
    const order = MISSIONS.map((m) => m.id);
    expect(a.missions.map((m) => ('builtIn' in m ? order.indexOf(m.builtIn) : -1))).toEqual(
      [...a.missions.map((m) => ('builtIn' in m ? order.indexOf(m.builtIn) : -1))].sort((x, y) => x - y),
    );
    expect(a).toMatchObject({
      className: '班 A',
      seed: 9,
      quiz: { mode: 'exam', count: 12, minutes: 30, passPercent: 70 },
    });
    const back = decodeAssignment(encodeAssignment(a), MISSIONS);
    expect(back.ok && back.assignment).toEqual(a);
  });

  it('gives one message per field, in either language; a number typed with letters is refused', () => {
    expect(formErrors(form, MISSIONS, 'zh')).toEqual({ className: '', due: '', missions: '', quiz: '', seed: '' });
    const bad = formErrors(
      { ...form, className: '', picked: [], seed: '1e3', quiz: 'mixed', count: '5x' },
      MISSIONS,
      'en',
    );
    expect(bad.className).toBe('Enter the class name.');
    expect(bad.seed).toBe('The question seed must be a whole number, 0 or more.');
    expect(bad.quiz).toBe('The number of questions must be a whole number from 1 to 50.');
    expect(bad.missions).toBe('');
  });

  it('groups the missions by stage with the picked ones marked, and offers the four stages', () => {
    const groups = pickGroups(MISSIONS, ['name-rules'], 'zh');
    expect(groups.reduce((n, g) => n + g.rows.length, 0)).toBe(MISSIONS.length);
    expect(
      groups
        .flatMap((g) => g.rows)
        .filter((r) => r.picked)
        .map((r) => r.id),
    ).toEqual(['name-rules']);
    expect(
      stageChoices('develop', 'en')
        .filter((s) => s.selected)
        .map((s) => s.id),
    ).toEqual(['develop']);
  });
});

describe('hand-in view', () => {
  const ctx = contextOf(A);
  const opened = { id: ctx.id, assignment: A, missions: MISSIONS_OF_A };

  it('builds a result the teacher reads back: a solved run timed to its solve, others not started', () => {
    const m = MISSIONS_OF_A[0];
    const started = startRun(m, 1000);
    if (!started.ok) throw new Error('start');
    const run = playSteps(started.run, m.solution || []).run;
    expect(run.status).toBe('completed');
    const r = studentResultOf(
      opened,
      { name: '张三', number: '1' },
      (x) => (x.id === m.id ? { run, lastPlayedAt: 61000 } : null),
      QUIZ,
      999999,
    );
    expect(r.missions[0]).toMatchObject({ id: m.id, solved: true, timeMs: 60000, unmet: [] });
    expect(r.missions[1]).toMatchObject({ solved: false, actions: 0, unmet: MISSIONS_OF_A[1].goals.map((g) => g.id) });
    expect(r.quiz?.percent).toBe(75);
    const read = readResultFile(resultFileText(r), ctx);
    expect(read.ok).toBe(true);
    expect(resultSummary(r, A.quiz, 'zh')).toBe(
      '张三 · 软件2301班：完成 1/10 个任务 · 测验得分 15 / 20（75%），未通过：及格线是 80%',
    );
    const noQuiz = studentResultOf(opened, { name: 'Li', number: '' }, () => null, null, 5);
    expect(resultSummary(noQuiz, A.quiz, 'en')).toBe('Li · 软件2301班: 0 of 10 missions solved · Quiz not done');
  });
});

describe('roster view', () => {
  it('summarises, lists rows with their lines, and grades the heat map', () => {
    const ctx = contextOf(A);
    const roster = withClassList(EMPTY_ROSTER, [
      { name: '学生01', number: '20230001' },
      { name: '学生09', number: '20230009' },
    ]);
    const { roster: r2, outcomes } = importHandIns(roster, ctx, [
      { source: 'a.json', text: resultFileText(studentResult(A, 0)), kind: 'file' },
      { source: 'b.json', text: resultFileText(studentResult(A, 3)), kind: 'file' },
      { source: 'c.json', text: 'nope', kind: 'file' },
    ]);
    const screen = rosterScreen(rosterView(r2, ctx, Date.UTC(2026, 11, 20, 10)), ctx, 'zh');
    expect(screen.summary).toBe('已交 2 人（逾期 0），未交 1 人 · 另有 1 人不在名单上');
    expect(screen.rows.map((r) => [r.name, r.status, r.offList])).toEqual([
      ['20230001 学生01', '已交', false],
      ['20230009 学生09', '未交', false],
      ['20230004 学生04', '已交', true],
    ]);
    expect(screen.rows[2].lines[0]).toBe('任务 3/10');
    expect(screen.rows[1].lines).toEqual([]);
    expect(screen.heat.every((h) => h.level >= 0 && h.level <= 4)).toBe(true);
    expect(screen.heat.some((h) => h.level === 4)).toBe(true);
    expect(screen.solvedBy[0].count).toBe('1/2 人完成');
    expect(outcomeLines(outcomes, 'en').map((o) => o.status)).toEqual(['added', 'added', 'corrupt']);
  });

  it('marks a hand-in after the due date as late, in English too', () => {
    const ctx = contextOf(A);
    const { roster } = importHandIns(EMPTY_ROSTER, ctx, [
      { source: 'late.json', text: resultFileText(studentResult(A, 1)), kind: 'file' },
    ]);
    const screen = rosterScreen(rosterView(roster, ctx, Date.UTC(2026, 11, 1)), ctx, 'en');
    expect(screen.summary).toBe('1 handed in (1 late), 0 missing');
    expect(screen.rows.map((r) => [r.status, r.statusClass])).toEqual([['Late', 'late']]);
    expect(screen.rows[0].lines).toContain('Missions 1/10');
  });
});
