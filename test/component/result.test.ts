import { QUESTIONS } from '../../miniprogram/pages/quiz/bank/index';
import { recordResult } from '../../miniprogram/core/progress/actions';
import { initialProgress } from '../../miniprogram/core/progress/model';
import type { Progress } from '../../miniprogram/core/progress/model';
import { createRun, finishRun, goNext, submitAnswer, summarize } from '../../miniprogram/core/quiz/run';
import type { QuizRun, QuizSpec } from '../../miniprogram/core/quiz/run';
import { expectedResponse } from '../../miniprogram/core/quiz/grading';
import { renderPage, textOf } from '../helpers/render';
import type { RenderedPage } from '../helpers/render';
import { tapVant } from '../helpers/dom';
import { answerByTapping, questionOnScreen, seedProgress } from '../helpers/quiz';
import { fake } from '../helpers/environment';

let page: RenderedPage | undefined;

const NOW = Date.now();

/** A finished run where the first `right` questions were answered right and the rest left unanswered. */
function finished(spec: QuizSpec, right: number): QuizRun {
  const made = createRun(QUESTIONS, spec, 3, NOW);
  if (!made.ok) throw new Error(made.error);
  let run = made.run;
  for (let i = 0; i < right; i++) {
    const q = QUESTIONS.find((x) => x.id === run.items[run.current].questionId);
    if (!q) throw new Error('missing question');
    const r = submitAnswer(run, q, expectedResponse(q), NOW + i);
    if (!r.ok) throw new Error(r.error);
    run = goNext(r.run);
  }
  return finishRun(run, NOW + 90000);
}

function progressWith(run: QuizRun, lang: 'zh' | 'en' = 'zh'): Progress {
  return recordResult({ ...initialProgress(), lang }, summarize(run, NOW + 90000), NOW + 90000);
}

describe('result page', () => {
  it('shows the score, the wrong ones, and retries them', async () => {
    const run = finished({ mode: 'mixed', count: 4 }, 3);
    seedProgress(fake, progressWith(run));
    page = await renderPage('pages/quiz/result/index');
    expect(textOf(page.querySelector('#percent'))).toBe('75%');
    expect(textOf(page.querySelector('#correct'))).toBe('3 / 4');
    const missed = QUESTIONS.find((q) => q.id === run.items[3].questionId);
    expect(textOf(page.querySelector('#wrong-list'))).toContain(missed?.prompt.zh ?? '?');
    expect(textOf(page.querySelector('#retry-wrong'))).toContain('重做错题 (1)');
    await tapVant(page, '#retry-wrong');
    expect(fake.navigations).toEqual([{ kind: 'redirectTo', url: '/pages/quiz/index?mode=retry' }]);
  });

  it('shows an exam as passed or not, with the pass mark and a breakdown by stage', async () => {
    const run = finished({ mode: 'exam' }, 10);
    seedProgress(fake, progressWith(run));
    page = await renderPage('pages/quiz/result/index');
    expect(textOf(page.querySelector('#percent'))).toBe('50%');
    expect(textOf(page.querySelector('#points'))).toBe('得分 10 / 20');
    expect(textOf(page.querySelector('#partial'))).toBe('10 题全对，每题 1 分');
    expect(textOf(page.querySelector('#verdict'))).toBe('未通过：及格线是 80%');
    // A fail is never shown in the pass colour.
    expect(page.querySelector('#percent')?.dom?.className).toMatch(/rl-score--fail/);
    expect(page.querySelector('#percent')?.dom?.className).not.toMatch(/rl-score--pass/);
    const stages = textOf(page.querySelector('#stages'));
    for (const title of ['注册', '小程序信息完善', '开发小程序', '提交审核和发布']) expect(stages).toContain(title);
    // Each stage row reads as a sentence: "注册：5 题答对 x 题，得分 x / 5（x%）".
    expect(textOf(page.querySelector('#stage-register'))).toMatch(
      /^注册：\d+ 题答对 \d+ 题，得分 [\d.]+ \/ \d+（\d+%）$/,
    );
  });

  it('explains partial credit next to the score and colours a pass as a pass', async () => {
    seedProgress(fake, {
      ...initialProgress(),
      lastResult: {
        runId: 'r1',
        mode: 'stage',
        target: 'register',
        total: 4,
        answered: 4,
        correct: 3,
        points: 3.5,
        byStage: [{ stage: 'register', total: 4, correct: 3, points: 3.5 }],
        wrongIds: [],
        durationMs: 60000,
      },
    });
    page = await renderPage('pages/quiz/result/index');
    expect(textOf(page.querySelector('#percent'))).toBe('87%');
    expect(textOf(page.querySelector('#points'))).toBe('得分 3.5 / 4');
    expect(textOf(page.querySelector('#partial'))).toBe('其中 0.5 分来自部分正确的多选题（每题 0.5 分）');
    expect(textOf(page.querySelector('#verdict'))).toContain('通过：达到及格线 80%');
    expect(page.querySelector('#percent')?.dom?.className).toMatch(/rl-score--pass/);
  });

  it('shows 79.6 % as 79 % and not passed when the pass mark is 80 %, in the fail colour', async () => {
    seedProgress(fake, {
      ...initialProgress(),
      lastResult: {
        runId: 'r2',
        mode: 'exam',
        target: '',
        total: 125,
        answered: 125,
        correct: 99,
        points: 99.5,
        byStage: [{ stage: 'register', total: 125, correct: 99, points: 99.5 }],
        wrongIds: [],
        durationMs: 60000,
        passed: false,
        passPercent: 80,
      },
    });
    page = await renderPage('pages/quiz/result/index');
    expect(textOf(page.querySelector('#percent'))).toBe('79%');
    expect(textOf(page.querySelector('#verdict'))).toBe('未通过：及格线是 80%');
    for (const id of ['#percent', '#verdict']) {
      expect(page.querySelector(id)?.dom?.className).toMatch(/rl-score--fail/);
      expect(page.querySelector(id)?.dom?.className).not.toMatch(/rl-score--pass/);
    }
  });

  it('"retry the wrong ones" runs just those questions, answered by tapping', async () => {
    const run = finished({ mode: 'mixed', count: 3 }, 1);
    seedProgress(fake, progressWith(run));
    page = await renderPage('pages/quiz/index', { query: { mode: 'retry' } });
    expect(textOf(page.querySelector('#count'))).toBe('1 / 2');
    const wrongIds = run.items.slice(1).map((i) => i.questionId);
    expect(wrongIds).toContain(questionOnScreen(page).id);
    await answerByTapping(page, questionOnScreen(page), true);
    expect(textOf(page.querySelector('#feedback-title'))).toContain('回答正确');
  });

  it('switches language', async () => {
    const run = finished({ mode: 'mixed', count: 2 }, 2);
    seedProgress(fake, progressWith(run, 'en'));
    page = await renderPage('pages/quiz/result/index');
    expect(textOf(page.querySelector('.rl-title'))).toBe('Result');
    expect(textOf(page.querySelector('#all-right'))).toBe('All right. Well done!');
    expect(page.querySelector('#retry-wrong')).toBeUndefined();
  });
});
