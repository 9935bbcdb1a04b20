import type Page from 'miniprogram-automator/out/Page';
import { all, el, freshStart, openTab, tap, text, waitFor, waitForPage, waitForText } from './helpers/app';
import { typeInto } from './helpers/console';
import { answerAll } from './helpers/quiz';
import { useGroup, type Phone } from './helpers/chat';
import { parseCsv } from '../../miniprogram/console/classroom/csv';

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

const ME = 'pages/me/index';
const MISSION = 'approved-not-published';
const CLASS = '软件2301班';

/** Answers the privacy notice WeChat's check shows before a privacy API's first call (the page's privacy-sheet). */
async function agreePrivacy(page: Page): Promise<void> {
  const sheet = await el(page, '#privacy');
  const agree = await waitFor(() => sheet.$('#agree-btn'), 'the privacy notice');
  await agree.tap();
}

it('the teacher creates the assignment and shares it into the group as a card', async () => {
  const { mp } = group().phone('teacher');
  await freshStart(mp);
  const me = await openTab(mp, ME);
  await tap(me, '#classroom');
  const hub = await waitForPage(mp, ROUTES.join);
  await tap(hub, '#teacher-new');
  const teach = await waitForPage(mp, ROUTES.teach);
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
  expect(await group().chat.project(group().phone('teacher').server, '#assignment-qr')).toBe(
    `${ROUTES.join}?a=${code}`,
  );
}, 60000);

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
    expect(await text(join, '#assignment-left')).toBe('全部完成，可以交作业了');
    await tap(join, '#handin');
    const handin = await waitForPage(s.mp, ROUTES.handin);
    expect(await text(handin, '#handin-summary')).toBe(
      `${who.name} · ${CLASS}：完成 1/1 个任务 · 测验${seen[who.phone].quiz.replace('（第一次完成的成绩计入）', '')}`,
    );
    if (who.handIn === 'file') {
      const before = group().chat.files().length;
      await tap(handin, '#handin-file');
      const sent = group().chat.files();
      expect(sent).toHaveLength(before + 1);
      expect(sent[before]).toMatchObject({ from: who.phone, name: `reglab-${CLASS}-${who.number}-${who.name}.json` });
    } else {
      await tap(handin, '#handin-qr');
      await el(handin, '#result-qr');
      // The result QR code, shown to the teacher's phone: it decodes to the code printed under it.
      expect(await group().chat.project(s.server, '#result-qr')).toBe(await text(handin, '#handin-code'));
    }
  }
}, 120000);

/** The quiz score line a student's phone showed ('得分 2 / 3（66%），通过：达到及格线 60%'), as the roster shows it. */
function quizLine(phone: string): string {
  const line = seen[phone].quiz.replace('（第一次完成的成绩计入）', '');
  if (!/\d+%/.test(line)) throw new Error(`no quiz score was shown on ${phone}: ${seen[phone].quiz}`);
  return line;
}

/** The percent and verdict of that line, as the CSV's two quiz columns word them ('66', '通过'). */
function quizCells(phone: string): string[] {
  const line = quizLine(phone);
  return [(/（(\d+)%）/.exec(line) as RegExpExecArray)[1], line.includes('未通过') ? '未通过' : '通过'];
}

it('the teacher imports the files and scans the code; the roster shows exactly their results; the CSV reads back the same', async () => {
  const { mp } = group().phone('teacher');
  const teach = await waitForPage(mp, ROUTES.teach);
  await tap(teach, '#collect');
  const roster = await waitForPage(mp, ROUTES.roster);
  expect(await text(roster, '#roster-class')).toBe(CLASS);
  expect(await text(roster, '#summary')).toBe('已交 0 人（逾期 0），未交 0 人');

  // The first pick from a chat asks for the privacy agreement (WeChat's check); then both files come in.
  await tap(roster, '#import-files');
  await agreePrivacy(roster);
  await waitFor(async () => (await all(roster, '.outcome')).length === 2, 'the two files to be imported');
  const files = STUDENTS.filter((w) => w.handIn === 'file');
  const outcomes = await Promise.all((await all(roster, '.outcome')).map((o) => o.text()));
  expect(outcomes.sort()).toEqual(
    files.map((w) => `reglab-${CLASS}-${w.number}-${w.name}.json：已收到 ${w.name} 的成绩。`).sort(),
  );

  // Then the code on student-3's screen; the next scan finds nothing new and ends the scanning.
  await tap(roster, '#scan-results');
  await waitForText(roster, '#summary', (t) => t === '已交 3 人（逾期 0），未交 0 人', 'three hand-ins');
  expect(await text(roster, '.outcome')).toBe('QR 1：已收到 王五 的成绩。');

  const rows = await Promise.all((await all(roster, '.roster-row')).map((r) => r.text()));
  expect(rows).toHaveLength(STUDENTS.length);
  for (const who of STUDENTS) {
    const row = rows.find((r) => r.startsWith(`${who.number} ${who.name}`));
    expect(row).toBeDefined();
    expect(row).toContain('任务 1/1');
    expect(row).toContain(`测验：${quizLine(who.phone)}`);
    expect(row).toContain(who.handIn === 'file' ? `reglab-${CLASS}-${who.number}-${who.name}.json` : 'QR 1');
    expect(row!.endsWith('已交')).toBe(true);
  }

  // Export: a CSV with a BOM (Excel keeps the Chinese) shared into the chat; parsed back, it says the same.
  await tap(roster, '#export');
  const csv = group().chat.files().pop()!;
  expect(csv.from).toBe('teacher');
  expect(csv.name).toMatch(new RegExp(`^reglab-${CLASS}-[0-9a-f]+\\.csv$`));
  const content = csv.bytes!.toString('utf8');
  expect(content.charCodeAt(0)).toBe(0xfeff);
  const [header, ...lines] = parseCsv(content).filter((r) => r.some((f) => f !== ''));
  const col = (name: string) => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`the CSV has no column ${name}: ${header.join(',')}`);
    return i;
  };
  expect(lines).toHaveLength(STUDENTS.length);
  const verdict = header.findIndex((h) => h.startsWith('测验结果（及格线 '));
  expect(verdict).toBe(col('测验得分 %') + 1);
  const exported = lines
    .map((l) => [
      l[col('学号')],
      l[col('姓名')],
      l[col('状态')],
      l[col('审核通过却没上线 完成')],
      l[col('测验得分 %')],
      l[verdict],
    ])
    .sort();
  expect(exported).toEqual(STUDENTS.map((w) => [w.number, w.name, '已提交', '是', ...quizCells(w.phone)]).sort());
});
