import {
  classroomQuizUrl,
  parseClassroomQuiz,
  quizRequest,
  runFor,
  type ClassroomQuizLink,
} from '../../../miniprogram/core/classroom/quiz-link';
import { isStoredAssignments, remember, MAX_REMEMBERED } from '../../../miniprogram/core/classroom/store';
import { initialProgress } from '../../../miniprogram/core/progress/model';
import { QUESTIONS } from '../../../miniprogram/pages/quiz/bank/index';

const queryOf = (url: string) => Object.fromEntries(new URLSearchParams(url.split('?')[1]));

describe('the classroom quiz link', () => {
  const links: ClassroomQuizLink[] = [
    { assignmentId: '0a1b2c3d', seed: 4294967295, quiz: { mode: 'exam', count: 20, minutes: 20, passPercent: 80 } },
    { assignmentId: '0a1b2c3d', seed: 0, quiz: { mode: 'mixed', count: 7 } },
    { assignmentId: 'ffffffff', seed: 12, quiz: { mode: 'stage', stage: 'release', count: 3 } },
  ];

  it.each(links)('round-trips through the page query (%j)', (link) => {
    expect(parseClassroomQuiz(queryOf(classroomQuizUrl(link)))).toEqual(link);
  });

  it('refuses anything else, so the quiz page falls back to its own modes', () => {
    const good = queryOf(classroomQuizUrl(links[0]));
    for (const bad of [
      { ...good, mode: 'exam' },
      { ...good, assignment: 'XYZ' },
      { ...good, seed: '-1' },
      { ...good, seed: '99999999999' },
      { ...good, quiz: 'exam.20.20' },
      { ...good, quiz: 'exam.0.20.80' },
      { ...good, quiz: 'exam.20.20.101' },
      { ...good, quiz: 'stage.nowhere.3' },
      { ...good, quiz: 'mixed.x' },
    ]) {
      expect(parseClassroomQuiz(bad)).toBeNull();
    }
    expect(quizRequest({ mode: 'stage', id: 'develop' })).toEqual({ mode: 'stage', target: 'develop', fixed: null });
    expect(quizRequest({ mode: 'resume' })).toEqual({ mode: 'resume', target: '', fixed: null });
  });

  it('draws the same questions in the same order with the same option order for everyone', () => {
    const request = quizRequest(queryOf(classroomQuizUrl(links[0])));
    const a = runFor(initialProgress(), request, QUESTIONS, 1000);
    const b = runFor(initialProgress(), request, QUESTIONS, 987654321);
    expect(a?.items).toHaveLength(20);
    expect(a?.items).toEqual(b?.items);
    expect(a?.exam).toBeDefined();
    const other = runFor(initialProgress(), { ...request, fixed: { ...links[0], seed: 1 } }, QUESTIONS, 1000);
    expect(other?.items.map((i) => i.questionId)).not.toEqual(a?.items.map((i) => i.questionId));
  });

  it('resumes the active run only when it has the assignment seed', () => {
    const request = quizRequest(queryOf(classroomQuizUrl(links[1])));
    const run = runFor(initialProgress(), request, QUESTIONS, 1000);
    if (!run) throw new Error('no run');
    const progress = { ...initialProgress(), activeRun: run };
    expect(runFor(progress, request, QUESTIONS, 2000)).toBe(run);
    const ownMixed = runFor(progress, { ...request, fixed: { ...links[1], seed: 99 } }, QUESTIONS, 2000);
    expect(ownMixed).not.toBe(run);
    expect(ownMixed?.seed).toBe(99);
  });
});

describe('remembered assignments', () => {
  it('keep the newest first, replace an entry of the same id, and stop at the limit', () => {
    let list = [] as ReturnType<typeof remember>;
    for (let i = 0; i < MAX_REMEMBERED + 5; i++)
      list = remember(list, { id: i.toString(16).padStart(8, '0'), code: 'RA', at: i });
    expect(list).toHaveLength(MAX_REMEMBERED);
    expect(list[0].at).toBe(MAX_REMEMBERED + 4);
    list = remember(list, { id: list[3].id, code: 'RB', at: 999 });
    expect(list[0]).toMatchObject({ code: 'RB', at: 999 });
    expect(list.filter((a) => a.id === list[0].id)).toHaveLength(1);
    expect(isStoredAssignments(list)).toBe(true);
    expect(isStoredAssignments([{ id: 'nothex!!', code: 'RA', at: 1 }])).toBe(false);
  });
});
