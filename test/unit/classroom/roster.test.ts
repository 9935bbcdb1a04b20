import {
  EMPTY_ROSTER,
  importHandIns,
  parseClassList,
  parseCsv,
  resultCode,
  resultFileText,
  rosterCsv,
  rosterView,
  withClassList,
  type HandIn,
  type StudentResult,
} from '../../../miniprogram/console/classroom/index';
import { parseStartTime } from '../../../miniprogram/console/missions/start';
import { contextOf, LAB, LARGEST, studentResult, TEN } from './fixtures';

const context = contextOf(LAB);
const file = (r: StudentResult, name = `${r.student.number}.json`): HandIn => ({
  source: name,
  text: resultFileText(r),
  kind: 'file',
});
const forty = Array.from({ length: 40 }, (_, i) => studentResult(LAB, i));
const classList = ['学号,姓名', ...forty.map((r) => `${r.student.number},${r.student.name}`), '20239999,缺交同学'].join(
  '\n',
);

describe('the roster', () => {
  test('40 result files import at once; each is counted and said', () => {
    const { roster, outcomes } = importHandIns(
      EMPTY_ROSTER,
      context,
      forty.map((r) => file(r)),
    );
    expect(outcomes.map((o) => o.status)).toEqual(forty.map(() => 'added'));
    expect(outcomes[0].message.zh).toBe('20230001.json：已收到 学生01 的成绩。');
    expect(roster.submissions.length).toBe(40);
  });

  test('a re-submission replaces the earlier one and says so; an older copy and an identical one change nothing', () => {
    const first = importHandIns(EMPTY_ROSTER, context, [file(forty[3])]).roster;
    const again = studentResult(LAB, 3, {
      submittedAt: forty[3].submittedAt + 3600000,
      missions: studentResult(LAB, 10).missions,
    });
    const { roster, outcomes } = importHandIns(first, context, [
      file(again, 'again.json'),
      file(forty[3], 'old.json'),
      file(again, 'copy.json'),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['replaced', 'older', 'duplicate']);
    expect(outcomes[0].message.en).toBe(
      'again.json: 学生04 handed in again; the one from 2026-12-14 10:03 is replaced.',
    );
    expect(roster.submissions.length).toBe(1);
    expect(roster.submissions[0].result).toEqual(again);
    expect(roster.submissions[0].replaced).toBe(1);
    const view = rosterView(roster, context, null);
    expect(view.rows[0]).toMatchObject({ replaced: 1, source: 'again.json', solved: 10 });
  });

  test('bad hand-ins among good ones: each gets its message, and nothing already in the roster is lost', () => {
    const start = importHandIns(
      EMPTY_ROSTER,
      context,
      forty.slice(0, 5).map((r) => file(r)),
    ).roster;
    const good = file(forty[5]);
    const tampered = { ...file(forty[6]), text: file(forty[6]).text.replace('"percent":75', '"percent":100') };
    const handIns: HandIn[] = [
      { source: 'cut.json', text: good.text.slice(0, 200), kind: 'file' },
      tampered,
      file(studentResult(LARGEST, 1), 'other-class.json'),
      file(forty[0], 'dup.json'),
      { source: 'photo.jpg', text: '\u00ff\u00d8\u00ff\u00e0 JFIF', kind: 'file' },
      { source: 'huge.json', text: 'x'.repeat(100000), kind: 'file' },
      { source: 'QR 1', text: resultCode(forty[7]), kind: 'code' },
      { source: 'QR 2', text: resultCode(forty[8]).slice(0, 40), kind: 'code' },
      good,
    ];
    const { roster, outcomes } = importHandIns(start, context, handIns);
    expect(outcomes.map((o) => [o.source, o.status, o.counted])).toEqual([
      ['cut.json', 'truncated', false],
      ['20230007.json', 'tampered', false],
      ['other-class.json', 'foreign', false],
      ['dup.json', 'duplicate', false],
      ['photo.jpg', 'corrupt', false],
      ['huge.json', 'oversized', false],
      ['QR 1', 'added', true],
      ['QR 2', 'truncated', false],
      ['20230006.json', 'added', true],
    ]);
    for (const o of outcomes) {
      expect(o.message.zh.startsWith(`${o.source}：`)).toBe(true);
      expect(o.message.en.startsWith(`${o.source}: `)).toBe(true);
    }
    expect(roster.submissions.map((s) => s.result.student.name)).toEqual([
      '学生01',
      '学生02',
      '学生03',
      '学生04',
      '学生05',
      '学生08',
      '学生06',
    ]);
    expect(roster.submissions.slice(0, 5)).toEqual(start.submissions);
    // The roster passed in is unchanged.
    expect(start.submissions.length).toBe(5);
  });

  test('more than 100 files at once: the rest are named and not read', () => {
    const many = Array.from({ length: 102 }, (_, i) => file(studentResult(LAB, i)));
    const { outcomes } = importHandIns(EMPTY_ROSTER, context, many);
    expect(outcomes.filter((o) => o.status === 'too-many').map((o) => o.source)).toEqual([
      many[100].source,
      many[101].source,
    ]);
  });

  test('with a class list: who handed in, who is missing, who is late, who is not on the list', () => {
    const list = parseClassList(classList);
    expect(list.problems).toEqual([]);
    expect(list.members.length).toBe(41);
    const late = studentResult(LAB, 1, { submittedAt: (parseStartTime(LAB.due) as number) + 60000 });
    const outsider = studentResult(LAB, 2, { student: { name: '旁听生', number: '' } });
    const handIns = [file(forty[0]), file(late), file(outsider, 'x.json')];
    const roster = importHandIns(withClassList(EMPTY_ROSTER, list.members), context, handIns).roster;
    const view = rosterView(roster, context, parseStartTime(LAB.due));
    expect(view.handedIn).toBe(3);
    expect(view.late).toBe(1);
    expect(view.missing.length).toBe(39);
    expect(view.missing[view.missing.length - 1]).toEqual({ name: '缺交同学', number: '20239999' });
    expect(view.notOnList).toBe(1);
    expect(view.rows[view.rows.length - 1]).toMatchObject({ name: '旁听生', onList: false, status: 'handed-in' });
    expect(view.rows[1]).toMatchObject({ name: '学生02', status: 'late' });
  });

  test('scores per mission and stage, time, hints, and the heat map of where the class got stuck', () => {
    const roster = importHandIns(
      EMPTY_ROSTER,
      context,
      forty.map((r) => file(r)),
    ).roster;
    const view = rosterView(roster, context, null);
    // Student i solved the first i % 11 missions.
    expect(view.solvedBy.map((s) => s.solved)).toEqual(TEN.map((_, k) => forty.filter((_, i) => i % 11 > k).length));
    const row = view.rows[12];
    expect(row.solved).toBe(1);
    expect(row.stagePercent).toEqual({ register: 90, complete: 60, develop: 100, release: 50 });
    expect(row.quiz).toEqual({ points: 15, total: 20, correct: 14, percent: 75, passed: false });
    expect(view.passPercent).toBe(80);
    expect(row.timeMs).toBe(forty[12].missions.reduce((n, m) => n + m.timeMs, 0));
    const first = TEN[0];
    const cells = view.heat.filter((h) => h.missionId === first.id);
    expect(cells.map((c) => c.goalId)).toEqual(first.goals.map((g) => g.id));
    const unsolved = forty.filter((_, i) => i % 11 === 0).length;
    for (const c of cells) expect(c).toMatchObject({ stuck: unsolved, of: 40 });
  });

  test('class lists: tab, 全角逗号 or no header, name and number in either order; bad lines named by number', () => {
    expect(parseClassList('张三\t2023001\n李四\t2023002').members).toEqual([
      { name: '张三', number: '2023001' },
      { name: '李四', number: '2023002' },
    ]);
    expect(parseClassList('\uFEFF姓名，学号\n王五，A-17\n').members).toEqual([{ name: '王五', number: 'A-17' }]);
    expect(parseClassList('赵六\n钱七').members.map((m) => m.name)).toEqual(['赵六', '钱七']);
    const bad = parseClassList('学号,姓名\n2023001,张三\n2023001,张三\n2023 2,李四\n,\n2023003,');
    expect(bad.members).toEqual([{ name: '张三', number: '2023001' }]);
    expect(bad.problems.map((p) => p.line)).toEqual([3, 4, 6]);
    expect(bad.problems[0].message.zh).toBe('第 3 行：2023001 重复出现。');
  });

  test('CSV export: UTF-8 BOM, one row per student, parsed back equal, Chinese intact', () => {
    const list = parseClassList(classList).members;
    const roster = importHandIns(
      withClassList(EMPTY_ROSTER, list),
      context,
      forty.slice(0, 3).map((r) => file(r)),
    ).roster;
    const view = rosterView(roster, context, null);
    const csv = rosterCsv(view, context, 'zh');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const bytes = Buffer.from(csv, 'utf8');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(Buffer.from(bytes).toString('utf8'));
    expect(rows.length).toBe(42);
    expect(rows[0].slice(0, 4)).toEqual(['学号', '姓名', '状态', '提交时间（北京时间）']);
    expect(rows[0]).toContain(`${TEN[0].title.zh} 完成`);
    expect(rows[1].slice(0, 4)).toEqual(['20230001', '学生01', '已提交', '2026-12-14 10:00']);
    expect(rows[41].slice(0, 3)).toEqual(['20239999', '缺交同学', '未提交']);
    const quizCol = rows[0].indexOf('测验得分 %');
    expect(rows[2][quizCol]).toBe('75');
    expect(rows[0][quizCol + 1]).toBe('测验结果（及格线 80%）');
    expect(rows[2][quizCol + 1]).toBe('未通过');
    expect(rows[41][quizCol + 1]).toBe('');
    expect(rows.every((r) => r.length === rows[0].length)).toBe(true);
    const en = parseCsv(rosterCsv(view, context, 'en'));
    expect(en[0].slice(0, 3)).toEqual(['Number', 'Name', 'Status']);
    expect(en[41][2]).toBe('Missing');
  });

  test('CSV quoting: commas, quotes and line breaks in a title survive the round trip', () => {
    const tricky = { ...context, missions: [{ ...context.missions[0], title: { zh: '任务,"一"\n二', en: 'a, "b"' } }] };
    const view = rosterView(EMPTY_ROSTER, tricky, null);
    expect(parseCsv(rosterCsv(view, tricky, 'zh'))[0][4]).toBe('任务,"一"\n二 完成');
  });
});

describe('the roster judges each quiz against the assignment pass mark', () => {
  /** A hand-in whose quiz scored `points` of `total` in one stage (`percent` as an older build may have rounded it). */
  const scored = (i: number, points: number, total: number, percent: number): StudentResult =>
    studentResult(LAB, i, {
      quiz: { percent, passed: null, stages: [{ stage: 'register', total, correct: Math.floor(points), points }] },
    });
  const handIns = [scored(0, 99.5, 125, 80), scored(1, 16, 20, 80), scored(2, 3, 5, 60)];
  /** The roster of those three hand-ins, read in the given assignment context. */
  const viewOf = (ctx: typeof context) =>
    rosterView(
      importHandIns(
        EMPTY_ROSTER,
        ctx,
        handIns.map((r) => file(r)),
      ).roster,
      ctx,
      null,
    );

  test('from the exact points: 79.6 % is not a pass at 80 %, even when the file says 80', () => {
    const view = viewOf(context);
    expect(view.passPercent).toBe(80);
    expect(view.rows.map((r) => r.quiz && [r.quiz.percent, r.quiz.passed])).toEqual([
      [79, false],
      [80, true],
      [60, false],
    ]);
    // An assignment without an exam judges by every quiz's pass mark; an exam by its own.
    const mixed = { ...context, quiz: { mode: 'mixed', count: 5 } as const };
    expect(rosterView(EMPTY_ROSTER, mixed, null).passPercent).toBe(80);
    const easy = { ...context, quiz: { mode: 'exam', count: 5, minutes: 10, passPercent: 60 } as const };
    const eased = viewOf(easy);
    expect(eased.rows.map((r) => r.quiz?.passed)).toEqual([true, true, true]);
  });

  test('the CSV has a verdict column, headed with the pass mark, in both languages', () => {
    const view = viewOf(context);
    for (const [lang, head, pass, fail] of [
      ['zh', '测验结果（及格线 80%）', '通过', '未通过'],
      ['en', 'Quiz result (pass mark 80%)', 'Passed', 'Not passed'],
    ] as const) {
      const rows = parseCsv(rosterCsv(view, context, lang));
      const col = rows[0].indexOf(head);
      expect(col).toBeGreaterThan(0);
      expect(rows[0][col - 1]).toBe(lang === 'zh' ? '测验得分 %' : 'Quiz %');
      expect(rows.slice(1).map((r) => [r[col - 1], r[col]])).toEqual([
        ['79', fail],
        ['80', pass],
        ['60', fail],
      ]);
    }
  });
});
