#!/usr/bin/env node
// @ts-check
/**
 * Classroom figures, printed (not a test): `node tools/bench-classroom.js [--runs 20] [--headless-runs 5]`.
 * - the share query (page path + `?a=` + code) of the largest built-in assignment: every built-in mission, an exam,
 *   a 40-character class name (budget ≤ 1 KB);
 * - the result file of a 10-mission assignment, all solved and none solved (budget ≤ 4 KB);
 * - importing 40 students' result files and computing the roster view and its CSV export, median and worst over
 *   the runs (budget ≤ 2 s, pages included; this is the model's share);
 * - the QR grid of the largest assignment code;
 * - headless, the whole way (budget ≤ 2 s): a teacher's phone (the headless endpoint, official automator client)
 *   creates a 10-mission assignment on the teach page, 40 students' result files are in the class chat, and the roster
 *   page's 导入 (wx.chooseMessageFile, each file read through the FileSystemManager) is tapped until the roster shows
 *   40 hand-ins; median and worst over `--headless-runs` (default 5) imports into an empty roster.
 * The TypeScript is bundled in memory with esbuild, so the figures are those of the code the app runs.
 */
const path = require('path');
const { loadTs } = require('./load-ts');

/** @param {number[]} values */
function median(values) {
  const s = values.slice().sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/**
 * The 40-file import through the pages, headless: see the header.
 * @param {any} c the classroom and missions modules
 * @param {import('../miniprogram/console/missions/index').Mission[]} ten
 * @param {(context: { id: string, className: string, missions: unknown[] }, i: number) => unknown} resultOf
 * @param {number} runs
 */
async function headlessImport(c, ten, resultOf, runs) {
  const automator = require('miniprogram-automator');
  const { startServer, createChat } = require('./headless/index');
  const chat = createChat();
  const server = await startServer({
    port: 0,
    quiet: true,
    project: path.resolve(__dirname, '..'),
    chat,
    name: 'teacher',
  });
  const mp = await automator.connect({ wsEndpoint: server.wsEndpoint });
  /** @param {string} route */
  const page = async (route) => {
    for (let i = 0; i < 100; i++) {
      const p = await mp.currentPage();
      if (p && p.path === route) return p;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`bench-classroom: ${route} did not open`);
  };
  /** @param {any} p @param {string} selector */
  const el = async (p, selector) => {
    const e = await p.$(selector);
    if (!e) throw new Error(`bench-classroom: no ${selector} on ${p.path}`);
    return e;
  };
  /** @param {any} p @param {string} field @param {string} value */
  const type = async (p, field, value) => (await el(await el(p, field), 'input')).input(value);
  try {
    await mp.callWxMethod('reLaunch', { url: '/console/classroom/teach/index' });
    const teach = await page('console/classroom/teach/index');
    await type(teach, '#class-name', '软件2301班');
    await type(teach, '#due', '2030-12-20 18:00');
    for (const m of ten) await (await el(teach, `#pick-${m.id}`)).tap();
    await (await el(teach, '#quiz-exam')).tap();
    await type(teach, '#quiz-count', '20');
    await type(teach, '#quiz-minutes', '20');
    await type(teach, '#quiz-pass', '80');
    await (await el(teach, '#create')).tap();
    const decoded = c.decodeAssignment(await (await el(teach, '#code-text')).text(), c.MISSIONS);
    if (!decoded.ok) throw new Error('bench-classroom: the created assignment does not decode');
    const context = { id: decoded.id, className: decoded.assignment.className, missions: decoded.missions };
    for (let i = 0; i < 40; i++) {
      const result = resultOf(context, i);
      chat
        .join(`student-${i + 1}`)
        .shareFile({ name: c.resultFileName(result), bytes: Buffer.from(c.resultFileText(result)) });
    }
    const rosterUrl = `/console/classroom/roster/index?id=${decoded.id}`;
    /** @type {number[]} */
    const times = [];
    let summary = '';
    for (let r = 0; r <= runs; r++) {
      await mp.callWxMethod('removeStorageSync', `reglab.classroom.roster.${decoded.id}`);
      await mp.callWxMethod('reLaunch', { url: rosterUrl });
      const roster = await page('console/classroom/roster/index');
      if (r === 0) {
        // The first pick from a chat asks for the privacy agreement (WeChat's check): agree, pick nothing.
        chat.select(server, 'cancel');
        await (await el(roster, '#import-files')).tap();
        await (await el(await el(roster, '#privacy'), '#agree-btn')).tap();
        continue;
      }
      const t0 = process.hrtime.bigint();
      await (await el(roster, '#import-files')).tap();
      for (;;) {
        summary = await (await el(roster, '#summary')).text();
        if (summary.startsWith('已交 40')) break;
        if ((await roster.$$('.outcome')).length && Number(process.hrtime.bigint() - t0) / 1e6 > 5000) {
          const said = await Promise.all(
            (await roster.$$('.outcome')).slice(0, 3).map((/** @type {any} */ o) => o.text()),
          );
          throw new Error(`bench-classroom: the roster says ${summary}; ${said.join(' | ')}`);
        }
        if (Number(process.hrtime.bigint() - t0) / 1e6 > 30000) {
          const said = await Promise.all(
            (await roster.$$('.outcome')).slice(0, 3).map((/** @type {any} */ o) => o.text()),
          );
          throw new Error(`bench-classroom: the roster says ${summary}; ${said.join(' | ')}`);
        }
        await new Promise((res) => setTimeout(res, 10));
      }
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    console.log(
      `headless: tap 导入 on the roster page, 40 result files picked from the chat, read, checked and drawn ("${summary}") × ${runs}: ` +
        `median ${median(times).toFixed(0)} ms, worst ${Math.max(...times).toFixed(0)} ms (budget 2000 ms)`,
    );
  } finally {
    mp.disconnect();
    await server.close();
  }
}

async function main() {
  const runsArg = process.argv.indexOf('--runs');
  const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) || 20 : 20;
  const headlessArg = process.argv.indexOf('--headless-runs');
  const headlessRuns = headlessArg > 0 ? Number(process.argv[headlessArg + 1]) || 5 : 5;
  const c = loadTs({
    contents:
      "export * from './miniprogram/console/classroom/index';\n" +
      "export { MISSIONS, startRun, playSteps } from './miniprogram/console/missions/index';\n",
  });
  /** @type {import('../miniprogram/console/missions/index').Mission[]} */
  const missions = c.MISSIONS;

  const largest = {
    className: '软件工程二〇二六级一班小程序注册与发布实训课程第三次实验课分组甲乙丙丁戊己庚辛壬',
    due: '2026-12-31 23:59',
    seed: 4294967295,
    missions: missions.map((m) => ({ builtIn: m.id })),
    quiz: { mode: 'exam', count: 50, minutes: 180, passPercent: 100 },
  };
  const query = c.shareQuery(largest);
  console.log(
    `share query of the largest built-in assignment (${missions.length} missions, exam, 40-character class name): ` +
      `${Buffer.byteLength(query, 'utf8')} bytes (budget 1024); its code ${c.encodeAssignment(largest).length} characters`,
  );

  const ten = missions
    .slice()
    .sort((a, b) => b.goals.length - a.goals.length || b.id.length - a.id.length)
    .slice(0, 10);
  const lab = { ...largest, className: '软件2301班', missions: ten.map((m) => ({ builtIn: m.id })) };
  lab.quiz = { mode: 'exam', count: 20, minutes: 20, passPercent: 80 };
  const context = { id: c.assignmentId(lab), className: lab.className, missions: ten, quiz: lab.quiz };
  const solved = ten.map((m) => {
    const started = c.startRun(m, 0);
    return c.missionResultFromRun(c.playSteps(started.run, m.solution).run, 600000);
  });
  const quiz = {
    percent: 90,
    passed: true,
    stages: ['register', 'complete', 'develop', 'release'].map((stage) => ({
      stage,
      total: 5,
      correct: 4,
      points: 4.5,
    })),
  };
  /** @param {number} i @param {boolean} all */
  const result = (i, all) => ({
    assignment: context.id,
    className: lab.className,
    student: { name: `学生${String(i + 1).padStart(2, '0')}`, number: `2023${String(i + 1).padStart(4, '0')}` },
    submittedAt: Date.UTC(2026, 11, 14, 2, 0) + i * 60000,
    missions: ten.map((m, k) => (all || k < i % 11 ? { ...solved[k], hints: (i + k) % 3 } : c.missionNotStarted(m))),
    quiz,
  });
  const sizeAll = Buffer.byteLength(c.resultFileText(result(0, true)), 'utf8');
  const sizeNone = Buffer.byteLength(c.resultFileText(result(0, false)), 'utf8');
  console.log(
    `result file of a 10-mission assignment with an exam: ${sizeAll} bytes all solved, ${sizeNone} bytes none solved (budget 4096); ` +
      `result QR code ${c.resultCode(result(0, true)).length} characters`,
  );

  const files = Array.from({ length: 40 }, (_, i) => ({
    source: `${i}.json`,
    text: c.resultFileText(result(i, false)),
    kind: 'file',
  }));
  const list = c.parseClassList(
    files.map((_, i) => `2023${String(i + 1).padStart(4, '0')},学生${String(i + 1).padStart(2, '0')}`).join('\n'),
  );
  /** @type {number[]} */
  const times = [];
  let rows = 0;
  for (let r = 0; r < runs; r++) {
    const t0 = process.hrtime.bigint();
    const imported = c.importHandIns(c.withClassList(c.EMPTY_ROSTER, list.members), context, files);
    const view = c.rosterView(imported.roster, context, null);
    const csv = c.rosterCsv(view, context, 'zh');
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    rows = csv.split('\r\n').length - 2;
  }
  console.log(
    `import 40 result files + roster view + CSV (${rows} rows) × ${runs}: median ${median(times).toFixed(1)} ms, ` +
      `worst ${Math.max(...times).toFixed(1)} ms (budget 2000 ms with the page)`,
  );

  /** @type {number[]} */
  const qrTimes = [];
  let grid = c.qrGrid('');
  let rects = 0;
  for (let r = 0; r < runs; r++) {
    const t0 = process.hrtime.bigint();
    grid = c.qrGrid(c.encodeAssignment(largest));
    rects = grid.ok ? c.qrRects(grid.grid, 6).length : 0;
    qrTimes.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  const qrMs = median(qrTimes);
  console.log(
    `QR code of the largest assignment: ${grid.ok ? grid.grid.size : '-'} modules per side, ${rects} rectangles to fill, encode + grid + rectangles median ${qrMs.toFixed(1)} ms`,
  );

  await headlessImport(
    c,
    ten,
    // The same hand-ins as above, for the assignment the page created (its missions in its own order).
    (ctx, i) => {
      const base = result(i, false);
      const byId = new Map(base.missions.map((m) => [m.id, m]));
      return {
        ...base,
        assignment: ctx.id,
        missions: ctx.missions.map((m) => byId.get(/** @type {{ id: string }} */ (m).id)),
      };
    },
    headlessRuns,
  );
}

main().catch((err) => {
  console.error(err instanceof Error ? err.stack : err);
  process.exit(1);
});
