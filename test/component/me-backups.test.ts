/**
 * 我的 → 数据备份 (issue 14, item 3): unreadable progress is salvaged record by record (the language survives), the
 * original is backed up and named, and the learner can restore or delete each backup, progress and console alike.
 */
import { LESSONS } from '../../miniprogram/content/index';
import { createWorld } from '../../miniprogram/console/engine/index';
import { SCHEMA_VERSION } from '../../miniprogram/console/engine/index';
import { markSectionSeen } from '../../miniprogram/core/progress/actions';
import { PROGRESS_KEY, initialProgress } from '../../miniprogram/core/progress/model';
import type { Progress } from '../../miniprogram/core/progress/model';
import { encode } from '../../miniprogram/core/storage/envelope';
import { CONSOLE_KEY, loadWorld } from '../../miniprogram/console/services/session';
import { renderPage, textOf } from '../helpers/render';
import type { RenderedPage } from '../helpers/render';
import { tap } from '../helpers/dom';
import { fake } from '../helpers/environment';
import { savedProgress } from '../helpers/quiz';

let page: RenderedPage | undefined;

afterEach(() => {
  page = undefined;
});

const NOW = Date.now();

/** An English learner who finished every lesson and has one score, with one malformed exam record. */
function englishLearnerWithBadExam(): { progress: Progress; raw: string } {
  let progress: Progress = { ...initialProgress('en'), theme: 'dark' };
  for (const lesson of LESSONS) {
    for (const section of lesson.sections) progress = markSectionSeen(progress, lesson, section.id, NOW);
  }
  // Saved by schema 2, whose scores were whole percents: they come back as points of 100 (migrateV2toV3).
  const scoresV2 = { 'mixed:': { best: 90, last: 80, attempts: 2, lastAt: NOW } };
  const best = { points: 90, total: 100 };
  progress = {
    ...progress,
    scores: { 'mixed:': { best, last: { points: 80, total: 100 }, attempts: 2, lastAt: NOW } },
  };
  const data = { ...progress, scores: scoresV2, exams: [{ at: NOW, percent: 'ninety' }] };
  return { progress, raw: JSON.stringify({ schema: 2, data }) };
}

function backupKeys(): string[] {
  return [...fake.storage.keys()].filter((k) => k.includes('.backup.')).sort();
}

describe('我的: data backups', () => {
  it('keeps every readable record and the language when one exam record is malformed, and names it', async () => {
    const { progress, raw } = englishLearnerWithBadExam();
    fake.storage.set(PROGRESS_KEY, raw);
    page = await renderPage('pages/me/index');
    // Told in English, because the language survived.
    expect(fake.modals).toHaveLength(1);
    expect(fake.modals[0].title).toBe('Progress could not be read');
    expect(fake.modals[0].content).toContain('exams[0]');
    expect(fake.modals[0].content).toContain('everything else was kept');
    expect(textOf(page.querySelector('.rl-title'))).toBe('Me');
    expect(textOf(page.querySelector('#stats'))).toContain(`${LESSONS.length} / ${LESSONS.length}`);
    const saved = savedProgress(fake);
    expect(saved.lessons).toEqual(progress.lessons);
    expect(saved.scores).toEqual(progress.scores);
    expect(saved.theme).toBe('dark');
    expect(saved.exams).toEqual([]);
    // The original is backed up, listed, and untouched by later saves.
    const [backup] = backupKeys();
    expect(fake.storage.get(backup)).toBe(raw);
    const listed = textOf(page.querySelector('#backups'));
    expect(listed).toContain('Progress');
    expect(listed).toContain(backup);
    await tap(page, '#lang-zh');
    expect(fake.storage.get(backup)).toBe(raw);
    expect(textOf(page.querySelector('#backups'))).toContain('学习进度');
  });

  it('restores a progress backup after confirming, backing up the current progress first', async () => {
    const { raw } = englishLearnerWithBadExam();
    fake.storage.set(`${PROGRESS_KEY}.backup.1700000000000`, raw);
    fake.storage.set(PROGRESS_KEY, encode(initialProgress('zh'), { version: 2 }));
    page = await renderPage('pages/me/index');
    expect(textOf(page.querySelector('#stats'))).toContain(`0 / ${LESSONS.length}`);
    fake.modalAnswers.push(true);
    await tap(page, '#backup-restore-0');
    await new Promise((r) => setTimeout(r, 0));
    expect(fake.modals[0].title).toBe('恢复这份备份？');
    expect(fake.modals[0].content).toContain('学习进度');
    // What could not be read is named.
    expect(fake.modals[1].content).toContain('exams[0]');
    expect(savedProgress(fake).lang).toBe('en');
    expect(textOf(page.querySelector('.rl-title'))).toBe('Me');
    expect(textOf(page.querySelector('#stats'))).toContain(`${LESSONS.length} / ${LESSONS.length}`);
    // The progress that was there is a backup now; the restored backup is kept.
    expect(backupKeys()).toHaveLength(2);
    expect(fake.storage.get(`${PROGRESS_KEY}.backup.1700000000000`)).toBe(raw);
  });

  it('deletes a backup only after confirming', async () => {
    fake.storage.set(`${PROGRESS_KEY}.backup.1700000000000`, '{"schema":2,"data":');
    page = await renderPage('pages/me/index');
    fake.modalAnswers.push(false);
    await tap(page, '#backup-delete-0');
    await new Promise((r) => setTimeout(r, 0));
    expect(backupKeys()).toHaveLength(1);
    fake.modalAnswers.push(true);
    await tap(page, '#backup-delete-0');
    await new Promise((r) => setTimeout(r, 0));
    expect(backupKeys()).toHaveLength(0);
    expect(page.querySelector('#backups')).toBeFalsy();
    expect(fake.toasts.map((t) => t.title)).toContain('备份已删除');
  });

  it('lists console backups too, restores one into the sandbox, and explains one it cannot read', async () => {
    const world = createWorld({ seed: 7 });
    const good = encode({ world, smsSeen: 0 }, { version: SCHEMA_VERSION });
    fake.storage.set(`${CONSOLE_KEY}.backup.1700000000000`, good);
    fake.storage.set(`${CONSOLE_KEY}.backup.1700000000001`, JSON.stringify({ schema: 99, data: { world: 5 } }));
    page = await renderPage('pages/me/index');
    const listed = textOf(page.querySelector('#backups'));
    expect(listed).toContain('实操沙盒');
    // Newest first: the unreadable one.
    fake.modalAnswers.push(true);
    await tap(page, '#backup-restore-0');
    await new Promise((r) => setTimeout(r, 0));
    expect(fake.modals[1].title).toBe('未能恢复');
    expect(fake.modals[1].content).toContain('没有这个版本能读取的内容');
    expect(fake.storage.has(CONSOLE_KEY)).toBe(false);
    fake.modalAnswers.push(true);
    await tap(page, '#backup-restore-1');
    await new Promise((r) => setTimeout(r, 0));
    expect(loadWorld()?.sampleSeed).toBe(world.sampleSeed);
    expect(fake.toasts.map((t) => t.title)).toContain('已恢复');
  });
});
