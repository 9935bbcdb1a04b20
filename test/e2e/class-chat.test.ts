import type MiniProgram from 'miniprogram-automator/out/MiniProgram';
import type Page from 'miniprogram-automator/out/Page';
import { all, el, exists, tap, text, waitFor, waitForPage, waitForText } from './helpers/app';
import { typeInto } from './helpers/console';
import { answerAll } from './helpers/quiz';
import { useGroup, type Phone } from './helpers/chat';

// A class in one WeChat group: a teacher and three students, each on their own phone (endpoint), sharing the
// simulated chat. The teacher creates an assignment and shares its card; the students open it from the group
// (scene 1044), each does a mission and the quiz; two hand in by file, one by QR code; the teacher imports the files
// and scans the code, the roster shows exactly their results, and the exported CSV reads back the same.
const group = useGroup(['teacher', 'student-1', 'student-2', 'student-3']);

const ROUTES = {
  join: 'console/classroom/join/index',
  teach: 'console/classroom/teach/index',
  roster: 'console/classroom/roster/index',
  handin: 'console/classroom/handin/index',
  quiz: 'pages/quiz/index',
};

const MISSION = 'approved-not-published';
const CLASS = '软件2301班';

/** Answers the privacy notice WeChat's check shows before a privacy API's first call (the page's privacy-sheet). */
async function agreePrivacy(page: Page): Promise<void> {
  const sheet = await el(page, '#privacy');
  const agree = await waitFor(() => sheet.$('#agree-btn'), 'the privacy notice');
  await agree.tap();
}

async function reLaunch(mp: MiniProgram, route: string): Promise<Page> {
  await mp.callWxMethod('reLaunch', { url: `/${route}` });
  return waitForPage(mp, route);
}

it('the teacher creates the assignment and shares it into the group as a card', async () => {
  const { mp } = group().phone('teacher');
  const teach = await reLaunch(mp, ROUTES.teach);
  await typeInto(teach, '#class-name', CLASS);
  await typeInto(teach, '#due', '2030-12-20 18:00');
  await tap(teach, `#pick-${MISSION}`);
  await tap(teach, '#quiz-mixed');
  await typeInto(teach, '#quiz-count', '3');
  await typeInto(teach, '#seed', '777');
  await tap(teach, '#create');
  await waitForText(teach, '#created-class', (t) => t === CLASS, 'the created assignment');

  await tap(teach, '#share');
  const card = group().chat.cards().pop();
  const code = await text(teach, '#code-text');
  expect(card).toMatchObject({ from: 'teacher', path: `/${ROUTES.join}?a=${code}` });
  expect(card!.title).toContain(CLASS);
  // The QR code on the projector carries the same link.
  expect(await group().chat.project(group().phone('teacher').server, '#assignment-qr')).toBe(`${ROUTES.join}?a=${code}`);
});

const STUDENTS = [
  { phone: 'student-1', name: '张三', number: '20230001', handIn: 'file' },
  { phone: 'student-2', name: '李四', number: '20230002', handIn: 'file' },
  { phone: 'student-3', name: '王五', number: '20230003', handIn: 'qr' },
] as const;

/** What each student's phone showed for their own work (the roster must show the same). */
const seen: Record<string, { mission: string; quiz: string }> = {};

/** A student opens the card from the group, says who they are, solves the mission and takes the quiz. */
async function doTheWork(s: Phone, who: (typeof STUDENTS)[number]): Promise<Page> {
  const card = group().chat.cards().pop()!;
  await group().chat.openCard(s.server, card, { scene: 1044 });
  const join = await waitForPage(s.mp, ROUTES.join);
  expect(await text(join, '#assignment-class')).toBe(CLASS);
  expect(await text(join, '#join-scene')).toBe('从群聊中的作业卡片打开');
  expect(await text(join, '#student-why')).not.toBe('');
  await typeInto(join, '#student-name', who.name);
  await typeInto(join, '#student-number', who.number);
  await tap(join, '#student-save');
  expect(await text(join, '#student-who')).toBe(`${who.name} · ${who.number}`);

  // The mission: 1.0.0 passed review but is not online; publish it (the console asks before publishing: agree).
  await s.mp.mockWxMethod('showModal', { confirm: true, cancel: false });
  await tap(join, `#mission-${MISSION}`);
  const home = await waitForPage(s.mp, 'console/home/index');
  await tap(home, '#row-release');
  const versions = await waitForPage(s.mp, 'console/versions/index');
  await tap(versions, '#publish');
  await tap(versions, '#percent-100');
  await tap(versions, '#publish-confirm');
  expect(await text(await el(await el(versions, '#toolbar'), '#mission'), '#mission-status')).toBe('任务完成！');
  await s.mp.restoreWxMethod('showModal');
  await s.mp.callWxMethod('navigateBack', { delta: 2 });
  const back = await waitForPage(s.mp, ROUTES.join);
  const mission = await text(back, `#mission-${MISSION} .mission-status`);
  expect(mission).toBe('已完成');

  // The quiz, with the assignment's seed.
  await tap(back, '#quiz-start');
  await waitForPage(s.mp, ROUTES.quiz);
  expect(await answerAll(s.mp)).toHaveLength(3);
  await waitForPage(s.mp, 'pages/quiz/result/index');
  await s.mp.callWxMethod('navigateBack', { delta: 1 });
  const joined = await waitForPage(s.mp, ROUTES.join);
  seen[who.phone] = { mission, quiz: await text(joined, '#quiz-score') };
  return joined;
}

it('each student opens the card from the group (scene 1044), does the mission and the quiz, and hands in', async () => {
  for (const who of STUDENTS) {
    const s = group().phone(who.phone);
    const join = await doTheWork(s, who);
    console.log(seen[who.phone], await text(join, '#assignment-left'));
    await tap(join, '#handin');
    const handin = await waitForPage(s.mp, ROUTES.handin);
    console.log(await text(handin, '#handin-summary'));
    if (who.handIn === 'file') {
      await tap(handin, '#handin-file');
      console.log(group().chat.files().map((f) => [f.from, f.name, f.size]));
    } else {
      await tap(handin, '#handin-qr');
      await el(handin, '#result-qr');
      console.log(await group().chat.project(s.server, '#result-qr'));
    }
  }
});
