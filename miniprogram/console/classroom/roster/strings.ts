import type { I18nText } from '../../../core/i18n';

/** Collecting: importing hand-ins, the class list, the roster, the heat map, the export. */
export const ROSTER_STRINGS = {
  title: { zh: '收作业', en: 'Collect results' },
  noAssignment: {
    zh: '没有找到这份作业：请从“课堂”里你布置的作业打开。',
    en: 'This assignment was not found: open it from your assignments in Classroom.',
  },
  importFiles: {
    zh: '从聊天导入成绩文件（一次最多 100 个）',
    en: 'Import result files from a chat (up to 100 at once)',
  },
  scan: { zh: '逐个扫描成绩二维码', en: 'Scan result QR codes one after another' },
  scanned: { zh: '已扫描 {count} 个', en: '{count} scanned' },
  nothingPicked: { zh: '没有选择文件。', en: 'No file was chosen.' },
  outcomes: { zh: '本次导入', en: 'This import' },
  classList: { zh: '班级名单（可选）', en: 'Class list (optional)' },
  classListNote: {
    zh: '每行一人：学号和姓名，用逗号或 Tab 分隔；可从 Excel 复制粘贴，或导入 CSV 文件。',
    en: 'One student a line: number and name, separated by a comma or a tab; paste from Excel or import a CSV file.',
  },
  classListPlaceholder: { zh: '一行一人，例如 2301001,张三', en: 'One student a line, e.g. 2301001,Zhang San' },
  classListSave: { zh: '保存名单', en: 'Save the list' },
  classListImport: { zh: '导入名单 CSV', en: 'Import a CSV list' },
  classListSaved: { zh: '名单有 {count} 人', en: '{count} students on the list' },
  summary: {
    zh: '已交 {handedIn} 人（逾期 {late}），未交 {missing} 人',
    en: '{handedIn} handed in ({late} late), {missing} missing',
  },
  notOnList: { zh: '另有 {count} 人不在名单上', en: '{count} more not on the list' },
  roster: { zh: '名单与成绩', en: 'Roster' },
  rowMissions: { zh: '任务 {solved}/{total}', en: 'Missions {solved}/{total}' },
  rowQuiz: { zh: '测验：{score}', en: 'Quiz: {score}' },
  rowTime: { zh: '用时 {minutes} 分 · 提示 {hints} 次', en: '{minutes} min · {hints} hints' },
  rowAt: { zh: '{time} 提交（{source}）', en: 'Handed in {time} ({source})' },
  rowReplaced: { zh: '重新提交 {count} 次', en: 'Handed in again {count}×' },
  rowStages: { zh: '各阶段：{stages}', en: 'By stage: {stages}' },
  statusHandedIn: { zh: '已交', en: 'Handed in' },
  statusLate: { zh: '逾期', en: 'Late' },
  statusMissing: { zh: '未交', en: 'Missing' },
  offList: { zh: '不在名单上', en: 'Not on the list' },
  heat: {
    zh: '全班卡在哪里（未达成该目标的人数）',
    en: 'Where the class got stuck (students who did not meet the goal)',
  },
  heatCell: { zh: '{stuck}/{of} 人', en: '{stuck} of {of}' },
  solvedBy: { zh: '{solved}/{of} 人完成', en: '{solved} of {of} solved' },
  empty: { zh: '还没有收到成绩。', en: 'No results received yet.' },
  export: { zh: '导出 CSV（Excel 可直接打开）', en: 'Export CSV (opens in Excel)' },
  exported: { zh: '已分享', en: 'Shared' },
  exportFailed: { zh: '导出文件没能写入或没有分享。', en: 'The export file was not written or not shared.' },
} satisfies Record<string, I18nText>;

export type RosterStringKey = keyof typeof ROSTER_STRINGS;
