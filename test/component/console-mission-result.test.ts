import { LEARNER_EMAIL } from '../../miniprogram/console/engine/index';
import { missionSaveKey } from '../../miniprogram/core/missions/save';
import type { MissionSave } from '../../miniprogram/core/missions/save';
import { renderPage } from '../helpers/render';
import { text } from '../helpers/dom';
import { fake } from '../helpers/environment';
import { submitAccountAs } from '../helpers/console';

jest.setTimeout(30000);

const MINUTE = 60_000;

/** Solves email-rules as a learner does, the real clock at `start` and the last tap `minutes` later. */
async function solveEmailRules(start: number, minutes: number, fresh: boolean): Promise<void> {
  const clock = jest.spyOn(Date, 'now').mockReturnValue(start);
  const p = await renderPage('console/register/index', {
    query: { mission: 'email-rules', ...(fresh ? { fresh: '1' } : {}) },
  });
  for (const email of ['bound-wechat@example.com', 'taken-oa@example.com', 'taken-mp@example.com']) {
    await submitAccountAs(p, email);
  }
  clock.mockReturnValue(start + minutes * MINUTE);
  await submitAccountAs(p, LEARNER_EMAIL);
  expect(text(p, '#toolbar', '#mission', '#mission-status')).toBe('任务完成！');
  p.detach();
}

describe('mission completion screen', () => {
  afterEach(() => jest.restoreAllMocks());

  it("shows this run's own time beside the best, fixed at the moment of completion", async () => {
    const t0 = Date.UTC(2026, 0, 1);
    await solveEmailRules(t0, 2, false);
    const save = JSON.parse(fake.storage.get(missionSaveKey('email-rules')) as string).data as MissionSave;
    expect(save.completedAt).toBe(t0 + 2 * MINUTE);

    // Opened an hour later, the run still took 2 minutes.
    jest.spyOn(Date, 'now').mockReturnValue(t0 + 60 * MINUTE);
    let result = await renderPage('console/mission/index', { query: { id: 'email-rules' } });
    expect(text(result, '#result-run-time')).toBe('2 分 00 秒');
    expect(text(result, '#result-time')).toBe('2 分 00 秒');
    result.detach();
    jest.restoreAllMocks();

    // A slower second run: its own 5 minutes, the best stays 2.
    await solveEmailRules(t0 + 120 * MINUTE, 5, true);
    result = await renderPage('console/mission/index', { query: { id: 'email-rules' } });
    expect(text(result, '#result-run-time')).toBe('5 分 00 秒');
    expect(text(result, '#result-time')).toBe('2 分 00 秒');
  });
});
