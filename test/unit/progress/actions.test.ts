import type { Lesson } from '../../../miniprogram/core/content-model';
import {
  bestExam,
  clearActiveRun,
  continueTarget,
  lessonStatus,
  markSectionSeen,
  recordResult,
  resetProgress,
  saveActiveRun,
  scoreKey,
  setLang,
  setTheme,
} from '../../../miniprogram/core/progress/actions';
import { applyAnswer } from '../../../miniprogram/pages/quiz/schedule';
import { MAX_EXAM_HISTORY, PROGRESS_KEY, initialProgress } from '../../../miniprogram/core/progress/model';
import type { Progress } from '../../../miniprogram/core/progress/model';
import { PROGRESS_SCHEMA } from '../../../miniprogram/core/progress/schema';
import { isProgress } from '../../../miniprogram/core/progress/validate';
import { createRun, finishRun, submitAnswer, summarize } from '../../../miniprogram/core/quiz/run';
import type { QuizResult, QuizRun } from '../../../miniprogram/core/quiz/run';
import { memoryStorage, versionedStore } from '../../../miniprogram/core/storage/versioned-store';
import { makeBank } from '../quiz/fixtures';

const NOW = new Date(2026, 2, 1, 9, 0).getTime();

function lesson(id: string, sections: string[]): Lesson {
  const txt = { zh: id, en: id };
  return {
    id,
    stage: 'register',
    order: 1,
    title: txt,
    summary: txt,
    sources: [],
    sections: sections.map((s) => ({ id: s, title: txt, paragraphs: [], callouts: [], factIds: [] })),
  };
}

const L1 = lesson('l1', ['l1.a', 'l1.b']);
const L2 = lesson('l2', ['l2.a']);

function run(mode: 'lesson' | 'exam'): QuizRun {
  const bank = makeBank([5, 5, 5, 5]);
  const r = createRun(
    bank,
    mode === 'lesson'
      ? { mode: 'lesson', lessonId: 'register-lesson-0' }
      : { mode: 'exam', config: { questionCount: 4, durationMinutes: 5, passPercent: 50 } },
    1,
    NOW,
  );
  if (!r.ok) throw new Error(r.error);
  return r.run;
}

/** The result with its points set to the given percent of its total. */
function resultWith(base: QuizResult, percent: number): QuizResult {
  return { ...base, points: (base.total * percent) / 100 };
}

describe('progress actions', () => {
  it('language and theme', () => {
    const p = initialProgress();
    expect(p.lang).toBe('zh');
    expect(p.theme).toBe('system');
    expect(setLang(p, 'en').lang).toBe('en');
    expect(setLang(p, 'zh')).toBe(p);
    expect(setTheme(p, 'dark').theme).toBe('dark');
  });

  it('tracks sections seen, completion and the place to continue', () => {
    let p = initialProgress();
    expect(lessonStatus(p, L1)).toEqual({ seen: 0, total: 2, percent: 0, done: false });
    expect(continueTarget(p, [L1, L2])).toEqual({ kind: 'lesson', lessonId: 'l1' });
    p = markSectionSeen(p, L1, 'l1.a', NOW);
    p = markSectionSeen(p, L1, 'l1.a', NOW + 1);
    expect(p.lessons.l1.seen).toEqual(['l1.a']);
    expect(lessonStatus(p, L1)).toEqual({ seen: 1, total: 2, percent: 50, done: false });
    expect(continueTarget(p, [L1, L2])).toEqual({ kind: 'lesson', lessonId: 'l1', sectionId: 'l1.a' });
    p = markSectionSeen(p, L1, 'l1.b', NOW + 2);
    expect(p.lessons.l1.completedAt).toBe(NOW + 2);
    expect(lessonStatus(p, L1).done).toBe(true);
    expect(continueTarget(p, [L1, L2])).toEqual({ kind: 'lesson', lessonId: 'l2' });
    p = markSectionSeen(p, L2, 'l2.a', NOW + 3);
    expect(continueTarget(p, [L1, L2])).toEqual({ kind: 'done' });
    // Seeing a section again later keeps the first completion time.
    expect(markSectionSeen(p, L1, 'l1.a', NOW + 9).lessons.l1.completedAt).toBe(NOW + 2);
  });

  it('a lesson migrated as read counts as done even without sections seen', () => {
    const p: Progress = { ...initialProgress(), lessons: { l1: { seen: [], completedAt: NOW, updatedAt: NOW } } };
    expect(lessonStatus(p, L1)).toEqual({ seen: 2, total: 2, percent: 100, done: true });
  });

  it('an unfinished quiz is where to continue, until its result is recorded', () => {
    const r = run('lesson');
    let p = saveActiveRun(initialProgress(), r, NOW);
    expect(continueTarget(p, [L1])).toEqual({ kind: 'quiz', run: r });
    p = recordResult(p, summarize(finishRun(r, NOW + 1000), NOW + 1000), NOW + 1000);
    expect(p.activeRun).toBeUndefined();
    expect(p.lastPosition).toBeUndefined();
    expect(continueTarget(p, [L1])).toEqual({ kind: 'lesson', lessonId: 'l1' });
    expect(clearActiveRun(p)).toBe(p);
  });

  it('keeps best and last scores per quiz, and the last result for the result page', () => {
    const base = summarize(run('lesson'), NOW);
    let p = recordResult(initialProgress(), resultWith(base, 60), NOW);
    p = recordResult(p, resultWith(base, 90), NOW + 1);
    p = recordResult(p, resultWith(base, 70), NOW + 2);
    const total = base.total;
    expect(p.scores[scoreKey('lesson', 'register-lesson-0')]).toEqual({
      best: { points: total * 0.9, total },
      last: { points: total * 0.7, total },
      attempts: 3,
      lastAt: NOW + 2,
    });
    expect(p.lastResult?.points).toBe(total * 0.7);
    const retry = recordResult(p, { ...base, mode: 'retry', target: '' }, NOW + 3);
    expect(retry.scores).toEqual(p.scores);
  });

  it('keeps an exam history with pass/fail and a breakdown by stage, capped', () => {
    const r = run('exam');
    const result = summarize(finishRun(r, NOW + 60000), NOW + 60000);
    let p = recordResult(initialProgress(), result, NOW + 60000);
    expect(p.exams).toHaveLength(1);
    expect(p.exams[0]).toMatchObject({ points: 0, passed: false, timedOut: false, total: 4 });
    expect(p.exams[0]).not.toHaveProperty('percent');
    expect(p.exams[0].byStage.length).toBeGreaterThan(0);
    for (let i = 0; i < MAX_EXAM_HISTORY + 5; i++) p = recordResult(p, { ...result, points: i / 10 }, NOW + i);
    expect(p.exams).toHaveLength(MAX_EXAM_HISTORY);
    expect(p.exams[p.exams.length - 1].points).toBe((MAX_EXAM_HISTORY + 4) / 10);
    expect(bestExam(p)?.points).toBe((MAX_EXAM_HISTORY + 4) / 10);
    expect(bestExam(initialProgress())).toBeUndefined();
  });

  it('feeds answers to the wrong-answer book', () => {
    const a = applyAnswer(initialProgress(), 'q1', 0, NOW);
    expect(a.event).toBe('added');
    expect(Object.keys(a.progress.wrongBook.entries)).toEqual(['q1']);
    const b = applyAnswer(a.progress, 'q2', 1, NOW);
    expect(b.event).toBe('none');
    expect(b.progress).toBe(a.progress);
  });

  it('reset forgets learning but keeps language and theme', () => {
    let p = setTheme(setLang(initialProgress(), 'en'), 'dark');
    p = markSectionSeen(p, L1, 'l1.a', NOW);
    p = applyAnswer(p, 'q1', 0, NOW).progress;
    const reset = resetProgress(p);
    expect(reset).toEqual({ ...initialProgress('en'), theme: 'dark' });
  });

  it('a full progress object validates, survives the store, and broken parts are caught', () => {
    const bank = makeBank([5, 5, 5, 5]);
    let r = run('lesson');
    const q = bank.find((x) => x.id === r.items[0].questionId);
    if (q) {
      const s = submitAnswer(r, q, { type: 'truefalse', value: true }, NOW);
      if (s.ok) r = s.run;
    }
    let p = saveActiveRun(markSectionSeen(initialProgress(), L1, 'l1.a', NOW), r, NOW);
    p = applyAnswer(p, 'q1', 0, NOW).progress;
    p = recordResult(p, summarize(run('exam'), NOW), NOW);
    p = saveActiveRun(p, r, NOW);
    expect(isProgress(p)).toBe(true);
    const storage = memoryStorage();
    const store = versionedStore(PROGRESS_SCHEMA, storage, () => NOW);
    store.save(p);
    expect(store.load()).toEqual({ value: JSON.parse(JSON.stringify(p)) });

    expect(isProgress({ ...p, lang: 'fr' })).toBe(false);
    expect(isProgress({ ...p, theme: 'neon' })).toBe(false);
    expect(isProgress({ ...p, lessons: { l1: { seen: 'all' } } })).toBe(false);
    expect(isProgress({ ...p, exams: [{ at: 1 }] })).toBe(false);
    expect(isProgress({ ...p, activeRun: { id: 'x' } })).toBe(false);
    expect(isProgress({ ...p, lastPosition: { kind: 'lesson', at: 1 } })).toBe(false);
    expect(isProgress({ ...p, wrongBook: { entries: { q1: {} } } })).toBe(false);

    // The corrupt-storage case for the real progress key: the bad language is left out and named, the rest kept.
    storage.data[PROGRESS_KEY] = JSON.stringify({ schema: 2, data: { ...p, lang: 'fr' } });
    const loaded = store.load();
    expect(loaded.notice?.problem).toBe('invalid');
    expect(loaded.notice?.dropped).toEqual(['lang']);
    expect(loaded.value).toEqual({ ...JSON.parse(JSON.stringify(p)), lang: initialProgress().lang });
    expect(storage.data[`${PROGRESS_KEY}.backup.${NOW}`]).toBeDefined();
  });
});
