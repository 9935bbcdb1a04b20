/** The home page's release checklist as pages and missions read it. */
import type { I18nText } from '../../../core/i18n';
import { appOrCurrent } from '../kernel/selectors';
import { rulesOf } from '../kernel/rulesets';
import type { World } from '../kernel/types';
import { CHECKLIST_TITLES } from './texts';
import { latestCodeItems } from '../versions/rules';

export interface ChecklistItem {
  id: string;
  title: I18nText;
  done: boolean;
  /** Whether releasing needs it under the active rule set. */
  required: boolean;
  factIds: string[];
}

/** The home page's release flow (fact L-03) as a checklist, with what the rule set requires. */
export function releaseChecklist(w: World, appId?: string): ChecklistItem[] {
  const app = appOrCurrent(w, appId);
  if (!app) return [];
  const r = rulesOf(w.ruleSet);
  const b = app.basic;
  const v = app.versions;
  const approved = app.categories.some((c) => c.status === 'approved');
  const categoryDone = approved && (!r['B-07'].mainCategoryRequired || app.mainCategory !== null);
  const item = (id: keyof typeof CHECKLIST_TITLES, done: boolean, required: boolean, factIds: string[]) => ({
    id,
    title: CHECKLIST_TITLES[id],
    done,
    required,
    factIds,
  });
  return [
    item('basicInfo', b.name !== null && b.avatar !== null && b.introduction !== null, true, ['B-10', 'L-03']),
    item('category', categoryDone, true, ['B-07']),
    item('subject', app.subject.status === 'verified', true, ['I-10']),
    item('filing', app.filing.stage === 'done', r['V-02'].filingRequiredForPublish, ['V-01', 'V-02']),
    item(
      'privacy',
      app.privacy !== null,
      r['B-11'].guideRequiredForReview && (latestCodeItems(app).length > 0 || v.dev.length === 0),
      ['B-11'],
    ),
    item(
      'developers',
      app.members.some((m) => m.kind === 'project' && m.roles.indexOf('developer') >= 0),
      false,
      ['M-02', 'D-09'],
    ),
    item('secret', app.dev.secret !== null, false, ['D-04']),
    item(
      'server',
      Object.keys(app.dev.domains).some((k) => app.dev.domains[k as keyof typeof app.dev.domains].length > 0),
      false,
      ['D-07'],
    ),
    item('upload', v.dev.length > 0 || v.review !== null || v.online !== null, true, ['P-02']),
    item('review', (v.review !== null && v.review.status === 'passed') || v.online !== null, true, ['P-04']),
    item('publish', v.online !== null, true, ['P-05']),
  ];
}
