import {
  bestScoreLine,
  bestScoreRow,
  examScoreLine,
  PASS_PERCENT,
  scoreView,
  stageScoreRow,
} from '../../../miniprogram/core/score/view';
import { compareScores, reachesPass, wholePercent } from '../../../miniprogram/core/quiz/score';
import { DEFAULT_EXAM } from '../../../miniprogram/core/quiz/exam';

describe('one score presentation', () => {
  it('takes the pass mark of the exam', () => {
    expect(PASS_PERCENT).toBe(DEFAULT_EXAM.passPercent);
  });

  it('colours a fail as a fail and explains partial credit next to the score', () => {
    const v = scoreView({ points: 7.5, total: 20, correct: 7, passPercent: 80 }, 'zh');
    expect(v.tone).toBe('fail');
    expect(v.percent).toBe('37%');
    expect(v.score).toBe('得分 7.5 / 20');
    expect(v.partial).toBe('其中 0.5 分来自部分正确的多选题（每题 0.5 分）');
    expect(v.verdict).toBe('未通过：及格线是 80%');
    expect(v.line).toBe('得分 7.5 / 20（37%），未通过：及格线是 80%');
  });

  it('passes at the pass mark exactly, and says every point is a whole answer when none is partial', () => {
    const v = scoreView({ points: 16, total: 20, correct: 16 }, 'en');
    expect(v.tone).toBe('pass');
    expect(v.percent).toBe('80%');
    expect(v.score).toBe('Score 16 / 20');
    expect(v.partial).toBe('16 fully right, 1 point each');
    expect(v.verdict).toBe('Passed: at or above the pass mark of 80%');
  });

  it('never shows the pass mark for a fail just below it (rounds down)', () => {
    const v = scoreView({ points: 39.5, total: 50, correct: 39 }, 'zh');
    expect(v.tone).toBe('fail');
    expect(v.percent).toBe('79%');
  });

  it('an empty quiz is not a pass', () => {
    expect(scoreView({ points: 0, total: 0, correct: 0 }, 'zh').tone).toBe('fail');
  });

  it('reads a stage row as a sentence, in both languages', () => {
    const input = { points: 1.5, total: 5, correct: 1 };
    expect(stageScoreRow('注册', input, 'zh')).toEqual({
      tone: 'fail',
      sentence: '注册：5 题答对 1 题，得分 1.5 / 5（30%），含部分正确的 0.5 分',
    });
    expect(stageScoreRow('Register', { points: 5, total: 5, correct: 5 }, 'en')).toEqual({
      tone: 'pass',
      sentence: 'Register: 5 of 5 right, score 5 / 5 (100%)',
    });
  });

  it('states a best score against the pass mark, or that the quiz was not taken', () => {
    expect(bestScoreRow(5, { points: 1.5, total: 5 }, 'zh')).toEqual({
      tone: 'fail',
      sentence: '5 题，最好成绩 30%，未达及格线 80%',
    });
    expect(bestScoreRow(5, { points: 4.5, total: 5 }, 'en')).toEqual({
      tone: 'pass',
      sentence: '5 questions; best score 90%, at or above the pass mark of 80%',
    });
    expect(bestScoreRow(3, null, 'en')).toEqual({ tone: 'none', sentence: '3 questions, not taken yet' });
  });

  it('shows whole percents rounded down, so 2 of 3 is 66% and 79.9% is not the pass mark', () => {
    expect(wholePercent({ points: 2, total: 3 })).toBe(66);
    expect(wholePercent({ points: 79.9, total: 100 })).toBe(79);
    expect(wholePercent({ points: 7, total: 7 })).toBe(100);
    expect(wholePercent({ points: 57, total: 100 })).toBe(57);
    expect(wholePercent({ points: 0, total: 0 })).toBe(0);
  });

  it('decides pass or fail from the exact ratio: 79.6 % is below a pass mark of 80 %, 57 of 100 reaches 57 %', () => {
    expect(reachesPass({ points: 99.5, total: 125 }, 80)).toBe(false);
    expect(reachesPass({ points: 100, total: 125 }, 80)).toBe(true);
    expect(reachesPass({ points: 57, total: 100 }, 57)).toBe(true);
    expect(reachesPass({ points: 0, total: 0 }, 0)).toBe(false);
    const edge = scoreView({ points: 99.5, total: 125, correct: 99 }, 'zh');
    expect(edge).toMatchObject({ tone: 'fail', percent: '79%', verdict: '未通过：及格线是 80%' });
  });

  it('orders scores by their exact ratio, whatever their totals', () => {
    expect(compareScores({ points: 4, total: 5 }, { points: 8, total: 10 })).toBe(0);
    expect(compareScores({ points: 99.5, total: 125 }, { points: 80, total: 100 })).toBeLessThan(0);
    expect(compareScores({ points: 5, total: 5 }, { points: 80, total: 100 })).toBeGreaterThan(0);
  });

  it('states a best score inside a longer line, and nothing when never taken', () => {
    expect(bestScoreLine({ points: 99.5, total: 125 }, 'zh')).toEqual({
      tone: 'fail',
      sentence: '最好成绩 79%，未达及格线 80%',
    });
    expect(bestScoreLine({ points: 80, total: 100 }, 'en')).toEqual({
      tone: 'pass',
      sentence: 'best score 80%, at or above the pass mark of 80%',
    });
    expect(bestScoreLine(null, 'zh')).toEqual({ tone: 'none', sentence: '' });
  });

  it('sums a saved exam in one line', () => {
    const exam = { points: 10.5, total: 20, byStage: [{ correct: 6 }, { correct: 4 }] };
    expect(examScoreLine(exam, 'zh')).toEqual({
      tone: 'fail',
      sentence: '得分 10.5 / 20（52%），未通过：及格线是 80%',
    });
    expect(examScoreLine(undefined, 'en')).toEqual({ tone: 'none', sentence: 'Not taken yet' });
  });
});
