/**
 * The mission codes page as plain data (pure; test/unit/missions/library-view.test.ts): the own missions with
 * their origin and par, the built-in missions by stage, the message after an import.
 */
import { t } from '../../core/i18n';
import type { Lang } from '../../core/i18n';
import { STAGE_TITLES } from '../../core/content-model';
import type { MissionLibrary } from '../../core/missions/library';
import type { Mission } from '../missions/index';
import type { LibraryImport } from '../missions/library';
import { LIBRARY_STRINGS as T } from './strings';

export interface OwnRow {
  id: string;
  title: string;
  detail: string;
}

export interface BuiltInRow {
  id: string;
  title: string;
  stage: string;
}

export function ownRows(library: MissionLibrary, lang: Lang): OwnRow[] {
  return library.missions.map((m) => ({
    id: m.id,
    title: t(m.title, lang),
    detail: `${t(m.origin === 'built' ? T.built : T.imported, lang)} · ${t(T.par, lang, { par: m.par })}`,
  }));
}

export function builtInRows(missions: readonly Mission[], lang: Lang): BuiltInRow[] {
  return missions.map((m) => ({ id: m.id, title: t(m.title, lang), stage: t(STAGE_TITLES[m.stage], lang) }));
}

/** What the page says after an import: the codec's message on failure, else what happened. */
export function importMessage(result: LibraryImport, lang: Lang): { ok: boolean; text: string } {
  if (!result.ok) return { ok: false, text: t(result.message, lang) };
  const said = result.outcome === 'built-in' ? T.builtIn : result.outcome === 'replaced' ? T.replaced : T.added;
  return { ok: true, text: t(said, lang, { title: t(result.mission.title, lang) }) };
}

export interface ExportView {
  id: string;
  title: string;
  code: string;
  size: string;
}

export function exportView(mission: Mission, code: string, copied: boolean, lang: Lang): ExportView {
  return {
    id: mission.id,
    title: t(T.exportTitle, lang, { title: t(mission.title, lang) }),
    code,
    size: t(copied ? T.exportSize : T.exportNotCopied, lang, { length: code.length }),
  };
}
