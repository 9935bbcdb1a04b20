/**
 * The simulated clock. Time moves only when the learner travels (by a duration or to a date); everything due
 * on the way happens in order, at its own moment: reviews answer, categories are approved, freezes take
 * effect, filing and verification stages end, notices are sent, payment windows close.
 */
import type { ActionOf } from '../kernel/actions';
import { categoryTimers } from '../basic-settings/categories';
import { emit, type Ctx, type HandlerResult, type Timer } from '../kernel/context';
import { freezeTimer } from '../dev-settings/rules';
import { consoleError } from '../kernel/errors';
import { filingTimer } from '../filing/rules';
import { hasPrunableChanges, pruneChanges } from '../kernel/quotas';
import { peek } from '../kernel/draft';
import { DAY, formatDateTime, MAX_TIME } from '../kernel/time';
import type { MiniProgram, World } from '../kernel/types';
import { verificationTimers } from '../verification/rules';
import { reviewTimer } from '../versions/rules';

export const MAX_JUMP = 5 * 366 * DAY;

function appTimers(app: MiniProgram): Timer[] {
  const out: Timer[] = [];
  const review = reviewTimer(app);
  if (review) out.push(review);
  const freeze = freezeTimer(app);
  if (freeze) out.push(freeze);
  const filing = filingTimer(app);
  if (filing) out.push(filing);
  out.push(...categoryTimers(app), ...verificationTimers(app));
  return out;
}

export function timersOf(w: World): Timer[] {
  const out: Timer[] = [];
  for (const app of w.apps) out.push(...appTimers(app));
  return out;
}

/**
 * Timers due by `target`, made from the draft's own copy of each mini program that has one: the others are looked
 * at without being copied (`peek`), so moving the clock costs what it changes.
 */
function dueTimers(w: World, target: number): Timer[] {
  const out: Timer[] = [];
  const isDue = (t: Timer) => t.at <= target;
  peek(w.apps).forEach((app, i) => {
    if (appTimers(app).some(isDue)) out.push(...appTimers(w.apps[i]).filter(isDue));
  });
  return out;
}

/** The moment the next timed change is due, or null (for pages offering "skip to the next event"). */
export function nextDue(w: World): number | null {
  const timers = timersOf(w);
  return timers.length === 0 ? null : Math.min(...timers.map((t) => t.at));
}

/** Moves the clock to `target`, firing every timer due on the way in time order. */
export function settleUntil(ctx: Ctx, target: number): void {
  const from = ctx.w.now;
  for (let guard = 0; guard < 10000; guard++) {
    const due = dueTimers(ctx.w, target);
    if (due.length === 0) break;
    due.sort((a, b) => a.at - b.at);
    const timer = due[0];
    ctx.w.now = Math.max(ctx.w.now, timer.at);
    timer.fire(ctx);
  }
  ctx.w.now = Math.max(ctx.w.now, target);
  peek(ctx.w.apps).forEach((app, i) => {
    if (hasPrunableChanges(app, ctx.w.now)) pruneChanges(ctx.w.apps[i], ctx.w.now);
  });
  emit(ctx, 'CLOCK_ADVANCED', { from, to: ctx.w.now });
}

export function advanceClock(ctx: Ctx, action: ActionOf<'clock.advance'>): HandlerResult {
  if (!(action.ms > 0) || action.ms > MAX_JUMP) return consoleError('CLOCK_INVALID');
  if (ctx.w.now + action.ms > MAX_TIME) return consoleError('CLOCK_OUT_OF_RANGE', { max: formatDateTime(MAX_TIME) });
  settleUntil(ctx, ctx.w.now + Math.round(action.ms));
}

/**
 * The sandbox toolbar's rule-set switch (现行 / 旧版): rules are read from the rule-set table at every action, so the
 * switch changes nothing else; it is logged. Choosing the rule set already in force is accepted and changes nothing.
 */
export function setRuleSet(ctx: Ctx, action: ActionOf<'sandbox.setRuleSet'>): HandlerResult {
  if (ctx.w.ruleSet === action.ruleSet) return;
  emit(ctx, 'RULE_SET_SWITCHED', { from: ctx.w.ruleSet, to: action.ruleSet });
  ctx.w.ruleSet = action.ruleSet;
}

export function setClock(ctx: Ctx, action: ActionOf<'clock.set'>): HandlerResult {
  if (action.time < ctx.w.now) return consoleError('CLOCK_BACKWARDS', { now: formatDateTime(ctx.w.now) });
  if (action.time - ctx.w.now > MAX_JUMP) return consoleError('CLOCK_INVALID');
  if (action.time > MAX_TIME) return consoleError('CLOCK_OUT_OF_RANGE', { max: formatDateTime(MAX_TIME) });
  settleUntil(ctx, Math.round(action.time));
}
