import type { ErrorSpec } from '../kernel/errors';

/** Errors of the user privacy guide (用户隐私保护指引, fact B-11): each with its field and message. */
export const PRIVACY_ERRORS = {
  PRIVACY_NO_ITEMS: {
    factIds: ['B-11'],
    field: 'declarations',
    zh: '请至少勾选一项小程序会收集的用户信息。看看“版本管理”里代码用到了哪些隐私接口。',
    en: 'Tick at least one kind of user information the mini program collects. Version management shows which privacy APIs the code calls.',
  },
  PRIVACY_ITEM_TWICE: {
    factIds: ['B-11'],
    field: 'declarations',
    zh: '“{item}”声明了两次，每一项信息只需声明一次。',
    en: '"{item}" is declared twice; declare each kind of information once.',
  },
  PRIVACY_PURPOSE_REQUIRED: {
    factIds: ['B-11'],
    field: 'purpose',
    zh: '请写明收集“{item}”的用途，例如“用于……”，让用户知道为什么要收集。',
    en: 'Say what "{item}" is collected for (for example "Used to …"), so users know why.',
  },
  PRIVACY_PURPOSE_LENGTH: {
    factIds: ['B-11'],
    field: 'purpose',
    zh: '“{item}”的用途请写 {min}–{max} 个字（现在 {length} 个）。',
    en: 'Describe the use of "{item}" in {min}–{max} characters (now {length}).',
  },
  PRIVACY_RETENTION_DAYS: {
    factIds: ['B-11'],
    field: 'retentionDays',
    zh: '固定存储期限请填写 1 到 {max} 之间的整数天数，例如 365。',
    en: 'For a fixed period, enter a whole number of days from 1 to {max}, for example 365.',
  },
  PRIVACY_CONTACT_INVALID: {
    factIds: ['B-11'],
    field: 'contact',
    zh: '请填写开发者的联系邮箱，例如 privacy@example.com：用户可以用它联系你处理个人信息的问题。',
    en: 'Enter the developer contact email, for example privacy@example.com: users use it to reach you about their personal information.',
  },
  REVIEW_NEEDS_PRIVACY_GUIDE: {
    factIds: ['B-11'],
    zh: '提交审核前请先完成《用户隐私保护指引》：到“设置 → 服务内容声明 → 用户隐私保护指引”，声明代码用到的每一项用户信息（这个版本用到：{items}）。',
    en: 'Complete the user privacy guide before submitting for review: under 设置 → 服务内容声明 → 用户隐私保护指引, declare every kind of user information the code uses (this version uses: {items}).',
  },
} satisfies Record<string, ErrorSpec>;
