import {
  MULTIPLE_CHOICE_CREDIT,
  SCORING_RULES,
  expectedResponse,
  grade,
  isSubmittable,
} from '../../../miniprogram/core/quiz/grading';
import { ALL_TYPES, MISTAKE, MULTIPLE, ORDER, SINGLE, TRUEFALSE } from './fixtures';

describe('grading', () => {
  it('single choice: right is 1, wrong is 0, out of range is an error', () => {
    expect(grade(SINGLE, { type: 'single', choice: 2 })).toEqual({ ok: true, score: 1, outcome: 'correct' });
    expect(grade(SINGLE, { type: 'single', choice: 0 })).toEqual({ ok: true, score: 0, outcome: 'wrong' });
    expect(grade(SINGLE, { type: 'single', choice: 4 })).toEqual({ ok: false, error: 'invalid-index' });
    expect(grade(SINGLE, { type: 'single', choice: 1.5 })).toEqual({ ok: false, error: 'invalid-index' });
  });

  it('multiple choice: all right 1, some right none wrong 0.5, any wrong 0', () => {
    expect(grade(MULTIPLE, { type: 'multiple', choices: [3, 0, 2] })).toMatchObject({ score: 1, outcome: 'correct' });
    expect(grade(MULTIPLE, { type: 'multiple', choices: [0, 2] })).toMatchObject({ score: 0.5, outcome: 'partial' });
    expect(grade(MULTIPLE, { type: 'multiple', choices: [0] })).toMatchObject({ score: 0.5 });
    expect(grade(MULTIPLE, { type: 'multiple', choices: [0, 2, 3, 1] })).toMatchObject({ score: 0, outcome: 'wrong' });
    expect(grade(MULTIPLE, { type: 'multiple', choices: [1] })).toMatchObject({ score: 0 });
    expect(grade(MULTIPLE, { type: 'multiple', choices: [0, 0, 2, 3] })).toMatchObject({ score: 1 });
    expect(grade(MULTIPLE, { type: 'multiple', choices: [] })).toEqual({ ok: false, error: 'empty' });
    expect(grade(MULTIPLE, { type: 'multiple', choices: [0, 9] })).toEqual({ ok: false, error: 'invalid-index' });
  });

  it('states the multiple-choice rule with the same numbers the grader uses, in both languages', () => {
    expect(MULTIPLE_CHOICE_CREDIT).toEqual({ allRight: 1, someRightNoneWrong: 0.5, anyWrong: 0 });
    expect(SCORING_RULES.multiple.zh).toContain('0.5');
    expect(SCORING_RULES.multiple.en).toContain('0.5');
    for (const q of ALL_TYPES) {
      expect(SCORING_RULES[q.type].zh.length).toBeGreaterThan(0);
      expect(SCORING_RULES[q.type].en.length).toBeGreaterThan(0);
    }
  });

  it('true/false', () => {
    expect(grade(TRUEFALSE, { type: 'truefalse', value: false })).toMatchObject({ score: 1 });
    expect(grade(TRUEFALSE, { type: 'truefalse', value: true })).toMatchObject({ score: 0 });
  });

  it('ordering: the tapped sequence must be the whole correct order', () => {
    expect(grade(ORDER, { type: 'order', sequence: [0, 1, 2, 3] })).toMatchObject({ score: 1 });
    expect(grade(ORDER, { type: 'order', sequence: [1, 0, 2, 3] })).toMatchObject({ score: 0, outcome: 'wrong' });
    expect(grade(ORDER, { type: 'order', sequence: [0, 1, 2] })).toEqual({ ok: false, error: 'incomplete' });
    expect(grade(ORDER, { type: 'order', sequence: [0, 1, 1, 2] })).toEqual({ ok: false, error: 'invalid-index' });
    expect(grade(ORDER, { type: 'order', sequence: [0, 1, 2, 4] })).toEqual({ ok: false, error: 'invalid-index' });
  });

  it('find the mistake: the invalid field', () => {
    expect(grade(MISTAKE, { type: 'mistake', field: 1 })).toMatchObject({ score: 1 });
    expect(grade(MISTAKE, { type: 'mistake', field: 2 })).toMatchObject({ score: 0 });
    expect(grade(MISTAKE, { type: 'mistake', field: 3 })).toEqual({ ok: false, error: 'invalid-index' });
  });

  it('refuses an answer of another type', () => {
    expect(grade(SINGLE, { type: 'truefalse', value: true })).toEqual({ ok: false, error: 'type-mismatch' });
    expect(grade(ORDER, { type: 'single', choice: 0 })).toEqual({ ok: false, error: 'type-mismatch' });
    expect(grade(MULTIPLE, { type: 'single', choice: 0 })).toEqual({ ok: false, error: 'type-mismatch' });
    expect(grade(TRUEFALSE, { type: 'mistake', field: 0 })).toEqual({ ok: false, error: 'type-mismatch' });
    expect(grade(MISTAKE, { type: 'order', sequence: [] })).toEqual({ ok: false, error: 'type-mismatch' });
  });

  it('the expected response of every type earns full credit', () => {
    for (const q of ALL_TYPES) expect(grade(q, expectedResponse(q))).toMatchObject({ ok: true, score: 1 });
  });

  it('tells whether an answer can be submitted', () => {
    expect(isSubmittable(ORDER, undefined)).toBe(false);
    expect(isSubmittable(ORDER, { type: 'order', sequence: [2, 1] })).toBe(false);
    expect(isSubmittable(ORDER, { type: 'order', sequence: [2, 1, 0, 3] })).toBe(true);
    expect(isSubmittable(MULTIPLE, { type: 'multiple', choices: [] })).toBe(false);
  });
});
