/** Filing (备案) as pages and missions read it. */
import type { I18nText } from '../../../core/i18n';
import { appOrCurrent } from '../kernel/selectors';
import { rulesOf } from '../kernel/rulesets';
import { DAY, isWorkingDay } from '../kernel/time';
import type { FilingStage, World } from '../kernel/types';
import { FILING_STAGE_LABELS } from '../versions/rules';

function workingDaysBetween(from: number, to: number): number {
  let n = 0;
  for (let t = from + DAY; t <= to + DAY - 1 && n < 400; t += DAY) if (isWorkingDay(t)) n++;
  return n;
}

export interface FilingStatus {
  stage: FilingStage;
  label: I18nText;
  stageEndsAt: number | null;
  workingDaysLeft: number | null;
  smsPending: string[];
  rejectReason: I18nText | null;
  required: boolean;
}

/** Filing stage at the current clock (facts V-02, V-03). */
export function filingStatus(w: World, appId?: string): FilingStatus | null {
  const app = appOrCurrent(w, appId);
  if (!app) return null;
  const f = app.filing;
  return {
    stage: f.stage,
    label: FILING_STAGE_LABELS[f.stage],
    stageEndsAt: f.stageEndsAt,
    workingDaysLeft: f.stageEndsAt !== null ? workingDaysBetween(w.now, f.stageEndsAt) : null,
    smsPending: f.smsChecks.filter((c) => !c.verified).map((c) => c.phoneMasked),
    rejectReason: f.rejectReason,
    required: rulesOf(w.ruleSet)['V-02'].filingRequiredForPublish,
  };
}
