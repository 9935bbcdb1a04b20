/**
 * 设置 → 服务类目 (facts B-07, B-12): at most 5, monthly additions, a main category, approval status; categories that
 * need qualifications take their document, and individuals choose from a narrower list.
 */
import type { ActionOf } from '../kernel/actions';
import { findCategory } from './category-data';
import { appFor, emit, isError, rules, type Ctx, type HandlerResult, type Timer } from '../kernel/context';
import { consoleError } from '../kernel/errors';
import { quotaOf } from '../kernel/quotas';
import { DAY } from '../kernel/time';
import type { MiniProgram } from '../kernel/types';

export function addCategory(ctx: Ctx, action: ActionOf<'category.add'>): HandlerResult {
  const app = appFor(ctx, 'settings');
  if (isError(app)) return app;
  const def = findCategory(action.categoryId);
  if (!def) return consoleError('CATEGORY_UNKNOWN');
  if (app.categories.some((c) => c.id === def.id)) return consoleError('CATEGORY_ALREADY_ADDED');
  if (app.subject.type === 'individual' && !def.individualAllowed) {
    return consoleError('CATEGORY_NOT_FOR_INDIVIDUAL', { category: def.name });
  }
  // Fact B-12: a category that needs qualifications is added only with its document (simulated upload).
  if (def.qualification && action.qualification !== true) {
    return consoleError('CATEGORY_NEEDS_QUALIFICATION', {
      category: def.name,
      document: def.qualification,
      days: def.approvalDays,
    });
  }
  const r = rules(ctx)['B-07'];
  if (app.categories.length >= r.maxCategories) return consoleError('CATEGORY_LIMIT', { limit: r.maxCategories });
  const q = quotaOf(app, rules(ctx), ctx.w.now, 'categoryAdditions');
  if (q.remaining <= 0) return consoleError('CATEGORY_ADD_QUOTA_USED', { limit: q.limit });
  const instant = def.approvalDays === 0;
  app.categories.push({
    id: def.id,
    status: instant ? 'approved' : 'reviewing',
    addedAt: ctx.w.now,
    approveAt: instant ? null : ctx.w.now + def.approvalDays * DAY,
  });
  app.changes.categoryAdd.push(ctx.w.now);
  emit(ctx, 'CATEGORY_ADDED', { categoryId: def.id, status: instant ? 'approved' : 'reviewing' });
  if (def.qualification) emit(ctx, 'QUALIFICATION_SUBMITTED', { categoryId: def.id });
}

export function removeCategory(ctx: Ctx, action: ActionOf<'category.remove'>): HandlerResult {
  const app = appFor(ctx, 'settings');
  if (isError(app)) return app;
  const index = app.categories.findIndex((c) => c.id === action.categoryId);
  if (index < 0) return consoleError('CATEGORY_NOT_ADDED');
  app.categories.splice(index, 1);
  if (app.mainCategory === action.categoryId) app.mainCategory = null;
  emit(ctx, 'CATEGORY_REMOVED', { categoryId: action.categoryId });
}

export function setMainCategory(ctx: Ctx, action: ActionOf<'category.setMain'>): HandlerResult {
  const app = appFor(ctx, 'settings');
  if (isError(app)) return app;
  const entry = app.categories.find((c) => c.id === action.categoryId);
  if (!entry) return consoleError('CATEGORY_NOT_ADDED');
  if (entry.status !== 'approved') return consoleError('MAIN_CATEGORY_NOT_APPROVED');
  if (app.mainCategory === entry.id) return consoleError('MAIN_CATEGORY_UNCHANGED');
  const counted = app.mainCategory !== null;
  if (counted) {
    const q = quotaOf(app, rules(ctx), ctx.w.now, 'mainCategory');
    if (q.remaining <= 0) return consoleError('MAIN_CATEGORY_QUOTA_USED', { limit: q.limit });
    app.changes.mainCategory.push(ctx.w.now);
  }
  app.mainCategory = entry.id;
  emit(ctx, 'MAIN_CATEGORY_SET', { categoryId: entry.id, counted });
}

/** Timed: a category that needs qualifications is approved after its review days. */
export function categoryTimers(app: MiniProgram): Timer[] {
  return app.categories
    .filter((c) => c.status === 'reviewing' && c.approveAt !== null)
    .map((c) => ({
      at: c.approveAt as number,
      fire(ctx: Ctx) {
        c.status = 'approved';
        c.approveAt = null;
        emit(ctx, 'CATEGORY_APPROVED', { appId: app.appId, categoryId: c.id });
      },
    }));
}
