import { isRecord } from '../../../miniprogram/core/storage/guards';
import {
  PROGRESS_MIGRATIONS,
  migrateV1toV2,
  migrateV2toV3,
  percentAsPoints,
} from '../../../miniprogram/core/progress/migrations';
import { bestScoreLine } from '../../../miniprogram/core/score/view';
import { reachesPass } from '../../../miniprogram/core/quiz/score';
import { recordResult, scoreKey } from '../../../miniprogram/core/progress/actions';
import type { QuizResult } from '../../../miniprogram/core/quiz/run';
import type { ProgressV1 } from '../../../miniprogram/core/progress/migrations';
import { PROGRESS_KEY, PROGRESS_VERSION } from '../../../miniprogram/core/progress/model';
import { PROGRESS_SCHEMA } from '../../../miniprogram/core/progress/schema';
import { isProgress } from '../../../miniprogram/core/progress/validate';
import { dueCount } from '../../../miniprogram/core/quiz/wrongbook';
import { memoryStorage, versionedStore } from '../../../miniprogram/core/storage/versioned-store';

const NOW = new Date(2026, 2, 1, 9, 30).getTime();

const V1: ProgressV1 = {
  language: 'en-US',
  readLessons: ['what-is', 'register-account'],
  quizScores: { 'what-is': 80, 'register-account': 104.6 },
  wrongQuestionIds: ['q-r03-1', 'q-a02-2'],
};

/** Schema 1 data brought to the current schema, as the store does (1 → 2 → 3). */
const fromV1 = (data: unknown) => migrateV2toV3(migrateV1toV2(data, { now: NOW }), { now: NOW });

describe('progress schema 1 → 2', () => {
  it('turns every part of the old shape into the new one', () => {
    const v2 = fromV1(V1);
    expect(isProgress(v2)).toBe(true);
    if (!isProgress(v2)) return;
    expect(v2.lang).toBe('en');
    expect(v2.theme).toBe('system');
    expect(v2.lessons['what-is']).toEqual({ seen: [], completedAt: NOW, updatedAt: NOW });
    expect(Object.keys(v2.lessons).sort()).toEqual(['register-account', 'what-is']);
    const eighty = { points: 80, total: 100 };
    expect(v2.scores['lesson:what-is']).toEqual({ best: eighty, last: eighty, attempts: 1, lastAt: NOW });
    expect(v2.scores['lesson:register-account'].best).toEqual({ points: 100, total: 100 });
    expect(v2.exams).toEqual([]);
    expect(Object.keys(v2.wrongBook.entries).sort()).toEqual(['q-a02-2', 'q-r03-1']);
    expect(dueCount(v2.wrongBook, NOW)).toBe(2);
  });

  it('defaults a missing language to Chinese', () => {
    const v2 = fromV1({ readLessons: [], quizScores: {}, wrongQuestionIds: [] });
    expect(isProgress(v2) && v2.lang).toBe('zh');
  });

  it('refuses data that is not an object, and carries a wrongly typed part over as invalid (to be named)', () => {
    expect(() => migrateV1toV2(null, { now: NOW })).toThrow('not an object');
    const v2 = fromV1({ ...V1, readLessons: 'all' });
    expect(isProgress(v2)).toBe(false);
    expect(isRecord(v2) && v2.lang).toBe('en');
  });

  it('is the registered migration, and the store upgrades old saved progress in place', () => {
    expect(PROGRESS_VERSION).toBe(3);
    expect(PROGRESS_MIGRATIONS[1]).toBe(migrateV1toV2);
    expect(PROGRESS_MIGRATIONS[2]).toBe(migrateV2toV3);
    const storage = memoryStorage({ [PROGRESS_KEY]: JSON.stringify({ schema: 1, data: V1 }) });
    const store = versionedStore(PROGRESS_SCHEMA, storage, () => NOW);
    const loaded = store.load();
    expect(loaded.notice).toBeUndefined();
    expect(loaded.migratedFrom).toBe(1);
    expect(loaded.value.lang).toBe('en');
    const saved = JSON.parse(storage.data[PROGRESS_KEY] as string);
    expect(saved.schema).toBe(3);
    expect(saved.data).toEqual(loaded.value);
    expect(store.load()).toEqual({ value: loaded.value });
  });

  it('backs up old-schema data that cannot be migrated and starts afresh', () => {
    const raw = JSON.stringify({ schema: 1, data: 'gone' });
    const storage = memoryStorage({ [PROGRESS_KEY]: raw });
    const loaded = versionedStore(PROGRESS_SCHEMA, storage, () => NOW).load();
    expect(loaded.notice?.problem).toBe('migration-failed');
    expect(storage.data[`${PROGRESS_KEY}.backup.${NOW}`]).toBe(raw);
    expect(loaded.value).toEqual(PROGRESS_SCHEMA.initial());
  });

  it('keeps what is readable of old-schema data, names what is not, and keeps the language', () => {
    const raw = JSON.stringify({
      schema: 1,
      data: { ...V1, readLessons: ['register-account', 7], quizScores: { a: 80, b: 'x' }, wrongQuestionIds: 5 },
    });
    const storage = memoryStorage({ [PROGRESS_KEY]: raw });
    const loaded = versionedStore(PROGRESS_SCHEMA, storage, () => NOW).load();
    expect(loaded.value.lang).toBe('en');
    expect(Object.keys(loaded.value.lessons)).toEqual(['register-account']);
    expect(Object.keys(loaded.value.scores)).toEqual(['lesson:a']);
    expect(loaded.notice?.dropped).toEqual(['lessons.readLessons[1]', 'scores.lesson:b', 'wrongBook.wrongQuestionIds']);
    expect(loaded.notice?.message.en).toContain('scores.lesson:b');
    expect(storage.data[`${PROGRESS_KEY}.backup.${NOW}`]).toBe(raw);
  });
});

/** Progress as schema 2 saved it: scores as whole percents rounded to the nearest, exams and results with a percent. */
const V2 = {
  lang: 'zh',
  theme: 'dark',
  lessons: { 'what-is': { seen: ['a'], updatedAt: NOW } },
  scores: {
    // A 79.6 % attempt, saved rounded as 80: the exact value is gone.
    'lesson:what-is': { best: 80, last: 80, attempts: 2, lastAt: NOW },
    'stage:register': { best: 45, last: 30, attempts: 3, lastAt: NOW },
    'mixed:': { best: 'lots', last: 10, attempts: 1, lastAt: NOW },
  },
  exams: [
    {
      at: NOW,
      percent: 80,
      points: 99.5,
      total: 125,
      passed: false,
      timedOut: false,
      durationMs: 60000,
      byStage: [{ stage: 'register', total: 125, correct: 99, points: 99.5 }],
    },
  ],
  wrongBook: { entries: {} },
  lastResult: {
    runId: 'lesson:what-is:1',
    mode: 'lesson',
    target: 'what-is',
    total: 5,
    answered: 5,
    correct: 4,
    points: 4,
    percent: 80,
    byStage: [{ stage: 'register', total: 5, correct: 4, points: 4 }],
    wrongIds: ['q1'],
    durationMs: 30000,
  },
};

describe('progress schema 2 → 3: scores as points of a total', () => {
  it('keeps an old rounded percent as that many points of 100, so an old best stays what it was', () => {
    const v3 = migrateV2toV3(V2, { now: NOW }) as Record<string, Record<string, unknown>>;
    expect(v3.scores['lesson:what-is']).toEqual({
      best: { points: 80, total: 100 },
      last: { points: 80, total: 100 },
      attempts: 2,
      lastAt: NOW,
    });
    expect(v3.scores['stage:register']).toMatchObject({ best: { points: 45, total: 100 }, last: percentAsPoints(30) });
    // The old best of 80 was shown as a pass and still is: it cannot be told from a real 80.
    expect(bestScoreLine(percentAsPoints(80), 'zh')).toEqual({
      tone: 'pass',
      sentence: '最好成绩 80%，达到及格线 80%',
    });
    expect(percentAsPoints(104)).toEqual({ points: 100, total: 100 });
    expect(percentAsPoints(-3)).toEqual({ points: 0, total: 100 });
  });

  it('drops the rounded percent of exams and of the last result, whose points and totals are kept', () => {
    const v3 = migrateV2toV3(V2, { now: NOW }) as { exams: object[]; lastResult: object };
    expect(v3.exams[0]).not.toHaveProperty('percent');
    expect(v3.exams[0]).toMatchObject({ points: 99.5, total: 125, passed: false });
    expect(v3.lastResult).not.toHaveProperty('percent');
    expect(v3.lastResult).toMatchObject({ points: 4, total: 5 });
    expect(() => migrateV2toV3('x', { now: NOW })).toThrow('not an object');
  });

  it('loads saved schema 2 progress through the store: keeps every readable record and names the one it cannot read', () => {
    const raw = JSON.stringify({ schema: 2, data: V2 });
    const storage = memoryStorage({ [PROGRESS_KEY]: raw });
    const loaded = versionedStore(PROGRESS_SCHEMA, storage, () => NOW).load();
    expect(loaded.value.theme).toBe('dark');
    expect(loaded.notice?.dropped).toEqual(['scores.mixed:']);
    expect(Object.keys(loaded.value.scores).sort()).toEqual(['lesson:what-is', 'stage:register']);
    expect(loaded.value.exams).toHaveLength(1);
    expect(loaded.value.lastResult?.points).toBe(4);
    expect(JSON.parse(storage.data[PROGRESS_KEY] as string).schema).toBe(3);
  });

  it('after the migration, a 79.6 % attempt is kept exactly and does not beat an old 80', () => {
    const v3 = versionedStore(
      PROGRESS_SCHEMA,
      memoryStorage({ [PROGRESS_KEY]: JSON.stringify({ schema: 2, data: V2 }) }),
      () => NOW,
    ).load().value;
    const base = V2.lastResult as unknown as QuizResult;
    const attempt: QuizResult = { ...base, total: 125, points: 99.5, correct: 99 };
    const next = recordResult(v3, attempt, NOW + 1);
    const record = next.scores[scoreKey('lesson', 'what-is')];
    expect(record.best).toEqual({ points: 80, total: 100 });
    expect(record.last).toEqual({ points: 99.5, total: 125 });
    expect(reachesPass(record.last, 80)).toBe(false);
  });
});
