import type { I18nText } from '../../../core/i18n';
import type { ErrorSpec } from '../kernel/errors';

/** Errors of basic settings (name, abbreviation, avatar, introduction) and service categories: each with its facts, the form field it concerns and its message. */
export const BASIC_SETTINGS_ERRORS = {
  NAME_REQUIRED: {
    factIds: ['B-03'],
    field: 'name',
    zh: '请填写小程序名称。',
    en: 'Enter a name for the mini program.',
  },
  NAME_LENGTH: {
    factIds: ['B-03'],
    field: 'name',
    zh: '名称长度应为 4–30 个字符（一个汉字算 2 个字符），当前为 {length} 个字符。',
    en: 'A name is 4-30 characters long (a Chinese character counts as 2); this one is {length}.',
  },
  NAME_FORBIDDEN_KEYWORD: {
    factIds: ['B-03'],
    field: 'name',
    zh: '名称不能包含“{keyword}”这类平台关键词，请去掉后再提交。',
    en: 'A name must not contain platform words such as "{keyword}". Remove it and try again.',
  },
  NAME_TAKEN: {
    factIds: ['B-03'],
    field: 'name',
    zh: '名称“{name}”已被其他帐号使用，小程序名称在平台内必须唯一。请换一个名称。',
    en: 'The name "{name}" is already used by another account; names are unique on the platform. Choose another.',
  },
  NAME_NEEDS_BRAND_PROOF: {
    factIds: ['B-03'],
    field: 'name',
    zh: '名称包含品牌词“{brand}”，需要提供商标或授权证明并经过审核。模拟环境中请换一个不含品牌词的名称。',
    en: 'The name contains the brand "{brand}", which needs trademark or licence proof and a review. In the simulation, choose a name without brand words.',
  },
  NAME_UNCHANGED: {
    factIds: ['B-02'],
    field: 'name',
    zh: '新名称与当前名称相同，没有修改（也不会占用修改次数）。',
    en: 'The new name is the same as the current one: nothing changed (and no change was counted).',
  },
  NAME_QUOTA_USED: {
    factIds: ['B-02'],
    field: 'name',
    zh: '名称修改次数已用完（{rule}）。{next}',
    en: 'No name changes left ({rule}). {next}',
  },
  ABBR_NEEDS_NAME: {
    factIds: ['B-04'],
    field: 'abbreviation',
    zh: '请先设置小程序名称，再设置简称。',
    en: 'Set the mini program name before its short name.',
  },
  ABBR_LENGTH: {
    factIds: ['B-04'],
    field: 'abbreviation',
    zh: '简称应为 2–{max} 个字，且比全称短。',
    en: 'The short name is 2-{max} characters and shorter than the full name.',
  },
  ABBR_FORBIDDEN_KEYWORD: {
    factIds: ['B-03', 'B-04'],
    field: 'abbreviation',
    zh: '简称不能包含“{keyword}”这类平台关键词。',
    en: 'The short name must not contain platform words such as "{keyword}".',
  },
  ABBR_UNCHANGED: {
    factIds: ['B-04'],
    field: 'abbreviation',
    zh: '新简称与当前简称相同，没有修改。',
    en: 'The new short name is the same as the current one: nothing changed.',
  },
  ABBR_QUOTA_USED: {
    factIds: ['B-04'],
    field: 'abbreviation',
    zh: '简称一年内只能修改 {limit} 次，今年的次数已用完，明年 1 月 1 日恢复。',
    en: 'The short name can change {limit} times a year; this year is used up. It resets on 1 January.',
  },
  AVATAR_FORMAT: {
    factIds: ['B-05'],
    field: 'avatar',
    zh: '头像格式不支持（{format}）：请上传 BMP、JPEG、JPG、GIF 或 PNG 图片。',
    en: 'Unsupported avatar format ({format}): upload a BMP, JPEG, JPG, GIF or PNG image.',
  },
  AVATAR_TOO_LARGE: {
    factIds: ['B-05'],
    field: 'avatar',
    zh: '头像图片不能超过 2 MB，当前约 {sizeMb} MB。请压缩后再上传。',
    en: 'The avatar may be at most 2 MB; this one is about {sizeMb} MB. Compress it and upload again.',
  },
  AVATAR_QUOTA_USED: {
    factIds: ['B-05'],
    field: 'avatar',
    zh: '头像一年内只能修改 {limit} 次，今年的次数已用完，明年 1 月 1 日恢复。',
    en: 'The avatar can change {limit} times a year; this year is used up. It resets on 1 January.',
  },
  INTRO_LENGTH: {
    factIds: ['B-06'],
    field: 'introduction',
    zh: '介绍应为 {min}–{max} 个字，当前 {length} 个字。',
    en: 'The introduction is {min}-{max} characters; this one has {length}.',
  },
  INTRO_UNCHANGED: {
    factIds: ['B-06'],
    field: 'introduction',
    zh: '新介绍与当前介绍相同，没有修改。',
    en: 'The new introduction is the same as the current one: nothing changed.',
  },
  INTRO_QUOTA_USED: {
    factIds: ['B-06'],
    field: 'introduction',
    zh: '介绍一个月内只能修改 {limit} 次，本月已用完，下月 1 日恢复。',
    en: 'The introduction can change {limit} times a month; this month is used up. It resets on the 1st.',
  },
  CATEGORY_UNKNOWN: {
    factIds: ['B-07'],
    field: 'category',
    zh: '没有这个服务类目，请从列表中选择。',
    en: 'There is no such service category; choose one from the list.',
  },
  CATEGORY_ALREADY_ADDED: {
    factIds: ['B-07'],
    field: 'category',
    zh: '这个类目已经添加过了。',
    en: 'This category is already added.',
  },
  CATEGORY_LIMIT: {
    factIds: ['B-07'],
    field: 'category',
    zh: '当前帐号的类目上限为 {limit} 个（上限按帐号而定，以控制台显示为准）。请先删除不用的类目。',
    en: 'This account may have at most {limit} service categories (the limit is per account; the console shows it). Delete one you do not need first.',
  },
  CATEGORY_ADD_QUOTA_USED: {
    factIds: ['B-07'],
    field: 'category',
    zh: '本月已添加 {limit} 次类目，达到上限，下月 1 日恢复。',
    en: 'You have added categories {limit} times this month, the limit. It resets on the 1st.',
  },
  CATEGORY_NOT_FOR_INDIVIDUAL: {
    factIds: ['B-12', 'B-07', 'I-03'],
    field: 'category',
    zh: '个人主体不能选择“{category}”类目（需要企业等主体及资质）。请选择个人开放的类目。',
    en: 'Individual accounts cannot use the category "{category}" (it needs an organisation and qualifications). Choose a category open to individuals.',
  },
  CATEGORY_NEEDS_QUALIFICATION: {
    factIds: ['B-12', 'B-07'],
    field: 'category',
    zh: '“{category}”类目需要上传资质：{document}。请点“上传资质并添加”（模拟上传），提交后约 {days} 天审核通过。',
    en: 'The category "{category}" needs a qualification document: {document}. Tap "upload and add" (a simulated upload); approval then takes about {days} days.',
  },
  CATEGORY_NOT_ADDED: {
    factIds: ['B-07'],
    field: 'category',
    zh: '这个小程序没有添加该类目。',
    en: 'This mini program has not added that category.',
  },
  MAIN_CATEGORY_NOT_APPROVED: {
    factIds: ['B-07'],
    field: 'category',
    zh: '只有状态为“已通过”的类目才能设为主营类目，该类目还在审核中。',
    en: 'Only an approved category (状态 已通过) can be the main category; this one is still under review.',
  },
  MAIN_CATEGORY_UNCHANGED: {
    factIds: ['B-07'],
    field: 'category',
    zh: '它已经是主营类目了。',
    en: 'It is already the main category.',
  },
  MAIN_CATEGORY_QUOTA_USED: {
    factIds: ['B-07'],
    field: 'category',
    zh: '主营类目一年内只能修改 {limit} 次，今年已用完。',
    en: 'The main category can change {limit} times a year; this year is used up.',
  },
} satisfies Record<string, ErrorSpec>;

/** What fills NAME_QUOTA_USED's `{rule}` and `{next}`, by the rule set's kind of name quota (fact B-02). */
export const NAME_QUOTA_USED_PARTS = {
  perYearRule: { zh: '每个自然年可修改 {limit} 次', en: '{limit} per calendar year' },
  perYearNext: {
    zh: '次数在明年 1 月 1 日恢复；也可以通过微信认证改名，认证通过后次数重置。',
    en: 'They reset on 1 January; you can also rename through WeChat verification, which resets the count.',
  },
  beforePublishRule: { zh: '发布前可修改 {limit} 次', en: '{limit} before publishing' },
  beforePublishNext: {
    zh: '发布后，个人帐号每年还可修改 {limit} 次。',
    en: 'After publishing, an individual account may change it {limit} times a year.',
  },
  afterPublishRule: { zh: '发布后每年可修改 {limit} 次', en: '{limit} a year after publishing' },
  afterPublishNext: { zh: '明年 1 月 1 日恢复。', en: 'They reset on 1 January.' },
} satisfies Record<string, I18nText>;
