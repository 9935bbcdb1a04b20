import { MISSIONS, startRun, applyAction } from '../../../miniprogram/console/missions/index';
import {
  missionResultFromRun,
  quizScoreFrom,
  readResultCode,
  readResultFile,
  resultCode,
  resultFileName,
  resultFileText,
  studentProblems,
  type ResultProblem,
  type StudentResult,
} from '../../../miniprogram/console/classroom/index';
import { createRun, summarize } from '../../../miniprogram/core/quiz/run';
import { QUESTIONS } from '../../../miniprogram/pages/quiz/bank/index';
import { contextOf, LAB, LARGEST, studentResult, TEN } from './fixtures';

const context = contextOf(LAB);

function problemOf(text: unknown): ResultProblem | 'ok' {
  const r = readResultFile(text, context);
  if (r.ok) return 'ok';
  expect(r.message.zh).toMatch(/[\u4e00-\u9fff]/);
  expect(r.message.en.length).toBeGreaterThan(10);
  return r.problem;
}

/** What a student does in a text editor: change one value and save. */
function edit(r: StudentResult, change: (json: Record<string, unknown>) => void): string {
  const json = JSON.parse(resultFileText(r)) as Record<string, unknown>;
  change(json);
  return JSON.stringify(json);
}

describe('result files', () => {
  test('a 10-mission result (all solved by their reference solutions, an exam) is at most 4 KB and reads back equal', () => {
    const r = studentResult(LAB, 10);
    expect(r.missions.map((m) => m.solved)).toEqual(TEN.map(() => true));
    const text = resultFileText(r);
    expect(Buffer.byteLength(text, 'utf8')).toBeLessThanOrEqual(4096);
    const back = readResultFile(text, context);
    expect(back.ok && back.result).toEqual(r);
  });

  test('the worst case (nothing solved: every goal listed as unmet) also stays within 4 KB', () => {
    const text = resultFileText(studentResult(LAB, 0));
    expect(Buffer.byteLength(text, 'utf8')).toBeLessThanOrEqual(4096);
  });

  test('from real runs: a solved run has no unmet goals; an unfinished one lists where it stopped', () => {
    const m = MISSIONS.find((x) => x.id === 'walkthrough');
    const s = m && startRun(m, 1000);
    if (!s || !s.ok) throw new Error('walkthrough');
    const one = applyAction(s.run, { type: 'register.refreshCaptcha' });
    const r = missionResultFromRun(one, 61000);
    expect(r).toMatchObject({ id: 'walkthrough', solved: false, actions: 1, hints: 0, timeMs: 60000 });
    expect(r.unmet).toEqual(one.checklist.filter((g) => !g.met).map((g) => g.id));
    expect(r.unmet.length).toBeGreaterThan(0);
  });

  test('the quiz score per stage comes from the quiz engine summary', () => {
    const run = createRun(QUESTIONS, { mode: 'exam' }, 7, 0);
    if (!run.ok) throw new Error('no questions');
    const q = quizScoreFrom(summarize(run.run, 1000));
    expect(q.percent).toBe(0);
    expect(q.passed).toBe(false);
    expect(q.stages.map((s) => s.stage)).toEqual(['register', 'complete', 'develop', 'release']);
    expect(q.stages.reduce((n, s) => n + s.total, 0)).toBe(20);
  });

  test('the result code (for a result QR code) reads back the same result', () => {
    const r = studentResult(LAB, 5);
    const back = readResultCode(resultCode(r), context);
    expect(back.ok && back.result).toEqual(r);
    expect(resultCode(r)).toMatch(/^[A-Za-z0-9_-]+$/);
    const code = (ok: boolean) => readResultCode(ok ? resultCode(r) : resultCode(r).slice(0, 60), context);
    expect(code(false)).toMatchObject({ ok: false, problem: 'truncated' });
    expect(readResultCode(resultCode(studentResult(LARGEST, 1)), context)).toMatchObject({ problem: 'foreign' });
    expect(readResultCode('not a code!', context)).toMatchObject({ problem: 'corrupt' });
    expect(code(true).ok).toBe(true);
  });

  test('casual edits are caught by the checksum: a score, a solved flag, a name, a time', () => {
    const r = studentResult(LAB, 3);
    expect(problemOf(edit(r, (j) => ((j.quiz as { percent: number }).percent = 100)))).toBe('tampered');
    expect(problemOf(edit(r, (j) => ((j.missions as { solved: boolean }[])[9].solved = true)))).toBe('tampered');
    expect(problemOf(edit(r, (j) => ((j.student as { name: string }).name = '别人')))).toBe('tampered');
    expect(problemOf(edit(r, (j) => (j.submittedAt = 0)))).toBe('tampered');
    expect(problemOf(edit(r, (j) => delete j.checksum))).toBe('tampered');
  });

  test('bad files: empty, oversized, truncated, corrupt, another app, newer, another assignment', () => {
    const text = resultFileText(studentResult(LAB, 3));
    expect(problemOf('')).toBe('empty');
    expect(problemOf(' '.repeat(10) + 'x'.repeat(20000))).toBe('oversized');
    expect(problemOf(text.slice(0, text.length / 2))).toBe('truncated');
    expect(problemOf('\u0000\u0001PK binary')).toBe('corrupt');
    expect(problemOf('{"hello": "world"}')).toBe('corrupt');
    expect(problemOf(edit(studentResult(LAB, 3), (j) => (j.v = 2)))).toBe('newer');
    const other = resultFileText(studentResult(LARGEST, 3));
    const foreign = readResultFile(other, context);
    expect(foreign.ok).toBe(false);
    if (!foreign.ok) {
      expect(foreign.problem).toBe('foreign');
      expect(foreign.message.zh).toContain(LARGEST.className);
      expect(foreign.message.en).toContain(LAB.className);
    }
    expect(problemOf('\uFEFF' + text)).toBe('ok');
  });

  test('a file whose checksum was recomputed but whose missions are not the assignment is refused as edited', () => {
    const forged = studentResult(LAB, 3, { missions: studentResult(LAB, 3).missions.slice(1) });
    expect(problemOf(resultFileText(forged))).toBe('tampered');
  });

  test('file name and student fields', () => {
    expect(resultFileName(studentResult(LAB, 0))).toBe('reglab-软件2301班-20230001-学生01.json');
    expect(studentProblems('', '').map((p) => p.field)).toEqual(['name']);
    expect(studentProblems('张三', '2023 01').map((p) => p.field)).toEqual(['number']);
    expect(studentProblems('张,三', '').map((p) => p.field)).toEqual(['name']);
    expect(studentProblems('张三', '')).toEqual([]);
  });
});
