/** Versions and what stands before a review as pages and missions read them. */
import { appOrCurrent } from '../kernel/selectors';
import type { ConsoleError } from '../kernel/errors';
import { rulesOf } from '../kernel/rulesets';
import type { OnlineVersion, Review, Version, World } from '../kernel/types';
import { reviewBlockers as appReviewBlockers } from './rules';

export interface VersionsView {
  online: OnlineVersion | null;
  review: Review | null;
  dev: Version[];
  trial: Version | null;
  previous: Version | null;
  /** A version passed review and waits for 发布: not online until published (fact P-05). */
  awaitingPublish: boolean;
  canRollback: boolean;
}

/** The four kinds of version (fact P-01). */
export function versionsView(w: World, appId?: string): VersionsView | null {
  const app = appOrCurrent(w, appId);
  if (!app) return null;
  const v = app.versions;
  return {
    online: v.online,
    review: v.review,
    dev: v.dev.slice(),
    trial: v.trial,
    previous: v.previous,
    awaitingPublish: !!v.review && v.review.status === 'passed',
    canRollback: v.previous !== null && v.online !== null && v.online.percent >= 100,
  };
}

/** Every unmet precondition for submitting a review, in the console's order (empty: ready). */
export function reviewBlockers(w: World, appId?: string): ConsoleError[] {
  const app = appOrCurrent(w, appId);
  return app ? appReviewBlockers(app, rulesOf(w.ruleSet)).filter((e) => e.code !== 'REVIEW_IN_PROGRESS') : [];
}
