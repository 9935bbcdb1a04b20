import type { Lesson, Question } from '../../../miniprogram/core/content-model';
import { markSectionSeen, recordResult, saveActiveRun } from '../../../miniprogram/core/progress/actions';
import { applyAnswer } from '../../../miniprogram/pages/quiz/schedule';
import {
  formatClock,
  formatDue,
  formatDuration,
  formatPercent,
  formatPoints,
} from '../../../miniprogram/core/progress/format';
import { initialProgress } from '../../../miniprogram/core/progress/model';
import { continueView, courseOrder, learnPath, practiceSummary } from '../../../miniprogram/core/progress/views';
import { createRun, finishRun, summarize } from '../../../miniprogram/core/quiz/run';
import { makeBank } from '../quiz/fixtures';
import { countQuestions } from '../../../miniprogram/content/question-index';

const NOW = new Date(2026, 2, 1, 10, 0).getTime();
const DAY = 86400000;

function lesson(id: string, stage: Lesson['stage'], order: number, sections: number): Lesson {
  const txt = { zh: `课 ${id}`, en: `Lesson ${id}` };
  return {
    id,
    stage,
    order,
    title: txt,
    summary: txt,
    sources: [],
    sections: Array.from({ length: sections }, (_, i) => ({
      id: `${id}.${i}`,
      title: { zh: `节 ${i}`, en: `Section ${i}` },
      paragraphs: [],
      callouts: [],
      factIds: [],
    })),
  };
}

const LESSONS = [
  lesson('dev-1', 'develop', 1, 2),
  lesson('reg-2', 'register', 2, 1),
  lesson('reg-1', 'register', 1, 3),
];
const BANK: Question[] = makeBank([4, 0, 2, 0]).map((q) => ({
  ...q,
  lessonId: q.stage === 'register' ? 'reg-1' : 'dev-1',
}));

describe('page view models', () => {
  it('puts lessons in course order', () => {
    expect(courseOrder(LESSONS).map((l) => l.id)).toEqual(['reg-1', 'reg-2', 'dev-1']);
  });

  it('builds the learning path: four stages, lessons with progress, question counts and best scores', () => {
    let p = markSectionSeen(initialProgress(), LESSONS[2], 'reg-1.0', NOW);
    const made = createRun(BANK, { mode: 'lesson', lessonId: 'reg-1' }, 1, NOW);
    if (!made.ok) throw new Error(made.error);
    p = recordResult(p, summarize(finishRun(made.run, NOW), NOW), NOW);
    const path = learnPath(p, LESSONS, countQuestions(BANK), 'en');
    expect(path.map((s) => [s.step, s.stage, s.title])).toEqual([
      [1, 'register', 'Register'],
      [2, 'complete', 'Complete the info'],
      [3, 'develop', 'Develop'],
      [4, 'release', 'Review and release'],
    ]);
    const reg1 = path[0].lessons[0];
    expect(reg1).toMatchObject({ id: 'reg-1', title: 'Lesson reg-1', seen: 1, total: 3, percent: 33, done: false });
    expect(reg1.questionCount).toBe(4);
    expect(reg1.best).toEqual({ points: 0, total: 4 });
    expect(path[0].lessons[1].best).toBeNull();
    expect(path[0].questionCount).toBe(4);
    expect(path[1].lessons).toEqual([]);
    expect(learnPath(p, LESSONS, countQuestions(BANK), 'zh')[0].title).toBe('注册');
  });

  it('says where to continue: the first lesson, the section last read, an active quiz, or all done', () => {
    let p = initialProgress();
    expect(continueView(p, LESSONS, 'en')).toMatchObject({ kind: 'lesson', lessonId: 'reg-1', detail: 'Start here' });
    p = markSectionSeen(p, LESSONS[2], 'reg-1.1', NOW);
    expect(continueView(p, LESSONS, 'zh')).toMatchObject({
      kind: 'lesson',
      lessonId: 'reg-1',
      sectionId: 'reg-1.1',
      detail: '节 1',
    });
    const made = createRun(BANK, { mode: 'stage', stage: 'develop' }, 1, NOW);
    if (!made.ok) throw new Error(made.error);
    const withQuiz = saveActiveRun(p, made.run, NOW);
    expect(continueView(withQuiz, LESSONS, 'en')).toMatchObject({
      kind: 'quiz',
      title: 'Stage quiz · Develop',
      detail: '0 of 2 answered',
    });
    for (const l of LESSONS) for (const s of l.sections) p = markSectionSeen(p, l, s.id, NOW);
    expect(continueView(p, LESSONS, 'zh')).toMatchObject({ kind: 'done', title: '全部课程已学完' });
  });

  it('summarises practice: book size, due today, next review, exams', () => {
    let p = initialProgress();
    expect(practiceSummary(p, NOW)).toEqual({
      bookSize: 0,
      dueToday: 0,
      nextDue: -1,
      examsTaken: 0,
      bestExam: null,
      lastExam: null,
      lastExamPassed: false,
    });
    p = applyAnswer(p, 'a', 0, NOW).progress;
    p = applyAnswer(p, 'b', 0, NOW).progress;
    p = applyAnswer(p, 'b', 1, NOW).progress;
    const made = createRun(BANK, { mode: 'exam' }, 1, NOW);
    if (!made.ok) throw new Error(made.error);
    const result = summarize(finishRun(made.run, NOW), NOW);
    const { total } = result;
    p = recordResult(p, { ...result, points: total * 0.9, passed: true }, NOW);
    p = recordResult(p, { ...result, points: total * 0.4, passed: false }, NOW + 1);
    expect(practiceSummary(p, NOW)).toEqual({
      bookSize: 2,
      dueToday: 1,
      nextDue: NOW,
      examsTaken: 2,
      bestExam: { points: total * 0.9, total },
      lastExam: { points: total * 0.4, total },
      lastExamPassed: false,
    });
  });

  it('formats clocks, durations, due dates, percents and points', () => {
    expect(formatClock(20 * 60000)).toBe('20:00');
    expect(formatClock(61001)).toBe('01:02');
    expect(formatClock(-5)).toBe('00:00');
    expect(formatDuration(185000, 'zh')).toBe('3 分 05 秒');
    expect(formatDuration(185000, 'en')).toBe('3 min 05 s');
    expect(formatDuration(9000, 'en')).toBe('9 s');
    expect(formatDue(NOW - DAY, NOW, 'zh')).toBe('今天');
    expect(formatDue(NOW + 60000, NOW, 'en')).toBe('today');
    expect(formatDue(NOW + DAY, NOW, 'zh')).toBe('明天');
    expect(formatDue(NOW + 3 * DAY, NOW, 'en')).toBe('in 3 days');
    // Rounded down: 79.6 % is never shown as the pass mark 80 %.
    expect(formatPercent({ points: 99.5, total: 125 })).toBe('79%');
    expect(formatPercent({ points: 4, total: 5 })).toBe('80%');
    expect(formatPoints(7.25)).toBe('7.3');
    expect(formatPoints(7)).toBe('7');
  });
});
