/**
 * How pages cite the course's material: a source as "title · publisher · date", and, for facts whose newest source
 * is older than 2024 (`isDated`), the dates they are "as of". Fact IDs stay out of what the learner reads.
 */
import type { Source } from '../core/content-model';
import { t, type Lang } from '../core/i18n';
import { findFact, isDated } from './facts';

/** "小程序接入指南 · 微信开放文档（腾讯） · 2025". */
export function sourceLine(src: Source, lang: Lang): string {
  return `${t(src.title, lang)} · ${t(src.publisher, lang)} · ${src.asOf}`;
}

/** The as-of dates of the dated facts among `factIds`, oldest first, without repeats ('' entries never). */
export function datedAsOf(factIds: readonly string[]): string[] {
  const dates: string[] = [];
  for (const id of factIds) {
    const fact = findFact(id);
    if (fact && isDated(fact) && dates.indexOf(fact.asOf) < 0) dates.push(fact.asOf);
  }
  return dates.sort();
}
