/** The members area's texts for its views: typed `{ zh, en }` with named parameters. */
import type { I18nText } from '../../../core/i18n';

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
} satisfies Record<string, I18nText>;
