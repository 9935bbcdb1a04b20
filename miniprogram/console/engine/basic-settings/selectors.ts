/** 设置 → 基本设置 and its quotas as pages and missions read them. */
import { appOrCurrent } from '../kernel/selectors';
import { QUOTA_KEYS, quotaOf, type QuotaKey, type QuotaStatus } from '../kernel/quotas';
import { rulesOf } from '../kernel/rulesets';
import type { World } from '../kernel/types';
import { SUBJECT_TYPE_LABELS } from '../registration/selectors';
import { findCategory } from './category-data';

/** Every quota of a mini program with the "还能修改 N 次" text (facts B-02..B-07, D-07, P-04). */
export function quotas(w: World, appId?: string): Record<QuotaKey, QuotaStatus> | null {
  const app = appOrCurrent(w, appId);
  if (!app) return null;
  const r = rulesOf(w.ruleSet);
  const out = {} as Record<QuotaKey, QuotaStatus>;
  for (const key of QUOTA_KEYS) out[key] = quotaOf(app, r, w.now, key);
  return out;
}

/** Basic info as 设置 → 基本设置 lists it (facts B-01, B-08). */
export function basicInfoView(w: World, appId?: string) {
  const app = appOrCurrent(w, appId);
  if (!app) return null;
  const q = quotas(w, app.appId) as Record<QuotaKey, QuotaStatus>;
  return {
    name: app.basic.name,
    abbreviation: app.basic.abbreviation,
    avatar: app.basic.avatar,
    introduction: app.basic.introduction,
    categories: app.categories.map((c) => {
      const def = findCategory(c.id);
      return {
        id: c.id,
        name: def ? def.name : { zh: c.id, en: c.id },
        status: c.status,
        main: app.mainCategory === c.id,
      };
    }),
    subject: {
      text: {
        zh: `${app.subject.displayName} · ${SUBJECT_TYPE_LABELS[app.subject.type].zh}`,
        en: `${app.subject.displayName} · ${SUBJECT_TYPE_LABELS[app.subject.type].en}`,
      },
      status: app.subject.status,
      paymentAmountFen: app.subject.paymentAmountFen,
      paymentDeadline: app.subject.paymentDeadline,
    },
    quotas: q,
  };
}
