/**
 * A score as it is kept: points (partial credit included) out of a total, never a rounded percent. A rounded percent
 * can lie at the pass mark (79.6 % rounds to 80 %), so pass/fail and "which is better" are decided from the exact
 * ratio, and a percent is only made (rounded down) for display. Pure.
 */

export interface Points {
  /** Sum of credit, partial credit included. */
  readonly points: number;
  readonly total: number;
}

/**
 * Slack for binary fractions: 0.57 * 100 is 56.99999999999999, yet 57 of 100 reaches a pass mark of 57. Far below
 * any real difference (credit comes in halves at the finest, totals are at most a few hundred questions).
 */
const EPSILON = 1e-9;

/** Exact percent of the points, unrounded (0 for an empty total). */
export function exactPercent(score: Points): number {
  return score.total > 0 ? (score.points / score.total) * 100 : 0;
}

/** The whole percent every page shows: rounded down, so a fail never shows the pass mark. */
export function wholePercent(score: Points): number {
  return Math.floor(exactPercent(score) + EPSILON);
}

/** Whether the points reach a pass mark (a percent), decided from the exact ratio; an empty total never passes. */
export function reachesPass(score: Points, passPercent: number): boolean {
  return score.total > 0 && score.points * 100 >= passPercent * score.total - EPSILON;
}

/** Orders two scores by their exact ratio: negative when `a` is worse, 0 when equal (e.g. 4/5 and 8/10). */
export function compareScores(a: Points, b: Points): number {
  const diff = exactPercent(a) - exactPercent(b);
  return Math.abs(diff) < EPSILON ? 0 : diff;
}

/** The points and total only (what is stored), dropping anything else the value carries. */
export function pointsOf(score: Points): Points {
  return { points: score.points, total: score.total };
}
