// The kernel's texts (zh + en): the rule sets' names and summaries (the toolbar's rule-set switch).
import type { I18nText } from '../../../core/i18n';
import type { ActorRole, Module } from './context';

export const RULE_SET_TEXTS = {
  currentTitle: { zh: '现行规则', en: 'Current rules' },
  currentSummary: {
    zh: '控制台现在的做法：名称每年可改 2 次；个人可申请微信认证；上线前须备案；提交审核前须完成用户隐私保护指引；服务器域名每月可改 50 次。',
    en: 'What the console does now: 2 name changes per year; individuals may verify; filing before going online; the privacy guide before review; 50 domain changes a month.',
  },
  classicTitle: { zh: '旧版教程规则（2020–2023）', en: 'Classic rules (2020-2023 tutorials)' },
  classicSummary: {
    zh: '旧教程里的样子：发布前可改 2 次名称；个人号无法认证；不要求备案、主营类目和隐私保护指引；域名每月可改 5 次；重置后旧 AppSecret 还能短暂使用。',
    en: 'As older tutorials show: 2 name changes before publishing; individuals cannot verify; no filing, main category or privacy guide required; 5 domain changes a month; an old AppSecret works briefly after a reset.',
  },
} satisfies Record<string, I18nText>;

/** The console's modules, as a refusal names them ("只有管理员可以…{module}"). */
export const MODULE_LABELS: Readonly<Record<Module, I18nText>> = {
  settings: { zh: '设置', en: 'settings' },
  development: { zh: '开发管理', en: 'development' },
  management: { zh: '版本管理', en: 'version management' },
  projectMembers: { zh: '项目成员管理', en: 'project members' },
  experienceMembers: { zh: '体验成员管理', en: 'testers' },
  admin: { zh: '管理员操作', en: 'administrator actions' },
};

/** Who may act, as a refusal names them. */
export const ROLE_LABELS: Readonly<Record<ActorRole, I18nText>> = {
  admin: { zh: '管理员', en: 'the administrator' },
  operator: { zh: '运营者', en: 'operators' },
  developer: { zh: '开发者', en: 'developers' },
  dataAnalyst: { zh: '数据分析者', en: 'data analysts' },
};
