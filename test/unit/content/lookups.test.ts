import { STAGES } from '../../../miniprogram/core/content-model';
import { FACTS } from '../../../miniprogram/content/facts';
import {
  LESSONS,
  lessonById,
  lessonPath,
  lessonsForStage,
  sectionById,
  sectionForFact,
  sectionsForFact,
  sourceById,
} from '../../../miniprogram/content/index';
import {
  QUESTIONS,
  questionById,
  questionsFor,
  questionsForFact,
  questionsForStage,
} from '../../../miniprogram/pages/quiz/bank/index';

describe('content lookups', () => {
  it('finds lessons, sections, questions and sources by ID, and nothing for unknown IDs', () => {
    expect(lessonById('appid-secret')?.title.zh).toBe('AppID 与 AppSecret');
    expect(lessonById('nope')).toBeUndefined();
    expect(lessonById('constructor')).toBeUndefined();

    const ref = sectionById('appid-secret.generate');
    expect(ref?.lesson.id).toBe('appid-secret');
    expect(ref?.section.factIds).toContain('D-04');
    expect(sectionById('appid-secret.nope')).toBeUndefined();

    expect(questionById(QUESTIONS[0].id)).toBe(QUESTIONS[0]);
    expect(questionById('q-none')).toBeUndefined();
    expect(sourceById('seed-000')?.asOf).toBe('2022');
    expect(sourceById('toString')).toBeUndefined();
  });

  it('lists the lessons of each stage in order, and all lessons across the stages', () => {
    const perStage = STAGES.map((s) => lessonsForStage(s));
    expect(perStage.map((ls) => ls.map((l) => l.order))).toEqual(perStage.map((ls) => ls.map((_, i) => i + 1)));
    expect(perStage.flat().map((l) => l.id)).toEqual(LESSONS.map((l) => l.id));
    expect(lessonsForStage('register')[0].id).toBe('intro-what');
    expect(lessonsForStage('release').map((l) => l.id)).toEqual(['versions', 'review-release']);
  });

  it('gives the questions of a lesson and of a stage', () => {
    const qs = questionsFor('members');
    expect(qs.length).toBeGreaterThanOrEqual(5);
    expect(qs.every((q) => q.lessonId === 'members')).toBe(true);
    expect(questionsFor('nope')).toEqual([]);

    const byStage = STAGES.map((s) => questionsForStage(s));
    expect(byStage.every((qs) => qs.length > 0)).toBe(true);
    expect(byStage.reduce((n, qs) => n + qs.length, 0)).toBe(QUESTIONS.length);
    expect(questionsForStage('develop').every((q) => q.stage === 'develop')).toBe(true);
  });

  it('points every fact at the first section that teaches it', () => {
    for (const fact of FACTS) {
      const ref = sectionForFact(fact.id);
      expect(ref).toBeDefined();
      expect(ref?.section.factIds).toContain(fact.id);
      expect(sectionsForFact(fact.id)[0]).toBe(ref);
      expect(questionsForFact(fact.id).every((q) => q.factIds.indexOf(fact.id) >= 0)).toBe(true);
    }
    expect(sectionForFact('D-07')?.section.id).toBe('dev-settings.domains');
    expect(sectionForFact('I-08')?.section.id).toBe('register-individual.confirm');
    expect(sectionForFact('Z-99')).toBeUndefined();
    expect(sectionsForFact('Z-99')).toEqual([]);
  });

  it('does not let callers change the lookup tables', () => {
    const refs = sectionsForFact('P-07');
    expect(refs.length).toBe(2);
    refs.pop();
    expect(sectionsForFact('P-07').length).toBe(2);
  });

  it('builds lesson page paths', () => {
    expect(lessonPath('members')).toBe('/pages/lesson/index?id=members');
    expect(lessonPath('appid-secret', 'appid-secret.generate')).toBe(
      '/pages/lesson/index?id=appid-secret&section=appid-secret.generate',
    );
  });
});
