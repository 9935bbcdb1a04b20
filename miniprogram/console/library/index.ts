// Mission codes: import a mission by pasting its code (a bad code shows the codec's message and changes nothing),
// the learner's own missions (play, show the code, remove), and the code of any built-in mission. `?export=<id>`
// opens with that mission's code shown and copied (the builder sends the teacher here after saving).
import { renderedPage } from '../../behaviors/page';
import { t } from '../../core/i18n';
import { libraryIndex, removeLibraryEntry } from '../../core/missions/library';
import { confirm, toast } from '../../services/dialog';
import { copyText } from '../../services/clipboard';
import { navigateTo } from '../../services/navigation';
import { readMissionLibrary, readMissionSave, removeMissionSave, updateMissionLibrary } from '../../services/missions';
import { missionOpenUrl } from '../../pages/lab/view';
import { encodeMission, MISSIONS } from '../missions/index';
import { importCode } from '../missions/library';
import { findMission } from '../services/mission-play';
import { inputValue } from '../home/page-utils';
import { LIBRARY_STRINGS } from './strings';
import type { LibraryStringKey } from './strings';
import { builtInRows, exportView, importMessage, ownRows } from './view';
import type { BuiltInRow, ExportView, OwnRow } from './view';

interface LibraryData {
  s: Record<LibraryStringKey, string>;
  code: string;
  /** After an import: what happened (ok) or the codec's message. */
  outcome: { ok: boolean; text: string } | null;
  mine: OwnRow[];
  builtIns: BuiltInRow[];
  exported: ExportView | null;
}

type LibraryMethods = {
  onLoad(query: Record<string, string | undefined>): void;
  render(): void;
  onCode(e: WechatMiniprogram.CustomEvent): void;
  onImport(): void;
  onExport(e: WechatMiniprogram.TouchEvent): Promise<void>;
  exportMission(id: string): Promise<void>;
  onCopy(): Promise<void>;
  onPlay(e: WechatMiniprogram.TouchEvent): void;
  onRemove(e: WechatMiniprogram.TouchEvent): Promise<void>;
};

const idOf = (e: WechatMiniprogram.TouchEvent) => String(e.currentTarget.dataset.id ?? '');

renderedPage<LibraryData, LibraryMethods>({
  data: { s: {} as Record<LibraryStringKey, string>, code: '', outcome: null, mine: [], builtIns: [], exported: null },
  methods: {
    onLoad(query) {
      this.render();
      if (query.export) void this.exportMission(query.export);
    },
    render() {
      const lang = this.applyPrefs().lang;
      this.updateText(LIBRARY_STRINGS, lang);
      this.update({ mine: ownRows(readMissionLibrary(), lang), builtIns: builtInRows(MISSIONS, lang) });
    },
    onCode(e) {
      // A new code clears the message about the previous one.
      this.update({ code: inputValue(e.detail), outcome: null });
    },
    onImport() {
      const lang = this.data.lang;
      const result = importCode(readMissionLibrary(), this.data.code, MISSIONS, Date.now());
      if (result.ok && result.outcome !== 'built-in') updateMissionLibrary(() => result.library);
      this.update({ outcome: importMessage(result, lang), code: result.ok ? '' : this.data.code });
      this.render();
    },
    async onExport(e) {
      await this.exportMission(idOf(e));
    },
    async exportMission(id) {
      const mission = findMission(id);
      if (!mission) return;
      const code = encodeMission(mission);
      this.update({ exported: exportView(mission, code, false, this.data.lang) });
      const copied = await copyText(code);
      this.update({ exported: exportView(mission, code, copied, this.data.lang) });
    },
    async onCopy() {
      const exported = this.data.exported;
      if (exported) await this.exportMission(exported.id);
    },
    onPlay(e) {
      const id = idOf(e);
      const save = readMissionSave(id);
      navigateTo(missionOpenUrl(id, save, !!save && save.status === 'completed', libraryIndex(readMissionLibrary())));
    },
    async onRemove(e) {
      const id = idOf(e);
      const row = this.data.mine.find((m) => m.id === id);
      if (!row) return;
      const lang = this.data.lang;
      const s = this.data.s;
      const ok = await confirm({
        title: s.removeTitle,
        content: t(LIBRARY_STRINGS.removeBody, lang, { title: row.title }),
        confirmText: s.remove,
        danger: true,
      });
      if (!ok) return;
      updateMissionLibrary((library) => removeLibraryEntry(library, id));
      removeMissionSave(id);
      if (this.data.exported && this.data.exported.id === id) this.update({ exported: null });
      toast(s.removed);
      this.render();
    },
  },
});
