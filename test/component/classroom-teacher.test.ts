import * as fs from 'fs';
import * as path from 'path';
import { decodeAssignment, shareQuery } from '../../miniprogram/console/classroom/index';
import { encodeMission, MISSIONS } from '../../miniprogram/console/missions/index';
import { setLang } from '../../miniprogram/core/progress/actions';
import { readAssignments } from '../../miniprogram/services/classroom';
import { updateProgress } from '../../miniprogram/services/storage';
import { decodeCanvas, ownMission, useClassroomWx } from '../helpers/classroom';
import { find, tap, tapVant, text, typeInto } from '../helpers/dom';
import { fake } from '../helpers/environment';
import { renderPage, settle } from '../helpers/render';
import { MINIPROGRAM_ROOT } from '../helpers/paths';

jest.setTimeout(30000);

const device = useClassroomWx();

const TEACH = 'console/classroom/teach/index';

describe('teacher: create an assignment', () => {
  it('says what is wrong with each field in words, and creates nothing until the form is right', async () => {
    const page = await renderPage(TEACH);
    await typeInto(page, '#due', '2026-02-30 23:59');
    await tapVant(page, '#create');
    expect(text(page, '#error-className')).toBe('请填写班级名称。');
    expect(text(page, '#error-due')).toContain('截止时间须为有效的日期和时间');
    expect(text(page, '#error-missions')).toBe('请至少选择一个任务或加一次测验。');
    await tap(page, '#quiz-exam');
    await typeInto(page, '#quiz-count', '0');
    await typeInto(page, '#quiz-minutes', '500');
    await tapVant(page, '#create');
    expect(text(page, '#error-quiz')).toBe('题目数量须为 1–50 之间的整数。');
    await typeInto(page, '#quiz-count', '5');
    await tapVant(page, '#create');
    expect(text(page, '#error-quiz')).toBe('考试时长须为 1–180 分钟。');
    await typeInto(page, '#seed', 'abc');
    await tapVant(page, '#create');
    expect(text(page, '#error-seed')).toBe('题目种子须为非负整数。');
    expect(find(page, '#created')).toBeUndefined();
    expect(readAssignments('teaching')).toEqual([]);
  });

  it('creates it and hands it out as a share card, a QR code that decodes to it, and a copied text code', async () => {
    const page = await renderPage(TEACH);
    await typeInto(page, '#class-name', '软件2301班');
    await typeInto(page, '#due', '2026-12-20 18:00');
    await tap(page, '#pick-name-rules');
    await tap(page, '#pick-email-rules');
    await tap(page, '#pick-email-rules');
    await tap(page, '#pick-categories');
    expect(text(page, '#missions')).toContain('选择任务（2 个已选）');
    await tap(page, '#quiz-stage');
    await tap(page, '#quiz-stage-release');
    await typeInto(page, '#quiz-count', '6');
    await typeInto(page, '#seed', '777');
    await tapVant(page, '#create');
    await settle(30);
    expect(text(page, '#created-class')).toBe('软件2301班');
    const [stored] = readAssignments('teaching');
    const decoded = decodeAssignment(stored.code, MISSIONS);
    if (!decoded.ok) throw new Error(decoded.message.en);
    expect(decoded.assignment).toEqual({
      className: '软件2301班',
      due: '2026-12-20 18:00',
      seed: 777,
      missions: [{ builtIn: 'name-rules' }, { builtIn: 'categories' }],
      quiz: { mode: 'stage', stage: 'release', count: 6 },
    });
    // The share card: the menu is on, and the card opens the join page with the compact assignment.
    expect(device().shareMenus).toHaveLength(1);
    const card = (
      page.instance as unknown as { onShareAppMessage(): { title: string; path: string } }
    ).onShareAppMessage();
    expect(card.path).toBe(`/${shareQuery(decoded.assignment)}`);
    expect(card.path.length).toBeLessThan(1024);
    expect(card.title).toContain('软件2301班');
    // The button is WeChat's share button (the simulator does not render attributes: read the template).
    expect(text(page, '#share')).toBe('发到班级群（分享卡片）');
    expect(fs.readFileSync(path.join(MINIPROGRAM_ROOT, TEACH + '.wxml'), 'utf8')).toMatch(
      /<button id="share"[^>]*open-type="share"/,
    );
    // The QR code drawn on the canvas decodes (jsQR) back to the same assignment.
    const scanned = decodeCanvas(device(), 'assignment-qr');
    expect(scanned).toBe(shareQuery(decoded.assignment));
    expect(find(page, '#qr-error')).toBeUndefined();
    // The text code.
    expect(text(page, '#code-text')).toBe(stored.code);
    await tapVant(page, '#copy-code');
    expect(fake.clipboard).toBe(stored.code);
    expect(fake.toasts.map((t) => t.title)).toContain('已复制');
    await tapVant(page, '#collect');
    expect(fake.navigations.pop()).toEqual({
      kind: 'navigateTo',
      url: `/console/classroom/roster/index?id=${decoded.id}`,
    });
  });

  it('speaks English when the learner chose it, and reopens a created assignment by its id', async () => {
    updateProgress((p) => setLang(p, 'en'));
    const page = await renderPage(TEACH);
    await tapVant(page, '#create');
    expect(text(page, '#error-className')).toBe('Enter the class name.');
    await typeInto(page, '#class-name', 'Class A');
    await tap(page, '#quiz-mixed');
    await tapVant(page, '#create');
    await settle(30);
    const [stored] = readAssignments('teaching');
    const again = await renderPage(TEACH, { query: { id: stored.id } });
    await settle(30);
    expect(text(again, '#created-class')).toBe('Class A');
    expect(text(again, '#share')).toBe('Send to the class group (share card)');
  });

  it('adds a teacher-built mission by its code, says why a code cannot be added, and embeds it in the assignment', async () => {
    const own = ownMission();
    const code = encodeMission(own);
    const page = await renderPage(TEACH);
    await typeInto(page, '#class-name', '软件2301班');
    await typeInto(page, '#mission-code', 'not a code');
    await tapVant(page, '#mission-code-add');
    expect(text(page, '#error-mission-code')).not.toBe('');
    await typeInto(page, '#mission-code', code);
    await tapVant(page, '#mission-code-add');
    expect(find(page, '#error-mission-code')).toBeUndefined();
    expect(text(page, '#custom-0')).toContain('我的名称练习');
    await typeInto(page, '#mission-code', code);
    await tapVant(page, '#mission-code-add');
    expect(text(page, '#error-mission-code')).toBe('“我的名称练习”已经加入了。');
    expect(text(page, '#missions')).toContain('选择任务（1 个已选）');
    await tapVant(page, '#create');
    await settle(30);
    const [stored] = readAssignments('teaching');
    const decoded = decodeAssignment(stored.code, MISSIONS);
    expect(decoded.ok && decoded.assignment.missions).toEqual([{ code }]);
    expect(decoded.ok && decoded.missions.map((m) => m.id)).toEqual(['my-name-check']);
  });
});
