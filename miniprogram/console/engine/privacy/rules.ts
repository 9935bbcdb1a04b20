/**
 * 设置 → 服务内容声明 → 用户隐私保护指引 (fact B-11): the learner declares each kind of user information the code
 * collects with its purpose, how long it is kept and a contact. Review needs a completed guide when the version's
 * code calls privacy APIs, and a guide that leaves out something the code uses gets the review rejected.
 */
import type { ActionOf, PrivacyDeclarationInput } from '../kernel/actions';
import { appFor, emit, isError, rules, type Ctx, type HandlerResult } from '../kernel/context';
import { consoleError, type ConsoleError } from '../kernel/errors';
import { RULE_SETS, type Rules } from '../kernel/rulesets';
import type { MiniProgram, PrivacyDeclaration, PrivacyGuide, PrivacyItem, PrivacyRetention } from '../kernel/types';
import { charCount, validateEmail } from '../kernel/validators';
import { PRIVACY_ITEM_LABELS } from './texts';

const CURRENT = RULE_SETS.current.rules;

/** The kinds of information named in both languages, joined: `位置信息、手机号` / `location, phone number`. */
export function itemList(items: readonly PrivacyItem[]): { zh: string; en: string } {
  return {
    zh: items.map((i) => PRIVACY_ITEM_LABELS[i].zh).join('、'),
    en: items.map((i) => PRIVACY_ITEM_LABELS[i].en).join(', '),
  };
}

/** The purpose of one declared kind of information: required, between the rule set's lengths. */
export function validatePrivacyPurpose(
  item: PrivacyItem,
  purpose: string,
  r: Rules = CURRENT,
  field = 'purpose',
): ConsoleError | null {
  const length = charCount(purpose.trim());
  const label = PRIVACY_ITEM_LABELS[item];
  if (length === 0) return consoleError('PRIVACY_PURPOSE_REQUIRED', { item: label }, field);
  const { purposeMin: min, purposeMax: max } = r['B-11'];
  if (length < min || length > max)
    return consoleError('PRIVACY_PURPOSE_LENGTH', { item: label, min, max, length }, field);
  return null;
}

/** A fixed storage period in days: a whole number from 1 to the rule set's maximum. */
export function validateRetentionDays(days: string, r: Rules = CURRENT): ConsoleError | null {
  const text = days.trim();
  const max = r['B-11'].maxRetentionDays;
  const n = /^\d{1,5}$/.test(text) ? Number(text) : NaN;
  return Number.isInteger(n) && n >= 1 && n <= max ? null : consoleError('PRIVACY_RETENTION_DAYS', { max });
}

/** The developer contact users see: an email address. */
export function validatePrivacyContact(contact: string): ConsoleError | null {
  return validateEmail(contact) ? consoleError('PRIVACY_CONTACT_INVALID') : null;
}

function checkDeclarations(inputs: readonly PrivacyDeclarationInput[], r: Rules): PrivacyDeclaration[] | ConsoleError {
  if (inputs.length === 0) return consoleError('PRIVACY_NO_ITEMS');
  const out: PrivacyDeclaration[] = [];
  for (let i = 0; i < inputs.length; i++) {
    const d = inputs[i];
    if (out.some((o) => o.item === d.item)) {
      return consoleError('PRIVACY_ITEM_TWICE', { item: PRIVACY_ITEM_LABELS[d.item] }, `declarations[${i}].item`);
    }
    const problem = validatePrivacyPurpose(d.item, d.purpose, r, `declarations[${i}].purpose`);
    if (problem) return problem;
    out.push({ item: d.item, purpose: d.purpose.trim() });
  }
  return out;
}

/** The guide as the action describes it, every field checked in the order the form shows them. */
export function checkGuide(action: ActionOf<'privacy.save'>, r: Rules, now: number): PrivacyGuide | ConsoleError {
  const declarations = checkDeclarations(action.declarations, r);
  if (isError(declarations)) return declarations;
  const retention: PrivacyRetention = action.retention;
  let retentionDays = 0;
  if (retention === 'fixed') {
    const problem = validateRetentionDays(action.retentionDays, r);
    if (problem) return problem;
    retentionDays = Number(action.retentionDays.trim());
  }
  const contactProblem = validatePrivacyContact(action.contact);
  if (contactProblem) return contactProblem;
  return { declarations, retention, retentionDays, contact: action.contact.trim(), updatedAt: now };
}

export function savePrivacyGuide(ctx: Ctx, action: ActionOf<'privacy.save'>): HandlerResult {
  const app = appFor(ctx, 'settings');
  if (isError(app)) return app;
  const guide = checkGuide(action, rules(ctx), ctx.w.now);
  if (isError(guide)) return guide;
  app.privacy = guide;
  emit(ctx, 'PRIVACY_GUIDE_SAVED', { items: guide.declarations.map((d) => d.item).join(',') });
}

/** What the code uses that the mini program's guide does not declare (everything, without a guide). */
export function undeclaredItems(app: MiniProgram, used: readonly PrivacyItem[]): PrivacyItem[] {
  const declared = app.privacy ? app.privacy.declarations.map((d) => d.item) : [];
  return used.filter((item) => declared.indexOf(item) < 0);
}

/** Review's precondition: a version whose code calls privacy APIs needs a completed guide (current rules). */
export function privacyGuideBlocker(app: MiniProgram, used: readonly PrivacyItem[], r: Rules): ConsoleError | null {
  if (!r['B-11'].guideRequiredForReview || used.length === 0 || app.privacy !== null) return null;
  return consoleError('REVIEW_NEEDS_PRIVACY_GUIDE', { items: itemList(used) });
}
