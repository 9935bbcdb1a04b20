import { grade } from '../../../miniprogram/core/quiz/grading';
import { displayOrder } from '../../../miniprogram/core/quiz/run';
import { describeAnswer, trueFalseResponse, viewQuestion } from '../../../miniprogram/core/quiz/view';
import { MISTAKE, MULTIPLE, ORDER, SINGLE, TRUEFALSE } from './fixtures';

describe('question views', () => {
  it('shows options in the run order, each with its original index, in the chosen language', () => {
    const order = displayOrder(SINGLE, 4);
    const zh = viewQuestion(SINGLE, { order }, 'zh');
    const en = viewQuestion(SINGLE, { order }, 'en');
    expect(zh.choices.map((c) => c.index)).toEqual(order);
    expect(zh.choices.map((c) => c.text)).toEqual(order.map((i) => ['甲', '乙', '丙', '丁'][i]));
    expect(en.choices.map((c) => c.text)).toEqual(order.map((i) => ['A', 'B', 'C', 'D'][i]));
    expect(zh.typeLabel).toBe('单选题');
    expect(en.typeLabel).toBe('Single choice');
    expect(en.prompt).toBe('Question q-single');
    expect(en.explanation).toBe('Explanation q-single');
    expect(en.sectionId).toBe('lesson-a.s1');
    expect(en.scoringRule).toContain('1 point');
  });

  it('answering by a shown choice’s index grades against the original options', () => {
    const order = displayOrder(SINGLE, 4);
    const view = viewQuestion(SINGLE, { order }, 'en');
    const tappedC = view.choices.find((c) => c.text === 'C');
    expect(grade(SINGLE, { type: 'single', choice: tappedC?.index ?? -1 })).toMatchObject({ score: 1 });
  });

  it('ordering items are tapped into a sequence of original indexes', () => {
    const order = displayOrder(ORDER, 8);
    const view = viewQuestion(ORDER, { order }, 'en');
    const byText = (t: string) => view.choices.find((c) => c.text === t)?.index ?? -1;
    const sequence = ['Register', 'Complete', 'Develop', 'Release'].map(byText);
    expect(grade(ORDER, { type: 'order', sequence })).toMatchObject({ score: 1 });
  });

  it('true/false choices and find-the-mistake fields', () => {
    const tf = viewQuestion(TRUEFALSE, undefined, 'zh');
    expect(tf.choices.map((c) => c.text)).toEqual(['正确', '错误']);
    expect(grade(TRUEFALSE, trueFalseResponse(tf.choices[1].index))).toMatchObject({ score: 1 });
    const m = viewQuestion(MISTAKE, { order: [] }, 'en');
    expect(m.form).toBe('Sign-up form');
    expect(m.fields.map((f) => f.label)).toEqual(['Email', 'Password', 'Confirm']);
    expect(m.fields[1]).toEqual({ index: 1, label: 'Password', value: 'abc12' });
  });

  it('describes the right answer for the feedback panel', () => {
    expect(describeAnswer(SINGLE, 'en')).toEqual(['C']);
    expect(describeAnswer(MULTIPLE, 'zh')).toEqual(['甲', '丙', '丁']);
    expect(describeAnswer(TRUEFALSE, 'en')).toEqual(['False']);
    expect(describeAnswer(ORDER, 'en')).toEqual(['1. Register', '2. Complete', '3. Develop', '4. Release']);
    expect(describeAnswer(MISTAKE, 'zh')).toEqual(['密码: abc12']);
  });
});
