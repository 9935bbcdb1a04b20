// The kernel's texts (zh + en): the rule sets' names and summaries (the toolbar's rule-set switch), the modules and
// roles a refusal names, and the change quotas' sentences.
import type { I18nText } from '../../../core/i18n';
import type { ActorRole, Module } from './context';
import type { QuotaPeriod } from './rulesets';

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

/**
 * A change quota as the console shows it next to a field (`{what}` is one of QUOTA_SUBJECTS), one sentence per
 * period: "一年内可修改简称2次，今年还可修改1次".
 */
export const PERIOD_QUOTA_TEXTS: Readonly<Record<QuotaPeriod, I18nText>> = {
  day: {
    zh: '每天可修改{what}{limit}次，今天还可修改{remaining}次',
    en: '{what}: {limit} changes a day, {remaining} left today',
  },
  month: {
    zh: '一个月内可修改{what}{limit}次，本月还可修改{remaining}次',
    en: '{what}: {limit} changes a month, {remaining} left this month',
  },
  year: {
    zh: '一年内可修改{what}{limit}次，今年还可修改{remaining}次',
    en: '{what}: {limit} changes a year, {remaining} left this year',
  },
};

/** What a period quota counts, as its sentence names it. */
export const QUOTA_SUBJECTS = {
  abbreviation: { zh: '简称', en: 'Short name' },
  avatar: { zh: '头像', en: 'Avatar' },
  introduction: { zh: '介绍', en: 'Introduction' },
  mainCategory: { zh: '主营类目', en: 'Main category' },
  domains: { zh: '服务器域名', en: 'Server domains' },
  withdraw: { zh: '撤回审核', en: 'Review withdrawals' },
} satisfies Record<string, I18nText>;

/** The quotas with sentences of their own: the name (fact B-02, by rule set) and service categories (B-07). */
export const QUOTA_TEXTS = {
  namePerYear: {
    zh: '一年内可修改{limit}次名称，今年还可修改{remaining}次（1 月 1 日或微信认证通过时重置）',
    en: '{limit} name changes per calendar year, {remaining} left (resets on 1 January or when verification passes)',
  },
  nameBeforePublish: {
    zh: '小程序发布前，可修改{limit}次名称。当前还能修改{remaining}次。发布后，个人帐号可一年内修改{afterPublish}次名称。',
    en: 'Before publishing the name can change {limit} times; {remaining} left. After publishing an individual account can change it {afterPublish} times a year.',
  },
  nameAfterPublish: {
    zh: '发布后，个人帐号可一年内修改{limit}次名称。今年还可修改{remaining}次。',
    en: 'After publishing an individual account can change the name {limit} times a year; {remaining} left this year.',
  },
  categoryAdditions: {
    zh: '服务类目最多添加{max}个，本月还可添加{remaining}次',
    en: 'At most {max} service categories; {remaining} additions left this month',
  },
} satisfies Record<string, I18nText>;
