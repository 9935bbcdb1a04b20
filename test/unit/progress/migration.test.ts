import { isRecord } from '../../../miniprogram/core/storage/guards';
import { PROGRESS_MIGRATIONS, migrateV1toV2 } from '../../../miniprogram/core/progress/migrations';
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

describe('progress schema 1 → 2', () => {
  it('turns every part of the old shape into the new one', () => {
    const v2 = migrateV1toV2(V1, { now: NOW });
    expect(isProgress(v2)).toBe(true);
    if (!isProgress(v2)) return;
    expect(v2.lang).toBe('en');
    expect(v2.theme).toBe('system');
    expect(v2.lessons['what-is']).toEqual({ seen: [], completedAt: NOW, updatedAt: NOW });
    expect(Object.keys(v2.lessons).sort()).toEqual(['register-account', 'what-is']);
    expect(v2.scores['lesson:what-is']).toEqual({ best: 80, last: 80, attempts: 1, lastAt: NOW });
    expect(v2.scores['lesson:register-account'].best).toBe(100);
    expect(v2.exams).toEqual([]);
    expect(Object.keys(v2.wrongBook.entries).sort()).toEqual(['q-a02-2', 'q-r03-1']);
    expect(dueCount(v2.wrongBook, NOW)).toBe(2);
  });

  it('defaults a missing language to Chinese', () => {
    const v2 = migrateV1toV2({ readLessons: [], quizScores: {}, wrongQuestionIds: [] }, { now: NOW });
    expect(isProgress(v2) && v2.lang).toBe('zh');
  });

  it('refuses data that is not an object, and carries a wrongly typed part over as invalid (to be named)', () => {
    expect(() => migrateV1toV2(null, { now: NOW })).toThrow('not an object');
    const v2 = migrateV1toV2({ ...V1, readLessons: 'all' }, { now: NOW });
    expect(isProgress(v2)).toBe(false);
    expect(isRecord(v2) && v2.lang).toBe('en');
  });

  it('is the registered migration, and the store upgrades old saved progress in place', () => {
    expect(PROGRESS_VERSION).toBe(2);
    expect(PROGRESS_MIGRATIONS[1]).toBe(migrateV1toV2);
    const storage = memoryStorage({ [PROGRESS_KEY]: JSON.stringify({ schema: 1, data: V1 }) });
    const store = versionedStore(PROGRESS_SCHEMA, storage, () => NOW);
    const loaded = store.load();
    expect(loaded.notice).toBeUndefined();
    expect(loaded.migratedFrom).toBe(1);
    expect(loaded.value.lang).toBe('en');
    const saved = JSON.parse(storage.data[PROGRESS_KEY] as string);
    expect(saved.schema).toBe(2);
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
