import type { Lang } from '../i18n';
import { endOfLocalDay } from '../quiz/wrongbook';

const DAY = 86400000;

/** `mm:ss` for a countdown. */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const m = Math.floor(total / 60);
  const s = total % 60;
  return `${m < 10 ? '0' : ''}${m}:${s < 10 ? '0' : ''}${s}`;
}

/** A duration in words: "3 分 05 秒" / "3 min 05 s". */
export function formatDuration(ms: number, lang: Lang): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const m = Math.floor(total / 60);
  const s = total % 60;
  const ss = `${s < 10 ? '0' : ''}${s}`;
  if (lang === 'zh') return m > 0 ? `${m} 分 ${ss} 秒` : `${s} 秒`;
  return m > 0 ? `${m} min ${ss} s` : `${s} s`;
}

/** When a review is due, relative to today: "今天" / "明天" / "3 天后" (and English). */
export function formatDue(due: number, now: number, lang: Lang): string {
  const today = endOfLocalDay(now);
  if (due <= today) return lang === 'zh' ? '今天' : 'today';
  const days = Math.ceil((endOfLocalDay(due) - today) / DAY);
  if (days === 1) return lang === 'zh' ? '明天' : 'tomorrow';
  return lang === 'zh' ? `${days} 天后` : `in ${days} days`;
}

/** A whole percent, e.g. "80%". */
export function formatPercent(percent: number): string {
  return `${Math.round(percent)}%`;
}

/** Points with at most one decimal: 7, 7.5. */
export function formatPoints(points: number): string {
  return String(Math.round(points * 10) / 10);
}
