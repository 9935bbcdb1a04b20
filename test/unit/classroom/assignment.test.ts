import { MISSIONS, encodeMission, type Mission } from '../../../miniprogram/console/missions/index';
import * as classroom from '../../../miniprogram/console/classroom/index';
import { base64urlDecode, base64urlEncode } from '../../../miniprogram/console/missions/codec';
import { createRun } from '../../../miniprogram/core/quiz/run';
import { QUESTIONS } from '../../../miniprogram/pages/quiz/bank/index';
import { LAB, LARGEST } from './fixtures';

function problemOf(code: unknown): classroom.AssignmentCodeProblem | 'ok' {
  const r = classroom.decodeAssignment(code, MISSIONS);
  if (r.ok) return 'ok';
  expect(r.message.zh.length).toBeGreaterThan(4);
  expect(r.message.en.length).toBeGreaterThan(10);
  return r.problem;
}

describe('assignment codes', () => {
  test('the largest built-in assignment (every mission, an exam, 40-character class name): share query ≤ 1 KB, base64url without "="', () => {
    expect(LARGEST.missions.length).toBe(MISSIONS.length);
    expect([...LARGEST.className].length).toBe(classroom.ASSIGNMENT_LIMITS.classNameChars);
    expect(classroom.assignmentProblems(LARGEST, MISSIONS)).toEqual([]);
    const query = classroom.shareQuery(LARGEST);
    expect(Buffer.byteLength(query, 'utf8')).toBeLessThanOrEqual(1024);
    expect(classroom.encodeAssignment(LARGEST)).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  test('round trip: the code (or the whole share path) gives back the same assignment, its id and its missions', () => {
    for (const a of [
      LARGEST,
      LAB,
      { ...LAB, quiz: null },
      { ...LAB, quiz: { mode: 'stage', stage: 'develop', count: 5 } } as classroom.Assignment,
    ]) {
      const back = classroom.decodeAssignment(classroom.encodeAssignment(a), MISSIONS);
      if (!back.ok) throw new Error(back.detail);
      expect(back.assignment).toEqual(a);
      expect(back.id).toBe(classroom.assignmentId(a));
      expect(back.missions.map((m) => m.id)).toEqual(classroom.assignmentMissions(a, MISSIONS).map((m) => m.id));
      const fromPath = classroom.decodeAssignment(classroom.shareQuery(a), MISSIONS);
      expect(fromPath.ok && fromPath.assignment).toEqual(a);
    }
  });

  test('a teacher-built mission travels embedded as its share code and comes back playable, without its solution', () => {
    const own: Mission = { ...MISSIONS[3], id: 'teacher-own', solution: null };
    const a: classroom.Assignment = { ...LAB, missions: [{ builtIn: 'walkthrough' }, { code: encodeMission(own) }] };
    const back = classroom.decodeAssignment(classroom.encodeAssignment(a), MISSIONS);
    if (!back.ok) throw new Error(back.detail);
    expect(back.missions[1]).toEqual(own);
  });

  test('the id changes with any content change, so results of another assignment are told apart', () => {
    const ids = new Set([
      classroom.assignmentId(LAB),
      classroom.assignmentId({ ...LAB, className: '软件2302班' }),
      classroom.assignmentId({ ...LAB, seed: LAB.seed + 1 }),
      classroom.assignmentId({ ...LAB, due: '2026-12-21 18:00' }),
      classroom.assignmentId({ ...LAB, missions: LAB.missions.slice(1) }),
    ]);
    expect(ids.size).toBe(5);
  });

  test('the same seed gives everyone the same questions, order and options; another seed gives another draw', () => {
    const spec = classroom.assignmentQuizSpec(LAB);
    if (!spec) throw new Error('no quiz');
    const a = createRun(QUESTIONS, spec, LAB.seed, 1000);
    const b = createRun(QUESTIONS, spec, LAB.seed, 999999);
    const c = createRun(QUESTIONS, spec, LAB.seed + 1, 1000);
    if (!a.ok || !b.ok || !c.ok) throw new Error('no questions');
    expect(a.run.items.length).toBe(20);
    expect(a.run.exam && a.run.exam.durationMs).toBe(20 * 60000);
    expect(b.run.items).toEqual(a.run.items);
    expect(c.run.items.map((i) => i.questionId)).not.toEqual(a.run.items.map((i) => i.questionId));
  });

  test('every missions start is fixed, so the captcha a mission shows is the same for everyone', () => {
    for (const m of classroom.assignmentMissions(LARGEST, MISSIONS)) {
      expect(m.start).toEqual(MISSIONS.find((x) => x.id === m.id)?.start);
    }
  });

  test('bad codes: empty, too long, malformed, foreign (a mission code), newer, truncated, tampered, invalid content', () => {
    const code = classroom.encodeAssignment(LAB);
    expect(problemOf('')).toBe('empty');
    expect(problemOf(undefined)).toBe('empty');
    expect(problemOf('A'.repeat(classroom.ASSIGNMENT_LIMITS.codeChars + 1))).toBe('too-long');
    expect(problemOf(code.slice(0, 20) + '=' + code.slice(21))).toBe('malformed');
    expect(problemOf(encodeMission(MISSIONS[0]))).toBe('foreign');
    const bytes = base64urlDecode(code) as number[];
    expect(problemOf(base64urlEncode([bytes[0], bytes[1], 2, ...bytes.slice(3)]))).toBe('newer');
    expect(problemOf(code.slice(0, code.length - 8))).toBe('damaged');
    const flipped = bytes.slice();
    flipped[4] ^= 1;
    expect(problemOf(base64urlEncode(flipped))).toBe('damaged');
    expect(problemOf(classroom.encodeAssignment({ ...LAB, missions: [{ builtIn: 'no-such-mission' }] }))).toBe(
      'invalid',
    );
    expect(problemOf(classroom.encodeAssignment({ ...LAB, due: '2026-02-30 10:00' }))).toBe('invalid');
  });

  test('the teacher form: each field says what is wrong, in both languages', () => {
    const fields = (v: unknown) => classroom.assignmentProblems(v, MISSIONS).map((p) => p.field);
    expect(fields({ ...LAB, className: '  ' })).toEqual(['className']);
    expect(fields({ ...LAB, className: '班'.repeat(41) })).toEqual(['className']);
    expect(fields({ ...LAB, due: '31/12/2026' })).toEqual(['due']);
    expect(fields({ ...LAB, seed: -1 })).toEqual(['seed']);
    expect(fields({ ...LAB, missions: [], quiz: null })).toEqual(['missions']);
    expect(fields({ ...LAB, missions: [LAB.missions[0], LAB.missions[0]] })).toEqual(['missions']);
    expect(fields({ ...LAB, quiz: { mode: 'exam', count: 0, minutes: 20, passPercent: 80 } })).toEqual(['quiz']);
    expect(fields({ ...LAB, quiz: { mode: 'exam', count: 20, minutes: 999, passPercent: 80 } })).toEqual(['quiz']);
    expect(fields({ ...LAB, quiz: { mode: 'stage', stage: 'nowhere', count: 5 } })).toEqual(['quiz']);
    const shadow: Mission = { ...MISSIONS[0], solution: null, title: { zh: '改', en: 'changed' } };
    const p = classroom.assignmentProblems({ ...LAB, missions: [{ code: encodeMission(shadow) }] }, MISSIONS);
    expect(p.map((x) => x.message.en).join()).toContain('built-in id');
    for (const x of classroom.assignmentProblems({ ...LAB, className: '', due: '' }, MISSIONS)) {
      expect(x.message.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(x.message.en).toMatch(/[a-z]/);
    }
  });
});
