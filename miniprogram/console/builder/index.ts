// The mission builder (for teachers): pick a start (a scenario or the current sandbox), record a play in the console
// (the draft is a mission whose only goal is to come back here), tick goals proposed from what changed, write the
// texts, test-play (the recording becomes the reference solution, replayed to check), save to "my missions" and
// open its code. Logic in console/missions/builder.ts, view state in ./view.ts.
import { renderedPage } from '../../behaviors/page';
import { t } from '../../core/i18n';
import { findLabScenario } from '../../core/lab-scenarios';
import { missionUrl } from '../../core/missions/save';
import { CONSOLE_PAGES } from '../../core/console-routes';
import { MAX_LIBRARY_MISSIONS, putLibraryEntry } from '../../core/missions/library';
import type { StageId } from '../../core/content-model';
import { confirm } from '../../services/dialog';
import { navigateTo, redirectTo } from '../../services/navigation';
import { readSandboxSummary } from '../../services/sandbox';
import {
  readBuilderDraft,
  readMissionLibrary,
  readMissionSave,
  removeMissionSave,
  updateMissionLibrary,
  writeBuilderDraft,
} from '../../services/missions';
import { inputValue } from '../home/page-utils';
import {
  BUILDER_DRAFT_ID,
  buildMission,
  builtMissionId,
  recordingOf,
  startFromSandbox,
  type BuilderForm,
  type Recording,
} from '../missions/builder';
import { LIBRARY_FULL, libraryEntryOf } from '../missions/library';
import type { MissionStart } from '../missions/index';
import { activeMission, loadWorld, startFromQuery } from '../services/session';
import { builderDraftMission, ownMission } from '../services/own-missions';
import { missionById } from '../missions/index';
import { BUILDER_STRINGS } from './strings';
import type { BuilderStringKey } from './strings';
import {
  factRows,
  formOf,
  goalRows,
  hintsEnNote,
  isTextField,
  problemTexts,
  recordedLine,
  SANDBOX_START,
  stageChoices,
  startChoices,
  toggleFact,
  toggleForbidden,
  toggleGoal,
} from './view';
import type { Choice, FactRow, GoalRow } from './view';

interface BuilderData {
  s: Record<BuilderStringKey, string>;
  recording: boolean;
  startId: string;
  starts: Choice[];
  recorded: string;
  form: BuilderForm;
  goals: GoalRow[];
  facts: FactRow[];
  hintsNote: string;
  stages: Choice[];
  problems: Record<string, string>;
  passed: string;
}

type BuilderMethods = {
  render(): void;
  recording(): Recording | null;
  keepForm(form: BuilderForm): void;
  onPickStart(e: WechatMiniprogram.TouchEvent): void;
  onRecord(): void;
  onKeepRecording(): void;
  onDiscard(): Promise<void>;
  onField(e: WechatMiniprogram.CustomEvent): void;
  onToggleGoal(e: WechatMiniprogram.TouchEvent): void;
  onForbid(e: WechatMiniprogram.TouchEvent): void;
  onToggleFact(e: WechatMiniprogram.TouchEvent): void;
  onStage(e: WechatMiniprogram.TouchEvent): void;
  onTest(): void;
  onSave(): void;
};

const idOf = (e: WechatMiniprogram.TouchEvent) => String(e.currentTarget.dataset.id ?? '');

renderedPage<BuilderData, BuilderMethods>({
  data: {
    s: {} as Record<BuilderStringKey, string>,
    recording: false,
    startId: 'fresh',
    starts: [],
    recorded: '',
    form: formOf(null),
    goals: [],
    facts: [],
    hintsNote: '',
    stages: [],
    problems: {},
    passed: '',
  },
  methods: {
    recording() {
      const draft = builderDraftMission();
      const save = draft ? readMissionSave(BUILDER_DRAFT_ID) : null;
      return draft ? recordingOf(draft, save ? save.actions : []) : null;
    },
    render() {
      const lang = this.applyPrefs().lang;
      this.updateText(BUILDER_STRINGS, lang);
      const rec = this.recording();
      const form = formOf(readBuilderDraft());
      this.update({
        recording: !!rec,
        starts: startChoices(this.data.startId, !!readSandboxSummary(), BUILDER_STRINGS.sandbox, lang),
        recorded: rec ? recordedLine(rec.start, rec.actions.length, lang) : '',
        form,
        goals: rec ? goalRows(rec.proposals, form, lang) : [],
        facts: rec ? factRows(rec.facts, form, lang) : [],
        hintsNote: hintsEnNote(form, lang),
        stages: stageChoices(form.stage, lang),
      });
    },
    keepForm(form) {
      const draft = readBuilderDraft();
      if (draft) writeBuilderDraft({ start: draft.start, form: { ...form } });
      this.update({ form, passed: '', hintsNote: hintsEnNote(form, this.data.lang) });
    },
    onPickStart(e) {
      this.update({ startId: idOf(e) });
      this.render();
    },
    onRecord() {
      let start: MissionStart;
      if (this.data.startId === SANDBOX_START) {
        if (activeMission()) startFromQuery({ sandbox: '1' });
        const world = loadWorld();
        if (!world) return;
        start = startFromSandbox(world);
      } else {
        const scenario = findLabScenario(this.data.startId);
        if (!scenario) return;
        start = { scenario: scenario.id, ruleSet: scenario.ruleSet };
      }
      writeBuilderDraft({ start: { ...start }, form: {} });
      removeMissionSave(BUILDER_DRAFT_ID);
      const entry = findLabScenario(start.scenario);
      navigateTo(missionUrl(entry ? entry.entry : CONSOLE_PAGES.register, BUILDER_DRAFT_ID, true));
    },
    onKeepRecording() {
      const save = readMissionSave(BUILDER_DRAFT_ID);
      const rec = this.recording();
      const entry = rec ? findLabScenario(rec.start.scenario) : undefined;
      const page = save ? save.entry : entry ? entry.entry : CONSOLE_PAGES.register;
      navigateTo(missionUrl(page, BUILDER_DRAFT_ID));
    },
    async onDiscard() {
      const s = this.data.s;
      const ok = await confirm({ title: s.discardTitle, content: s.discardBody, confirmText: s.discard, danger: true });
      if (!ok) return;
      writeBuilderDraft(null);
      removeMissionSave(BUILDER_DRAFT_ID);
      this.update({ problems: {}, passed: '' });
      this.render();
    },
    onField(e) {
      const field = String(e.currentTarget.dataset.key ?? '');
      if (isTextField(field)) this.keepForm({ ...this.data.form, [field]: inputValue(e.detail) });
    },
    onToggleGoal(e) {
      this.keepForm(toggleGoal(this.data.form, idOf(e)));
      this.render();
    },
    onForbid(e) {
      this.keepForm(toggleForbidden(this.data.form, idOf(e)));
      this.render();
    },
    onToggleFact(e) {
      this.keepForm(toggleFact(this.data.form, idOf(e)));
      this.render();
    },
    onStage(e) {
      this.keepForm({ ...this.data.form, stage: idOf(e) as StageId });
      this.render();
    },
    onTest() {
      const rec = this.recording();
      if (!rec) return;
      const lang = this.data.lang;
      const built = buildMission(this.data.form, rec.proposals, rec.start, rec.actions, BUILDER_DRAFT_ID);
      this.update({
        problems: built.ok ? {} : problemTexts(built.problems, lang),
        passed: built.ok
          ? t(BUILDER_STRINGS.testPassed, lang, { par: built.mission.par, recorded: built.recorded })
          : '',
      });
    },
    onSave() {
      const rec = this.recording();
      if (!rec) return;
      const now = Date.now();
      const id = builtMissionId(now, (x) => !!missionById(x) || !!ownMission(x));
      const built = buildMission(this.data.form, rec.proposals, rec.start, rec.actions, id);
      if (!built.ok) {
        this.update({ problems: problemTexts(built.problems, this.data.lang), passed: '' });
        return;
      }
      if (readMissionLibrary().missions.length >= MAX_LIBRARY_MISSIONS) {
        this.update({ problems: { play: t(LIBRARY_FULL, this.data.lang) }, passed: '' });
        return;
      }
      updateMissionLibrary((library) => putLibraryEntry(library, libraryEntryOf(built.mission, 'built', now)));
      writeBuilderDraft(null);
      removeMissionSave(BUILDER_DRAFT_ID);
      redirectTo(`${CONSOLE_PAGES.library}?export=${id}`);
    },
  },
});
