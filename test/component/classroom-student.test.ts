import {
  assignmentId,
  assignmentMissions,
  encodeAssignment,
  readResultCode,
  readResultFile,
  shareQuery,
  type Assignment,
} from '../../miniprogram/console/classroom/index';
import { encodeMission, MISSIONS } from '../../miniprogram/console/missions/index';
import { readAssignments, readClassroomQuiz, readStudent } from '../../miniprogram/services/classroom';
import { setLang } from '../../miniprogram/core/progress/actions';
import { updateProgress } from '../../miniprogram/services/storage';
import { decodeCanvas, playSolution, ownMission, useClassroomWx } from '../helpers/classroom';
import { find, tap, tapVant, text, typeInto } from '../helpers/dom';
import { fake } from '../helpers/environment';
import { answerByTapping, questionOnScreen } from '../helpers/quiz';
import { renderPage, settle, type RenderedPage } from '../helpers/render';

jest.setTimeout(40000);

const device = useClassroomWx();

const JOIN = 'console/classroom/join/index';
const LAB: Assignment = {
  className: '软件2301班',
  due: '2099-12-20 18:00',
  seed: 4242,
  missions: [{ builtIn: 'name-rules' }, { builtIn: 'email-rules' }],
  quiz: { mode: 'exam', count: 3, minutes: 20, passPercent: 60 },
};
const ID = assignmentId(LAB);
const CONTEXT = { id: ID, className: LAB.className, missions: assignmentMissions(LAB, MISSIONS) };

async function joinAs(name: string, number: string): Promise<RenderedPage> {
  const page = await renderPage(JOIN, { query: { a: encodeAssignment(LAB) } });
  await typeInto(page, '#student-name', name);
  await typeInto(page, '#student-number', number);
  await tapVant(page, '#student-save');
  return page;
}

describe('student: join', () => {
  it('a pasted code that is not an assignment code, a cancelled scan and a foreign code each say why, and open nothing', async () => {
    const page = await renderPage(JOIN);
    await typeInto(page, '#join-code', 'hello world!');
    await tapVant(page, '#join-open');
    expect(text(page, '#join-error')).toBe('作业码里有不该出现的字符：请完整复制，不要加空格或换行。');
    await typeInto(page, '#join-code', '   ');
    await tapVant(page, '#join-open');
    expect(text(page, '#join-error')).toBe('请先粘贴或扫描作业码。');
    device().scans.push(null);
    await tapVant(page, '#join-scan');
    expect(text(page, '#join-error')).toBe('没有扫到二维码。');
    const code = encodeAssignment(LAB);
    await typeInto(page, '#join-code', code.slice(0, code.length - 8));
    await tapVant(page, '#join-open');
    expect(text(page, '#join-error')).toBe('作业码不完整或被改动过：请向老师重新获取完整的作业码。');
    await typeInto(page, '#join-code', 'RM' + code.slice(2));
    await tapVant(page, '#join-open');
    expect(text(page, '#join-error')).toContain('这不是注册实训营的作业码');
    expect(find(page, '#assignment-class')).toBeUndefined();
    expect(readAssignments('joined')).toEqual([]);
  });

  it('opens from a group share card (scene 1044) with the class, due date, what is left, missions and quiz', async () => {
    device().scene = 1044;
    const page = await renderPage(JOIN, { query: { a: encodeAssignment(LAB) } });
    expect(text(page, '#assignment-class')).toBe('软件2301班');
    expect(text(page, '#assignment-due')).toBe('截止：2099-12-20 18:00（北京时间）');
    expect(text(page, '#assignment-left')).toBe('还剩 3 项未完成');
    expect(text(page, '#join-scene')).toBe('从群聊中的作业卡片打开');
    expect(text(page, '#mission-name-rules')).toContain('未开始');
    expect(text(page, '#quiz-label')).toBe('考试：3 题，20 分钟，60% 及格');
    expect(text(page, '#student-why')).toContain('不会发送到任何服务器');
    expect(readAssignments('joined').map((a) => a.id)).toEqual([ID]);
  });

  it('opens from a scanned QR code and from a pasted whole link, and lists it on the entry afterwards', async () => {
    const page = await renderPage(JOIN);
    device().scans.push(shareQuery(LAB));
    await tapVant(page, '#join-scan');
    expect(text(page, '#assignment-class')).toBe('软件2301班');
    const again = await renderPage(JOIN);
    expect(text(again, '#joined')).toContain('软件2301班 · 截止 2099-12-20 18:00');
    await tap(again, `#joined-${ID}`);
    expect(text(again, '#assignment-class')).toBe('软件2301班');
    const pasted = await renderPage(JOIN);
    await typeInto(pasted, '#join-code', `/${shareQuery(LAB)}`);
    await tapVant(pasted, '#join-open');
    expect(text(pasted, '#assignment-left')).toBe('还剩 3 项未完成');
  });

  it('asks for the name and number once, with a clear message for each mistake', async () => {
    const page = await renderPage(JOIN, { query: { a: encodeAssignment(LAB) } });
    await tapVant(page, '#handin');
    expect(text(page, '#student-name-error')).toBe('请先填写姓名再交作业。');
    await tapVant(page, '#student-save');
    expect(text(page, '#student-name-error')).toBe('请填写姓名（老师名单上的写法）。');
    await typeInto(page, '#student-name', '张,三');
    await typeInto(page, '#student-number', '2023 01');
    await tapVant(page, '#student-save');
    expect(text(page, '#student-name-error')).toBe('姓名最多 20 个字，不含逗号、引号或换行。');
    expect(text(page, '#student-number-error')).toBe('学号只能含字母、数字和连字符，最多 20 位。');
    expect(readStudent()).toBeNull();
    await typeInto(page, '#student-name', '张三');
    await typeInto(page, '#student-number', '2023001');
    await tapVant(page, '#student-save');
    expect(text(page, '#student-who')).toBe('张三 · 2023001');
    expect(readStudent()).toEqual({ name: '张三', number: '2023001' });
    const next = await renderPage(JOIN, { query: { a: encodeAssignment(LAB) } });
    expect(text(next, '#student-who')).toBe('张三 · 2023001');
  });
});

describe('student: work and hand in', () => {
  it('plays a mission in the console, does the quiz with the assignment seed, and hands in a file the teacher can read', async () => {
    const page = await joinAs('李四', '2023002');
    await tap(page, '#mission-name-rules');
    expect(fake.navigations.pop()?.url).toMatch(/^\/console\/\w+\/index\?mission=name-rules$/);
    playSolution('name-rules');
    // The quiz: the quiz page with the assignment's spec and seed; the first finished attempt is recorded.
    await tapVant(page, '#quiz-start');
    const url = fake.navigations.pop()?.url ?? '';
    expect(url).toBe(`/pages/quiz/index?mode=classroom&assignment=${ID}&quiz=exam.3.20.60&seed=4242`);
    const query = Object.fromEntries(new URLSearchParams(url.split('?')[1]));
    const quiz = await renderPage('pages/quiz/index', { query });
    for (let i = 0; i < 3; i++) await answerByTapping(quiz, questionOnScreen(quiz), i !== 1);
    expect(fake.navigations.pop()).toEqual({ kind: 'redirectTo', url: '/pages/quiz/result/index' });
    expect(readClassroomQuiz(ID)?.total).toBe(3);
    expect(readClassroomQuiz(ID)?.points).toBe(2);
    page.instance.onShow?.();
    await settle();
    expect(text(page, '#mission-name-rules')).toContain('已完成');
    expect(text(page, '#quiz-score')).toBe('得分 2 / 3（66%），通过：达到及格线 60%（第一次完成的成绩计入）');
    expect(page.querySelector('#quiz-score')?.dom?.className).toMatch(/rl-score--pass/);
    expect(text(page, '#assignment-left')).toBe('还剩 1 项未完成');

    await tapVant(page, '#handin');
    expect(fake.navigations.pop()).toEqual({ kind: 'navigateTo', url: `/console/classroom/handin/index?id=${ID}` });
    const handin = await renderPage('console/classroom/handin/index', { query: { id: ID } });
    expect(text(handin, '#handin-summary')).toBe(
      '李四 · 软件2301班：完成 1/2 个任务 · 测验得分 2 / 3（66%），通过：达到及格线 60%',
    );
    expect(text(handin, '#handin-note')).toContain('不能防止有意作弊');
    await tapVant(handin, '#handin-file');
    expect(device().shared).toHaveLength(1);
    expect(device().shared[0].fileName).toBe('reglab-软件2301班-2023002-李四.json');
    expect(device().shared[0].filePath).toBe(`wxfile://usr/${device().shared[0].fileName}`);
    const read = readResultFile(device().shared[0].text, CONTEXT);
    if (!read.ok) throw new Error(read.message.en);
    expect(read.result.student).toEqual({ name: '李四', number: '2023002' });
    expect(read.result.missions.map((m) => [m.id, m.solved])).toEqual([
      ['name-rules', true],
      ['email-rules', false],
    ]);
    expect(read.result.missions[1].unmet.length).toBeGreaterThan(0);
    // The percent the student saw (2 of 3 is 66%, rounded down as on every page), not the quiz record's rounded 67.
    expect(read.result.quiz?.percent).toBe(66);
    expect(device().shared[0].text.length).toBeLessThan(4096);
  });

  it('a closed share sheet and a full folder say nothing was sent; the result QR code decodes to a result the teacher can read', async () => {
    await joinAs('王五', '');
    const handin = await renderPage('console/classroom/handin/index', { query: { id: ID } });
    expect(text(handin, '#handin-summary')).toBe('王五 · 软件2301班：完成 0/2 个任务 · 测验未完成');
    device().shareAccepts = false;
    await tapVant(handin, '#handin-file');
    expect(text(handin, '#handin-message')).toBe('没有发送：可以再试一次，或改用成绩二维码。');
    device().failFileWrites = true;
    await tapVant(handin, '#handin-file');
    expect(text(handin, '#handin-message')).toBe('成绩文件没能写入手机存储：请改用成绩二维码。');
    expect(device().shared).toEqual([]);
    await tapVant(handin, '#handin-qr');
    await settle(30);
    const scanned = decodeCanvas(device(), 'result-qr');
    expect(scanned).toBe(text(handin, '#handin-code'));
    const read = readResultCode(scanned, CONTEXT);
    expect(read.ok && read.result.student.name).toBe('王五');
  });

  it('without a remembered assignment or a name, the hand-in page says what to do', async () => {
    const none = await renderPage('console/classroom/handin/index', { query: { id: 'deadbeef' } });
    expect(text(none, '#handin-error')).toBe('没有找到这份作业：请从“课堂”重新打开。');
    await renderPage(JOIN, { query: { a: encodeAssignment(LAB) } });
    const noName = await renderPage('console/classroom/handin/index', { query: { id: ID } });
    expect(text(noName, '#handin-error')).toBe('请先在作业页填写姓名。');
  });

  it('plays a teacher-built mission of the assignment in the console', async () => {
    const own = ownMission();
    const withOwn: Assignment = { ...LAB, missions: [{ code: encodeMission(own) }], quiz: null };
    const page = await renderPage(JOIN, { query: { a: encodeAssignment(withOwn) } });
    expect(text(page, '#mission-my-name-check')).toContain('我的名称练习');
    await tap(page, '#mission-my-name-check');
    const url = fake.navigations.pop()?.url ?? '';
    expect(url).toMatch(/^\/console\/\w+\/index\?mission=my-name-check$/);
    const [route, query] = url.slice(1).split('?');
    const played = await renderPage(route, { query: Object.fromEntries(new URLSearchParams(query)) });
    expect(text(played, '#toolbar', '#mission', '#mission-title')).toBe('我的名称练习');
  });

  it('speaks English when the learner chose it: the assignment, past its due date, and the form messages', async () => {
    updateProgress((p) => setLang(p, 'en'));
    const page = await renderPage(JOIN, { query: { a: encodeAssignment({ ...LAB, due: '2020-01-01 08:00' }) } });
    expect(text(page, '#assignment-due')).toBe('Due: 2020-01-01 08:00 (Beijing time)');
    expect(text(page, '#assignment-overdue')).toBe(
      'Past the due date: you can still hand in; your teacher will see "late".',
    );
    expect(text(page, '#assignment-left')).toBe('3 left to do');
    await tapVant(page, '#student-save');
    expect(text(page, '#student-name-error')).toBe("Enter your name (as on the teacher's list).");
    await typeInto(page, '#student-name', 'Ana');
    await tapVant(page, '#student-save');
    expect(text(page, '#student-who')).toBe('Ana');
  });
});
