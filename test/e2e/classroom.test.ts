import { decodeAssignment, readResultCode } from '../../miniprogram/console/classroom/index';
import { MISSIONS } from '../../miniprogram/console/missions/index';
import { useApp, freshStart, openTab, tap, text, waitForPage, waitForText } from './helpers/app';
import { typeInto } from './helpers/console';

// The classroom on one runtime, by tapping and typing: 我的 → 课堂 → a teacher creates an assignment; its share card
// path opens the student's page; the student hands in a result QR code; the teacher scans it into the roster.
// (The multi-phone run through the simulated chat is the chat simulation's e2e.)
const app = useApp();

// One long journey through four pages and two reLaunches: more than the suite's 30 s default on a loaded machine.
jest.setTimeout(120000);

const ROUTES = {
  me: 'pages/me/index',
  join: 'console/classroom/join/index',
  teach: 'console/classroom/teach/index',
  roster: 'console/classroom/roster/index',
  handin: 'console/classroom/handin/index',
};

it('creates an assignment, opens it from its card, hands in a result QR code and scans it into the roster', async () => {
  const mp = app().mp;
  await freshStart(mp);
  const me = await openTab(mp, ROUTES.me);
  await tap(me, '#classroom');
  const entry = await waitForPage(mp, ROUTES.join);
  await tap(entry, '#teacher-new');
  const teach = await waitForPage(mp, ROUTES.teach);
  await tap(teach, '#create');
  expect(await text(teach, '#error-className')).toBe('请填写班级名称。');
  await typeInto(teach, '#class-name', '软件2301班');
  await tap(teach, '#pick-name-rules');
  await tap(teach, '#quiz-mixed');
  await tap(teach, '#create');
  expect(await text(teach, '#created-class')).toBe('软件2301班');
  const card = (await teach.callMethod('onShareAppMessage')) as { title: string; path: string };
  expect(card.path.startsWith(`/${ROUTES.join}?a=`)).toBe(true);
  expect(card.path.length).toBeLessThan(1024);
  const decoded = decodeAssignment(card.path, MISSIONS);
  if (!decoded.ok) throw new Error(decoded.message.en);
  expect(await text(teach, '#code-text')).toBe(card.path.slice(card.path.indexOf('?a=') + 3));

  // A student opens the card.
  await mp.reLaunch(card.path);
  const join = await waitForPage(mp, ROUTES.join);
  expect(await text(join, '#assignment-class')).toBe('软件2301班');
  expect(await text(join, '#assignment-left')).toBe('还剩 2 项未完成');
  await typeInto(join, '#student-name', '张三');
  await typeInto(join, '#student-number', '2023001');
  await tap(join, '#student-save');
  await waitForText(join, '#student-who', (t) => t.includes('张三'), 'the saved name');
  await tap(join, '#handin');
  const handin = await waitForPage(mp, ROUTES.handin);
  expect(await text(handin, '#handin-summary')).toBe('张三 · 软件2301班：完成 0/1 个任务 · 测验未完成');
  await tap(handin, '#handin-qr');
  const code = (await text(handin, '#handin-code')).trim();
  const context = { id: decoded.id, className: decoded.assignment.className, missions: decoded.missions };
  const read = readResultCode(code, context);
  expect(read.ok && read.result.student).toEqual({ name: '张三', number: '2023001' });

  // The teacher scans it (the scanner answers once, then the teacher cancels).
  await mp.reLaunch(`/${ROUTES.roster}?id=${decoded.id}`);
  const roster = await waitForPage(mp, ROUTES.roster);
  expect(await text(roster, '#summary')).toBe('已交 0 人（逾期 0），未交 0 人');
  await mp.mockWxMethod(
    'scanCode',
    function (this: { n?: number }, _options: unknown, result: string) {
      this.n = (this.n || 0) + 1;
      if (this.n > 1) throw { errMsg: 'scanCode:fail cancel' };
      return { result, scanType: 'QR_CODE', errMsg: 'scanCode:ok' };
    },
    code,
  );
  try {
    await tap(roster, '#scan-results');
    await waitForText(roster, '#summary', (t) => t.startsWith('已交 1 人'), 'one hand-in');
    expect(await text(roster, '#outcomes')).toContain('QR 1：已收到 张三 的成绩。');
    expect(await text(roster, '#roster')).toContain('2023001 张三');
  } finally {
    await mp.restoreWxMethod('scanCode');
  }
});
