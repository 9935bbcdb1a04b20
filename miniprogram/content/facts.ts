// The facts the course teaches: their shape and look-ups. The facts themselves are generated from docs/facts.md into
// facts-data.ts (tools/sync-facts.js; run `npm run sync-facts`).
import type { I18nText } from '../core/i18n';
import { FACTS } from './facts-data';

export { FACTS, PENDING_ENFORCEMENT } from './facts-data';

export type FactKind = 'concept' | 'rule' | 'limit' | 'flow' | 'ui';

export interface FactRecord {
  /** Stable ID from the facts sheet, e.g. `R-03`: a link target, never shown to a learner. */
  readonly id: string;
  readonly kind: FactKind;
  /** The sheet's section heading. */
  readonly section: string;
  /** The fact itself, as the course teaches it. */
  readonly text: I18nText;
  /** IDs of the sources (SOURCES) it rests on; at least one. */
  readonly sources: readonly string[];
  /** The newest date its sources support. */
  readonly asOf: string;
  /** True when older tutorials show a different value: lessons add an "older tutorials say" note. */
  readonly changed: boolean;
}

/** A fact ID such as `D-04`; `isFactId` tells whether one exists. */
export type FactId = string;

const BY_ID: Readonly<Record<string, FactRecord>> = FACTS.reduce<Record<string, FactRecord>>((acc, f) => {
  acc[f.id] = f;
  return acc;
}, {});

export function findFact(id: string): FactRecord | undefined {
  return Object.prototype.hasOwnProperty.call(BY_ID, id) ? BY_ID[id] : undefined;
}

export function isFactId(id: string): boolean {
  return Object.prototype.hasOwnProperty.call(BY_ID, id);
}

/** True when the fact is older than 2024: the app shows it "as of" its date. */
export function isDated(fact: FactRecord): boolean {
  return fact.asOf < '2024';
}
