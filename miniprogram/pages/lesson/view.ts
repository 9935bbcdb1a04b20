/** Parts of the lesson page as plain data (pure; test/unit/missions/lesson-links.test.ts). */
import type { LessonSection } from '../../core/content-model';
import { sourceById } from '../../content/index';
import { sourceLine, sourceWhere } from '../../content/citation';
import { missionEntryUrl } from '../../core/available-routes';
import { t } from '../../core/i18n';
import type { Lang } from '../../core/i18n';
import { missionIndexEntry } from '../../core/missions/mission-index';
import { LESSON_STRINGS } from './strings';

export interface SourceRow {
  id: string;
  /** "title · publisher · date". */
  line: string;
  where: string;
}

/** The lesson's sources as the page lists them (unknown ids left out). */
export function sourceRows(ids: readonly string[], lang: Lang): SourceRow[] {
  const rows: SourceRow[] = [];
  for (const id of ids) {
    const src = sourceById(id);
    if (src) rows.push({ id, line: sourceLine(src, lang), where: sourceWhere(src, lang) });
  }
  return rows;
}

/** The section's "practise it" link: the mission's title and the URL that opens it, or null. */
export function practiceLink(section: LessonSection, lang: Lang): { label: string; url: string } | null {
  const entry = section.mission ? missionIndexEntry(section.mission) : undefined;
  const url = entry ? missionEntryUrl(entry.id) : undefined;
  return entry && url ? { label: t(LESSON_STRINGS.practice, lang, { title: t(entry.title, lang) }), url } : null;
}
