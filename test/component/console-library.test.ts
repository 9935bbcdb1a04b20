import { MISSION_LIBRARY_KEY } from '../../miniprogram/core/missions/library';
import { base64urlDecode, base64urlEncode } from '../../miniprogram/console/missions/codec';
import { encodeMission, MISSIONS, type Mission } from '../../miniprogram/console/missions/index';
import { renderPage } from '../helpers/render';
import type { RenderedPage } from '../helpers/render';
import { find, tap, tapVant, text, typeInto } from '../helpers/dom';
import { fake } from '../helpers/environment';
import { seedProgress, seededProgress } from '../helpers/quiz';

jest.setTimeout(30000);

const teacherMission: Mission = {
  ...(MISSIONS.find((m) => m.id === 'first-release') as Mission),
  id: 'teacher-release',
  title: { zh: '老师的发布任务', en: "The teacher's release mission" },
};
const GOOD = encodeMission(teacherMission);

/** A code whose bytes were changed after it was made (one byte in the packed body). */
function tampered(code: string): string {
  const bytes = base64urlDecode(code) as number[];
  bytes[20] ^= 0x01;
  return base64urlEncode(bytes);
}

async function importTyped(p: RenderedPage, code: string): Promise<string> {
  await typeInto(p, '#f-code', code);
  await tapVant(p, '#import-button');
  return text(p, '#import-outcome');
}

describe('mission codes page', () => {
  it('a bad, truncated, tampered, foreign or oversized code shows its message in words and changes nothing', async () => {
    const p = await renderPage('console/library/index');
    expect(text(p, '#mine-empty')).toContain('还没有自己的任务');
    const cases: [string, string][] = [
      ['', '请先粘贴或扫描任务码。'],
      ['这不是任务码!!', '任务码里有不该出现的字符：请完整复制，不要加空格或换行。'],
      [GOOD.slice(0, GOOD.length - 12), '任务码不完整或被改动过：请重新复制或扫描完整的任务码。'],
      [tampered(GOOD), '任务码不完整或被改动过：请重新复制或扫描完整的任务码。'],
      [base64urlEncode([0x50, 0x4b, 3, 4, 20, 0, 0, 0, 8, 0]), '这不是注册实训营的任务码。'],
      [base64urlEncode([0x52, 0x4c, 9, 0, 0, 0, 0, 1, 2, 3]), '这个任务码来自更新版本的小程序：请先更新。'],
      [
        encodeMission({ ...MISSIONS[0], title: { zh: '假的', en: 'Fake' } }),
        `任务码使用了内置任务的编号 ${MISSIONS[0].id}，但内容不同：无法导入。`,
      ],
      ['A'.repeat(3000), '这段任务码太长了，不是本小程序生成的任务码。'],
    ];
    for (const [code, message] of cases) {
      expect(await importTyped(p, code)).toBe(message);
      expect(find(p, '#import-outcome')?.dom?.className).toContain('lb-error');
      expect(fake.storage.has(MISSION_LIBRARY_KEY)).toBe(false);
      expect(find(p, '#own-teacher-release')).toBeUndefined();
    }
    // The code the learner typed stays, so they can see and fix it.
    expect((p.instance.data as unknown as { code: string }).code).toBe('A'.repeat(3000));
  });

  it('says it in English when English is chosen', async () => {
    seedProgress(fake, seededProgress({ lang: 'en' }));
    const p = await renderPage('console/library/index');
    expect(text(p, '#import')).toContain('Import a mission code');
    const cases: [string, string][] = [
      ['', 'Paste or scan a mission code first.'],
      [
        '这不是任务码!!',
        'The mission code has characters it should not have: copy it whole, without spaces or line breaks.',
      ],
      [GOOD.slice(0, 30), 'The mission code is incomplete or was changed: copy or scan the whole code again.'],
      [tampered(GOOD), 'The mission code is incomplete or was changed: copy or scan the whole code again.'],
      [base64urlEncode([0x50, 0x4b, 3, 4, 20, 0, 0, 0, 8, 0]), 'This is not a RegLab mission code.'],
      ['A'.repeat(3000), 'This mission code is too long: it was not made by this app.'],
      [
        base64urlEncode([0x52, 0x4c, 9, 0, 0, 0, 0, 1, 2, 3]),
        'This mission code comes from a newer version of the app: update first.',
      ],
      [
        encodeMission({ ...MISSIONS[0], title: { zh: '假的', en: 'Fake' } }),
        `The code uses the built-in mission id ${MISSIONS[0].id} with different content: it cannot be imported.`,
      ],
    ];
    for (const [code, message] of cases) {
      expect(await importTyped(p, code)).toBe(message);
      expect(find(p, '#import-outcome')?.dom?.className).toContain('lb-error');
    }
    expect(fake.storage.has(MISSION_LIBRARY_KEY)).toBe(false);
    expect(await importTyped(p, GOOD)).toBe(
      'Imported "The teacher\'s release mission": it is under "My missions" on the mission map.',
    );
  });

  it('a good code joins "我的任务" on this page and on the mission map, playable and removable', async () => {
    const p = await renderPage('console/library/index');
    expect(await importTyped(p, GOOD)).toBe('已导入“老师的发布任务”：它在任务地图的“我的任务”里。');
    expect(text(p, '#own-teacher-release')).toContain('老师的发布任务');
    expect(text(p, '#own-teacher-release')).toContain('导入 · 参考 3 步');
    expect(fake.storage.has(MISSION_LIBRARY_KEY)).toBe(true);

    const lab = await renderPage('pages/lab/index');
    expect(text(lab, '#stage-mine')).toContain('我的任务');
    expect(text(lab, '#mission-teacher-release')).toContain('老师的发布任务');
    await tap(lab, '#mission-teacher-release');
    expect(fake.navigations.pop()?.url).toBe('/console/home/index?mission=teacher-release');
    lab.detach();

    // Played like a built-in: the console opens it with its checklist.
    const home = await renderPage('console/home/index', { query: { mission: 'teacher-release' } });
    expect(text(home, '#toolbar', '#mission', '#mission-title')).toBe('老师的发布任务');
    home.detach();

    fake.modalAnswers.push(false);
    await tap(p, '#remove-teacher-release');
    expect(fake.modals.pop()?.title).toBe('删除这个任务？');
    expect(find(p, '#own-teacher-release')).toBeDefined();
    await tap(p, '#remove-teacher-release');
    expect(find(p, '#own-teacher-release')).toBeUndefined();
    expect(text(p, '#mine-empty')).toContain('还没有自己的任务');
    const lab2 = await renderPage('pages/lab/index');
    expect(find(lab2, '#stage-mine')).toBeUndefined();
  });

  it('the code of a built-in mission is not imported twice', async () => {
    const p = await renderPage('console/library/index');
    expect(await importTyped(p, encodeMission(MISSIONS[0]))).toBe('“从零到上线”是内置任务，已经在任务地图上了。');
    expect(fake.storage.has(MISSION_LIBRARY_KEY)).toBe(false);
  });

  it('exports any mission: its code shown and copied to the clipboard', async () => {
    const p = await renderPage('console/library/index');
    await tap(p, '#export-every-mistake');
    const code = encodeMission(MISSIONS.find((m) => m.id === 'every-mistake') as Mission);
    expect(text(p, '#exported-code')).toBe(code);
    expect(fake.clipboard).toBe(code);
    expect(text(p, '#exported')).toContain('“踩遍所有坑”的任务码');
    expect(text(p, '#exported-size')).toBe(`${code.length} 个字符 · 已复制到剪贴板`);

    // An own mission too, and `?export=` opens with it shown.
    await importTyped(p, GOOD);
    fake.clipboard = '';
    const q = await renderPage('console/library/index', { query: { export: 'teacher-release' } });
    expect(text(q, '#exported-code')).toBe(GOOD);
    expect(fake.clipboard).toBe(GOOD);
  });
});
