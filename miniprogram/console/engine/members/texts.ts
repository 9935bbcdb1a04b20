/** The members area's texts for its views: typed `{ zh, en }` with named parameters. */
import type { I18nText } from '../../../core/i18n';
import type { MemberKind } from '../kernel/types';

export const MEMBERS_TEXTS = {
  operator: { zh: '运营者', en: 'Operator' },
  developer: { zh: '开发者', en: 'Developer' },
  dataAnalyst: { zh: '数据分析者', en: 'Data analyst' },
  allMembers: { zh: '全部成员', en: 'All members' },
  operatorPermissions: { zh: '运营者权限', en: 'Operator permissions' },
  managementPromotionAndSettings: {
    zh: '管理、推广、设置等模块权限',
    en: 'Management, promotion and settings modules',
  },
  developerPermissions: { zh: '开发者权限', en: 'Developer permissions' },
  developmentModuleCanUse: { zh: '开发模块权限，可使用体验版', en: 'Development module; can use the trial version' },
  dataAnalystBasicAnalytics: { zh: '数据分析者（基础分析）', en: 'Data analyst (basic analytics)' },
  statisticsModuleCanUse: { zh: '统计模块权限，可使用体验版', en: 'Statistics module; can use the trial version' },
  limitNoteIndividual: {
    zh: '个人主体：项目成员和体验成员各 {project} / {experience} 人。',
    en: 'Individual: {project} project members and {experience} testers.',
  },
  limitNoteOrganisation: {
    zh: '当前上限：项目成员 {project} 人、体验成员 {experience} 人，取决于是否认证和发布（认证并发布后更多）。',
    en: 'Current limits: {project} project members and {experience} testers; they depend on verification and publishing (more once verified and published).',
  },
  confirmAddScan: { zh: '确认添加 {name} 为{kind}', en: 'Confirm adding {name} as a {kind}' },
} satisfies Record<string, I18nText>;

export const KIND_LABELS: Readonly<Record<MemberKind, I18nText>> = {
  project: { zh: '项目成员', en: 'project member' },
  experience: { zh: '体验成员', en: 'tester' },
};
