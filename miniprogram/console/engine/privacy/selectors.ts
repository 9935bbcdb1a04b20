/** The user privacy guide (fact B-11) as pages and missions read it. */
import { appOrCurrent } from '../kernel/selectors';
import { rulesOf } from '../kernel/rulesets';
import type { PrivacyGuide, PrivacyItem, World } from '../kernel/types';
import { latestCodeItems } from '../versions/rules';
import { undeclaredItems } from './rules';

export interface PrivacyStatus {
  /** The saved guide, or null when it was never completed. */
  guide: PrivacyGuide | null;
  /** The kinds of information the guide declares. */
  declared: PrivacyItem[];
  /** What the newest uploaded code calls. */
  codeUses: PrivacyItem[];
  /** What the code calls and the guide does not declare: a review of that code would be rejected. */
  undeclared: PrivacyItem[];
  /** Whether review needs the guide under the active rule set. */
  required: boolean;
}

export function privacyStatus(w: World, appId?: string): PrivacyStatus | null {
  const app = appOrCurrent(w, appId);
  if (!app) return null;
  const codeUses = latestCodeItems(app);
  return {
    guide: app.privacy,
    declared: app.privacy ? app.privacy.declarations.map((d) => d.item) : [],
    codeUses,
    undeclared: undeclaredItems(app, codeUses),
    required: rulesOf(w.ruleSet)['B-11'].guideRequiredForReview,
  };
}
