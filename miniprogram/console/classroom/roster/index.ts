// 收作业 Collect results (`?id=<assignmentId>`, an assignment created on this phone): result files imported from a
// chat (wx.chooseMessageFile, up to 100 at once) or result QR codes scanned one after another; the class list pasted
// or imported; the roster (who handed in, who is missing, per mission and stage, time, hints) and where the class got
// stuck; each import's outcome in words; the CSV export shared with wx.shareFileMessage.
import { t } from '../../../core/i18n';
import { saveFailedText } from '../texts';
import { localize } from '../../../behaviors/i18n';
import { renderedPage } from '../../../behaviors/page';
import { readAssignments } from '../../../services/classroom';
import { toast } from '../../../services/dialog';
import type { SaveResult } from '../../../services/storage';
import { MISSIONS, parseStartTime } from '../../missions/index';
import { inputValue } from '../../home/page-utils';
import { pickChatFiles, scanQr, shareTextFile } from '../../services/classroom-io';
import { readRoster, writeRoster } from '../../services/classroom-roster';
import {
  importHandIns,
  MAX_IMPORT,
  openStored,
  parseClassList,
  rosterCsv,
  rosterView,
  withClassList,
  type AssignmentContext,
  type HandIn,
  type ImportOutcome,
} from '../index';
import { ROSTER_STRINGS } from './strings';
import type { RosterStringKey } from './strings';
import { outcomeLines, rosterScreen, type RosterScreen } from './view';

interface RosterData {
  s: Record<RosterStringKey, string>;
  found: boolean;
  className: string;
  screen: RosterScreen | null;
  outcomes: { key: string; text: string; status: string; counted: boolean }[];
  listText: string;
  listProblems: string[];
  listNote: string;
}

type RosterMethods = {
  onLoad(query: Record<string, string | undefined>): void;
  render(): void;
  save(result: SaveResult): void;
  take(handIns: readonly HandIn[]): void;
  onImportFiles(): Promise<void>;
  onScan(): Promise<void>;
  onListText(e: WechatMiniprogram.CustomEvent): void;
  useList(text: string): void;
  onSaveList(): void;
  onImportList(): Promise<void>;
  onExport(): Promise<void>;
};

interface RosterInstance {
  context?: AssignmentContext;
  dueMs: number | null;
  outcomes: ImportOutcome[];
}

renderedPage<RosterData, RosterMethods, RosterInstance>({
  data: {
    s: localize(ROSTER_STRINGS, 'zh'),
    found: false,
    className: '',
    screen: null,
    outcomes: [],
    listText: '',
    listProblems: [],
    listNote: '',
  },
  methods: {
    onLoad(query) {
      this.outcomes = [];
      const opened = openStored(readAssignments('teaching'), query.id || '', MISSIONS);
      if (opened) {
        this.context = {
          id: opened.id,
          className: opened.assignment.className,
          missions: opened.missions,
          quiz: opened.assignment.quiz,
        };
        this.dueMs = parseStartTime(opened.assignment.due);
      }
      this.render();
    },
    render() {
      const lang = this.applyPrefs().lang;
      this.updateText(ROSTER_STRINGS, lang);
      const context = this.context;
      if (!context) return;
      const roster = readRoster(context.id);
      const view = rosterView(roster, context, this.dueMs);
      this.update({
        found: true,
        className: context.className,
        screen: rosterScreen(view, context, lang),
        outcomes: outcomeLines(this.outcomes, lang),
        listNote: roster.members.length ? t(ROSTER_STRINGS.classListSaved, lang, { count: roster.members.length }) : '',
      });
    },
    save(result) {
      if (result.ok) return;
      toast(saveFailedText(result.problem, this.data.lang));
    },
    take(handIns) {
      const context = this.context;
      if (!context) return;
      const merged = importHandIns(readRoster(context.id), context, handIns);
      if (merged.outcomes.some((o) => o.counted)) this.save(writeRoster(context.id, merged.roster));
      this.outcomes = merged.outcomes;
      this.render();
    },
    async onImportFiles() {
      const files = await pickChatFiles(MAX_IMPORT, ['json']);
      if (!files.length) {
        toast(this.data.s.nothingPicked);
        return;
      }
      this.take(files.map((f) => ({ source: f.name, text: f.text, kind: 'file' as const })));
    },
    async onScan() {
      // One after another: each scan is imported at once, and the scanner opens again until the teacher cancels.
      const all: ImportOutcome[] = [];
      for (let n = 1; n <= MAX_IMPORT; n++) {
        const text = await scanQr();
        if (text === null) break;
        this.take([{ source: `QR ${n}`, text, kind: 'code' }]);
        all.push(...this.outcomes);
        toast(t(ROSTER_STRINGS.scanned, this.data.lang, { count: n }));
      }
      this.outcomes = all;
      this.render();
    },
    onListText(e) {
      this.update({ listText: inputValue(e.detail), listProblems: [] });
    },
    useList(text) {
      const context = this.context;
      if (!context) return;
      const parsed = parseClassList(text);
      this.update({ listProblems: parsed.problems.map((p) => t(p.message, this.data.lang)) });
      if (!parsed.members.length) return;
      this.save(writeRoster(context.id, withClassList(readRoster(context.id), parsed.members)));
      this.render();
    },
    onSaveList() {
      this.useList(this.data.listText);
    },
    async onImportList() {
      const files = await pickChatFiles(1, ['csv', 'txt']);
      if (files.length) this.useList(files[0].text);
    },
    async onExport() {
      const context = this.context;
      if (!context) return;
      const lang = this.data.lang;
      const csv = rosterCsv(rosterView(readRoster(context.id), context, this.dueMs), context, lang);
      const name = `reglab-${context.className.replace(/[\\/:*?"<>|\s]+/g, '_')}-${context.id}.csv`;
      const outcome = await shareTextFile(name, csv);
      toast(outcome === 'shared' ? this.data.s.exported : this.data.s.exportFailed);
    },
  },
});
