import { LESSONS } from '../../miniprogram/content/index';
import { QUESTIONS } from '../../miniprogram/pages/quiz/bank/index';
import type { Question } from '../../miniprogram/core/content-model';
import { t } from '../../miniprogram/core/i18n';
import { summarize, createRun } from '../../miniprogram/core/quiz/run';
import { forgetLoadedProgress } from '../../miniprogram/services/storage';
import { recordSetData, renderPage, settle, textOf } from '../helpers/render';
import type { RenderedPage } from '../helpers/render';
import { tap, tapVant } from '../helpers/dom';
import {
  answerByTapping,
  firstOfType,
  questionOnScreen,
  savedProgress,
  seedProgress,
  seededProgress,
} from '../helpers/quiz';
import { fake } from '../helpers/environment';
import { hasChinese, questionTexts, untaughtChinese } from '../helpers/taught-terms';

let page: RenderedPage | undefined;

/** A one-question run: "retry the wrong ones" of a result whose only wrong question is `q`. */
async function renderWith(q: Question, lang: 'zh' | 'en' = 'zh'): Promise<RenderedPage> {
  const made = createRun([q], { mode: 'retry', questionIds: [q.id] }, 1, Date.now());
  if (!made.ok) throw new Error(made.error);
  seedProgress(fake, seededProgress({ lang, lastResult: summarize(made.run, Date.now()) }));
  page = await renderPage('pages/quiz/index', { query: { mode: 'retry' } });
  return page;
}

describe('quiz page', () => {
  it('shows one question with its type, a progress count and the scoring rule', async () => {
    const q = firstOfType('single');
    const p = await renderWith(q);
    expect(textOf(p.querySelector('#prompt'))).toBe(q.prompt.zh);
    expect(textOf(p.querySelector('#count'))).toBe('1 / 1');
    expect(textOf(p.querySelector('#rule'))).toContain('单选题');
    for (const option of q.options) expect(textOf(p.dom as Element)).toContain(option.zh);
    expect(p.querySelector('#feedback')).toBeUndefined();
  });

  it.each(['single', 'multiple', 'truefalse', 'order', 'mistake'] as const)(
    'answers a %s question right by tapping and shows the feedback and explanation',
    async (type) => {
      const q = firstOfType(type);
      const p = await renderWith(q);
      await answerByTapping(p, q, true);
      expect(textOf(p.querySelector('#feedback-title'))).toContain('回答正确');
      expect(textOf(p.querySelector('#feedback-title'))).toContain('1');
      expect(textOf(p.querySelector('#explanation'))).toBe(q.explanation.zh);
      expect(savedProgress(fake).wrongBook.entries[q.id]).toBeUndefined();
    },
  );

  it.each(['single', 'multiple', 'truefalse', 'order', 'mistake'] as const)(
    'answers a %s question wrong by tapping: feedback, the right answer, and into the wrong-answer book',
    async (type) => {
      const q = firstOfType(type);
      const p = await renderWith(q);
      await answerByTapping(p, q, false);
      expect(textOf(p.querySelector('#feedback-title'))).toContain('回答错误');
      expect(textOf(p.querySelector('#feedback'))).toContain('正确答案');
      expect(textOf(p.querySelector('#explanation'))).toBe(q.explanation.zh);
      expect(textOf(p.querySelector('#book-note'))).toContain('已加入错题本');
      expect(savedProgress(fake).wrongBook.entries[q.id]).toMatchObject({ mistakes: 1 });
    },
  );

  it('gives partial credit for some right options and no wrong one, saying so', async () => {
    const q = firstOfType('multiple');
    const p = await renderWith(q);
    await tap(p, `#choice-${q.answer[0]}`);
    await tapVant(p, '#submit');
    expect(textOf(p.querySelector('#feedback-title'))).toContain('部分正确');
    expect(textOf(p.querySelector('#feedback-title'))).toContain('0.5');
    expect(textOf(p.querySelector('#rule'))).toContain('0.5');
  });

  it('orders by tapping: a tapped step gets its number, tapping it again takes it back', async () => {
    const q = firstOfType('order');
    const p = await renderWith(q);
    await tap(p, '#choice-0');
    await tap(p, '#choice-1');
    expect(textOf(p.querySelector('#choice-0 .choice__mark'))).toBe('1');
    expect(textOf(p.querySelector('#choice-1 .choice__mark'))).toBe('2');
    await tap(p, '#choice-0');
    expect(textOf(p.querySelector('#choice-1 .choice__mark'))).toBe('1');
    expect(textOf(p.querySelector('#choice-0 .choice__mark'))).toBe('');
    // Not every step placed yet: Submit does nothing.
    await tapVant(p, '#submit');
    expect(p.querySelector('#feedback')).toBeUndefined();
    await tapVant(p, '#clear-order');
    expect((p.data as { picked: number[] }).picked).toEqual([]);
  });

  it('links the feedback to the lesson section that teaches it', async () => {
    const q = firstOfType('single');
    const p = await renderWith(q);
    await answerByTapping(p, q, false);
    await tap(p, '#open-lesson');
    expect(fake.navigations).toContainEqual({
      kind: 'navigateTo',
      url: `/pages/lesson/index?id=${encodeURIComponent(q.lessonId)}&section=${encodeURIComponent(q.sectionId)}`,
    });
  });

  it('speaks English when the learner chose it, and switches when the language changes', async () => {
    const q = firstOfType('single');
    const p = await renderWith(q, 'en');
    expect(textOf(p.querySelector('#prompt'))).toBe(q.prompt.en);
    expect(textOf(p.querySelector('#rule'))).toContain('Single choice');
    await answerByTapping(p, q, true);
    expect(textOf(p.querySelector('#feedback-title'))).toContain('Correct');
    expect(textOf(p.querySelector('#explanation'))).toBe(q.explanation.en);
    // The learner switches to Chinese in 我的 and comes back.
    const saved = savedProgress(fake);
    seedProgress(fake, { ...saved, lang: 'zh' });
    forgetLoadedProgress();
    p.instance.onShow?.();
    await new Promise((r) => setTimeout(r, 10));
    expect(textOf(p.querySelector('#prompt'))).toBe(q.prompt.zh);
    expect(textOf(p.querySelector('#feedback-title'))).toContain('回答正确');
  });

  it('shows English question texts with Chinese only as a taught term: English first, the console term in brackets', async () => {
    const taught = QUESTIONS.filter((q) => questionTexts(q).some((x) => hasChinese(x.en)));
    expect(taught.length).toBeGreaterThan(30);
    const ids = taught.map((q) => q.id);
    const made = createRun(taught, { mode: 'retry', questionIds: ids }, ids.length, Date.now());
    if (!made.ok) throw new Error(made.error);
    seedProgress(fake, seededProgress({ lang: 'en', lastResult: summarize(made.run, Date.now()) }));
    const p = await renderPage('pages/quiz/index', { query: { mode: 'retry' } });
    page = p;
    const seen = new Set<string>();
    const found: string[] = [];
    for (let i = 0; i < ids.length; i++) {
      const q = questionOnScreen(p);
      seen.add(q.id);
      await answerByTapping(p, q, false);
      // What the learner reads: the prompt, the choices or the form's labels, the feedback and explanation. A form's
      // values are the simulated learner's own data (a name typed in Chinese), not the interface's text.
      let shown = textOf(p.dom as Element);
      if (q.type === 'mistake') {
        q.fields.forEach((field, n) => {
          shown = shown.split(textOf(p.querySelector(`#field-${n}`))).join(field.label.en);
          shown = shown.split(`${field.label.en}: ${field.value}`).join(field.label.en);
        });
      }
      expect(shown).toContain(q.explanation.en);
      for (const line of untaughtChinese([shown], [], 'englishFirst')) found.push(`${q.id}: ${line}`);
      if (i < ids.length - 1) await tapVant(p, '#next');
    }
    expect(seen.size).toBe(ids.length);
    expect(found).toEqual([]);
  });

  it('runs a whole lesson quiz to the result page and records the score', async () => {
    const lesson = LESSONS.find((l) => QUESTIONS.filter((q) => q.lessonId === l.id).length >= 2);
    if (!lesson) throw new Error('no lesson with questions');
    const count = QUESTIONS.filter((q) => q.lessonId === lesson.id).length;
    page = await renderPage('pages/quiz/index', { query: { mode: 'lesson', id: lesson.id } });
    const p = page;
    expect(textOf(p.querySelector('#count'))).toBe(`1 / ${count}`);
    for (let i = 0; i < count; i++) {
      const q = questionOnScreen(p);
      await answerByTapping(p, q, i !== 0);
      await tapVant(p, '#next');
    }
    expect(fake.navigations).toContainEqual({ kind: 'redirectTo', url: '/pages/quiz/result/index' });
    const saved = savedProgress(fake);
    expect(saved.activeRun).toBeUndefined();
    expect(saved.lastResult).toMatchObject({ mode: 'lesson', target: lesson.id, total: count, correct: count - 1 });
    expect(saved.scores[`lesson:${lesson.id}`].attempts).toBe(1);
    expect(t(lesson.title, 'zh').length).toBeGreaterThan(0);
  });

  it('resumes an unfinished quiz after a restart, at the same question', async () => {
    const lesson = LESSONS.find((l) => QUESTIONS.filter((q) => q.lessonId === l.id).length >= 2);
    if (!lesson) throw new Error('no lesson with questions');
    page = await renderPage('pages/quiz/index', { query: { mode: 'lesson', id: lesson.id } });
    const first = questionOnScreen(page);
    await answerByTapping(page, first, true);
    await tapVant(page, '#next');
    const second = questionOnScreen(page);
    page.detach();
    forgetLoadedProgress();
    page = await renderPage('pages/quiz/index', { query: { mode: 'lesson', id: lesson.id } });
    expect(questionOnScreen(page).id).toBe(second.id);
    expect(textOf(page.querySelector('#count'))).toBe(
      `2 / ${QUESTIONS.filter((q) => q.lessonId === lesson.id).length}`,
    );
  });

  it('"continue" resumes whatever quiz is active; starting another kind of quiz starts afresh', async () => {
    const lesson = LESSONS.find((l) => QUESTIONS.filter((q) => q.lessonId === l.id).length >= 2);
    if (!lesson) throw new Error('no lesson with questions');
    page = await renderPage('pages/quiz/index', { query: { mode: 'lesson', id: lesson.id } });
    const first = questionOnScreen(page);
    page.detach();
    page = await renderPage('pages/quiz/index', { query: { mode: 'resume' } });
    expect(questionOnScreen(page).id).toBe(first.id);
    expect(textOf(page.querySelector('.head__mode'))).toBe('课程测验');
    page.detach();
    page = await renderPage('pages/quiz/index', { query: { mode: 'mixed' } });
    expect(textOf(page.querySelector('.head__mode'))).toBe('随机练习');
    expect(savedProgress(fake).activeRun?.mode).toBe('mixed');
  });

  it('an exam shows a clock and no feedback, and hands in after a confirmation', async () => {
    page = await renderPage('pages/quiz/index', { query: { mode: 'exam' } });
    const p = page;
    expect(textOf(p.querySelector('#clock'))).toMatch(/剩余时间 (20:00|19:59)/);
    const q = questionOnScreen(p);
    await answerByTapping(p, q, true);
    expect(p.querySelector('#feedback')).toBeUndefined();
    expect(textOf(p.querySelector('#count'))).toBe('2 / 20');
    await tapVant(p, '#hand-in');
    expect(fake.modals).toHaveLength(1);
    expect(fake.navigations).toContainEqual({ kind: 'redirectTo', url: '/pages/quiz/result/index' });
    const saved = savedProgress(fake);
    expect(saved.exams).toHaveLength(1);
    expect(saved.exams[0]).toMatchObject({ total: 20, passed: false });
    expect(saved.lastResult?.answered).toBe(1);
  });

  it('says so when there is nothing to quiz', async () => {
    page = await renderPage('pages/quiz/index', { query: { mode: 'review' } });
    expect(textOf(page.querySelector('#empty'))).toContain('这里还没有可做的题目');
  });
});

describe('quiz page: one setData habit', () => {
  it('a tap on an option sends only what changed: the picks, the rows and the submit state, never the texts', async () => {
    const q = firstOfType('multiple');
    const p = await renderWith(q);
    const calls = recordSetData(p);
    await tap(p, `#choice-${q.answer[0]}`);
    const keys = calls.flatMap((c) => Object.keys(c)).sort();
    expect(keys).toEqual(['canSubmit', 'choices', 'picked']);
    expect(textOf(p.querySelector(`#choice-${q.answer[0]}`))).toContain(q.options[q.answer[0]].zh);

    // A second option: submit was already possible, so only the picks and the rows change.
    calls.splice(0);
    await tap(p, `#choice-${q.answer[1]}`);
    expect(calls.flatMap((c) => Object.keys(c)).sort()).toEqual(['choices', 'picked']);
  });

  it('answering sends the verdict but not the text table; a language change sends the texts once', async () => {
    const q = firstOfType('single');
    const p = await renderWith(q);
    const calls = recordSetData(p);
    await answerByTapping(p, q, true);
    const keys = calls.flatMap((c) => Object.keys(c));
    expect(keys).not.toContain('s');
    expect(keys).toEqual(expect.arrayContaining(['answered', 'feedback']));
    expect(keys.length).toBeLessThanOrEqual(12);

    calls.splice(0);
    const progress = savedProgress(fake);
    seedProgress(fake, { ...progress, lang: 'en' });
    forgetLoadedProgress();
    p.instance.onShow?.();
    await settle();
    expect(calls.filter((c) => 's' in c)).toHaveLength(1);
    expect(textOf(p.querySelector('#next'))).toBe('See the result');
    calls.splice(0);
    p.instance.onShow?.();
    await settle();
    expect(calls).toEqual([]);
  });
});
