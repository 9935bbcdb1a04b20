/** 设置 → 基本设置 (facts B-02..B-06): name, abbreviation, avatar and introduction with their change quotas. */
import { formatText } from '../../../core/i18n';
import type { ActionOf } from '../kernel/actions';
import { appFor, emit, isError, rules, type Ctx, type HandlerResult } from '../kernel/context';
import { peek } from '../kernel/draft';
import { consoleError, type ConsoleError } from '../kernel/errors';
import { nameQuota, quotaOf } from '../kernel/quotas';
import type { MiniProgram, World } from '../kernel/types';
import { NAME_QUOTA_USED_PARTS } from './errors';
import {
  avatarFormat,
  validateAbbreviation,
  validateAppName,
  validateAvatar,
  validateIntroduction,
} from '../kernel/validators';

/** Fact B-03: names are unique on the platform (case-insensitive), and brand words need proof. */
export function nameConflict(w: World, app: MiniProgram, name: string): ConsoleError | null {
  const lower = name.toLowerCase();
  const taken =
    w.platform.names.some((n) => n.toLowerCase() === lower) ||
    peek(w.apps).some(
      (other) => other.appId !== app.appId && other.basic.name !== null && other.basic.name.toLowerCase() === lower,
    );
  if (taken) return consoleError('NAME_TAKEN', { name });
  const brand = w.platform.brandNames.find((b) => lower.indexOf(b.toLowerCase()) >= 0);
  return brand ? consoleError('NAME_NEEDS_BRAND_PROOF', { brand }) : null;
}

function nameQuotaError(ctx: Ctx, app: MiniProgram): ConsoleError | null {
  const r = rules(ctx);
  const q = nameQuota(app, r, ctx.w.now);
  if (q.remaining > 0) return null;
  const rule = r['B-02'];
  const P = NAME_QUOTA_USED_PARTS;
  if (rule.kind === 'perYear') {
    return consoleError('NAME_QUOTA_USED', {
      rule: formatText(P.perYearRule, { limit: rule.limit }),
      next: P.perYearNext,
    });
  }
  const published = app.versions.firstPublishedAt !== null;
  const after = { limit: rule.afterPublishPerYear };
  return consoleError('NAME_QUOTA_USED', {
    rule: published
      ? formatText(P.afterPublishRule, after)
      : formatText(P.beforePublishRule, { limit: rule.beforePublish }),
    next: published ? P.afterPublishNext : formatText(P.beforePublishNext, after),
  });
}

export function setName(ctx: Ctx, action: ActionOf<'basic.setName'>): HandlerResult {
  const app = appFor(ctx, 'settings');
  if (isError(app)) return app;
  const name = action.name.trim();
  const invalid = validateAppName(name);
  if (invalid) return invalid;
  const current = app.basic.name;
  if (current === name) return consoleError('NAME_UNCHANGED');
  const conflict = nameConflict(ctx.w, app, name);
  if (conflict) return conflict;
  const counted = current !== null;
  if (counted) {
    const used = nameQuotaError(ctx, app);
    if (used) return used;
    app.changes.name.push(ctx.w.now);
  }
  app.basic.name = name;
  emit(ctx, 'NAME_CHANGED', { name, counted });
}

export function setAbbreviation(ctx: Ctx, action: ActionOf<'basic.setAbbreviation'>): HandlerResult {
  const app = appFor(ctx, 'settings');
  if (isError(app)) return app;
  const value = action.abbreviation.trim();
  const invalid = validateAbbreviation(value, app.basic.name);
  if (invalid) return invalid;
  const current = app.basic.abbreviation;
  if (current === value) return consoleError('ABBR_UNCHANGED');
  const counted = current !== null;
  if (counted) {
    const q = quotaOf(app, rules(ctx), ctx.w.now, 'abbreviation');
    if (q.remaining <= 0) return consoleError('ABBR_QUOTA_USED', { limit: q.limit });
    app.changes.abbreviation.push(ctx.w.now);
  }
  app.basic.abbreviation = value;
  emit(ctx, 'ABBR_CHANGED', { abbreviation: value, counted });
}

export function setAvatar(ctx: Ctx, action: ActionOf<'basic.setAvatar'>): HandlerResult {
  const app = appFor(ctx, 'settings');
  if (isError(app)) return app;
  const invalid = validateAvatar(action.format, action.sizeBytes);
  if (invalid) return invalid;
  const counted = app.basic.avatar !== null;
  if (counted) {
    const q = quotaOf(app, rules(ctx), ctx.w.now, 'avatar');
    if (q.remaining <= 0) return consoleError('AVATAR_QUOTA_USED', { limit: q.limit });
    app.changes.avatar.push(ctx.w.now);
  }
  app.basic.avatar = { format: avatarFormat(action.format), sizeBytes: action.sizeBytes };
  emit(ctx, 'AVATAR_CHANGED', { format: app.basic.avatar.format, counted });
}

export function setIntroduction(ctx: Ctx, action: ActionOf<'basic.setIntroduction'>): HandlerResult {
  const app = appFor(ctx, 'settings');
  if (isError(app)) return app;
  const value = action.introduction.trim();
  const invalid = validateIntroduction(value);
  if (invalid) return invalid;
  const current = app.basic.introduction;
  if (current === value) return consoleError('INTRO_UNCHANGED');
  const counted = current !== null;
  if (counted) {
    const q = quotaOf(app, rules(ctx), ctx.w.now, 'introduction');
    if (q.remaining <= 0) return consoleError('INTRO_QUOTA_USED', { limit: q.limit });
    app.changes.introduction.push(ctx.w.now);
  }
  app.basic.introduction = value;
  emit(ctx, 'INTRO_CHANGED', { counted });
}
