// Texts of the course's structure (zh + en): its stages, and the tab bar labels and page titles that WeChat's own
// chrome shows (core/chrome.ts, applied by services/chrome.ts).
import type { I18nText } from './i18n';
import type { StageId } from './content-model';

/** Stage titles in both languages, in flow order (fact C-05). */
export const STAGE_TITLES: Readonly<Record<StageId, I18nText>> = {
  register: { zh: '注册', en: 'Register' },
  complete: { zh: '小程序信息完善', en: 'Complete the info' },
  develop: { zh: '开发小程序', en: 'Develop' },
  release: { zh: '提交审核和发布', en: 'Review and release' },
};

/** The tab bar's labels, in app.json's order (学习 / 练习 / 实操 / 我的). */
export const TAB_LABELS: readonly I18nText[] = [
  { zh: '学习', en: 'Learn' },
  { zh: '练习', en: 'Practice' },
  { zh: '实操', en: 'Lab' },
  { zh: '我的', en: 'Me' },
];

/** Every page's navigation bar title, by route (without a leading slash); page JSON carries the Chinese one. */
export const PAGE_TITLES: Readonly<Record<string, I18nText>> = {
  'pages/learn/index': { zh: '学习', en: 'Learn' },
  'pages/practice/index': { zh: '练习', en: 'Practice' },
  'pages/lab/index': { zh: '实操', en: 'Lab' },
  'pages/me/index': { zh: '我的', en: 'Me' },
  'pages/lesson/index': { zh: '课程', en: 'Lesson' },
  'pages/quiz/index': { zh: '测验', en: 'Quiz' },
  'pages/quiz/result/index': { zh: '结果', en: 'Result' },
  'pages/quiz/wrongbook/index': { zh: '错题本', en: 'Wrong answers' },
  'console/register/index': { zh: '小程序注册', en: 'Register a mini program' },
  'console/mailbox/index': { zh: '邮箱', en: 'Mailbox' },
  'console/phone/index': { zh: '模拟手机', en: 'Simulated phone' },
  'console/login/index': { zh: '登录', en: 'Log in' },
  'console/home/index': { zh: '小程序管理后台', en: 'Admin console' },
  'console/basic/index': { zh: '基本设置', en: 'Basic settings' },
  'console/dev/index': { zh: '开发管理', en: 'Development' },
  'console/members/index': { zh: '成员管理', en: 'Members' },
  'console/versions/index': { zh: '版本管理', en: 'Versions' },
  'console/mission/index': { zh: '任务完成', en: 'Mission result' },
  'console/library/index': { zh: '任务码', en: 'Mission codes' },
  'console/builder/index': { zh: '任务编辑器', en: 'Mission builder' },
  'console/filing/index': { zh: '小程序备案', en: 'ICP filing' },
  'console/privacy/index': { zh: '用户隐私保护指引', en: 'User privacy guide' },
  'console/verify/index': { zh: '微信认证', en: 'WeChat verification' },
  'console/classroom/join/index': { zh: '课堂', en: 'Classroom' },
  'console/classroom/teach/index': { zh: '布置作业', en: 'Create an assignment' },
  'console/classroom/roster/index': { zh: '收作业', en: 'Collect results' },
  'console/classroom/handin/index': { zh: '交作业', en: 'Hand in' },
};
