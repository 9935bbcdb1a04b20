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

/**
 * Where a learner can find the source: its web address when it has one, else its description in the learner's
 * language (a source's `where` may hold both languages as "中文 / English", or Chinese around an address).
 */
export function sourceWhere(src: Source, lang: Lang): string {
  const url = /https?:\/\/[^\s）)]+/.exec(src.where);
  if (url) return url[0];
  const parts = src.where.split(' / ');
  return parts.length === 2 ? parts[lang === 'zh' ? 0 : 1] : src.where;
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
