// The console engine lives in the console subpackage, which main-package code cannot require: this tab works from
// the scenarios' metadata (core/lab-scenarios.ts) and the summary the console session saves (services/sandbox.ts),
// and starts a sandbox by opening its first console page with `?scenario=…` (the page starts the world).
import {
  findLabScenario,
  LAB_RULE_SET_TITLES,
  LAB_RULE_SETS,
  LAB_SCENARIOS,
  labStartUrl,
} from '../../core/lab-scenarios';
import type { LabRuleSet, ScenarioId } from '../../core/lab-scenarios';
import { t } from '../../core/i18n';
import { STORAGE_TEXTS } from '../../core/storage/texts';
import { localize } from '../../behaviors/i18n';
import { renderedPage } from '../../behaviors/page';
import { readSandboxSummary, resetSandbox, takeSandboxNotice } from '../../services/sandbox';
import { alert, confirm, toast } from '../../services/dialog';
import { navigateTo } from '../../services/navigation';
import { readMissionLibrary, readMissionProgress, readMissionSave, takeMissionNotice } from '../../services/missions';
import { libraryIndex } from '../../core/missions/library';
import { CLASSROOM_PAGES, CONSOLE_PAGES } from '../../core/console-routes';
import { missionMap, missionOpenUrl, missionToContinue } from './view';
import type { MapStage } from './view';
import { LAB_STRINGS } from './strings';
import type { LabStringKey } from './strings';

interface Choice {
  id: string;
  title: string;
  summary: string;
  selected: boolean;
}

interface Summary {
  scenario: string;
  ruleSet: string;
  clock: string;
  where: string;
  apps: number;
}

interface LabData {
  s: Record<LabStringKey, string>;
  summary: Summary | null;
  scenarios: Choice[];
  rules: Choice[];
  scenarioId: ScenarioId;
  ruleSet: LabRuleSet;
  showIntro: boolean;
  stages: MapStage[];
  /** The mission "continue" opens: its id and the button's text, or null. */
  resume: { id: string; label: string } | null;
  /** All 18 scenarios listed, or only the first few and the chosen one. */
  allScenarios: boolean;
  /** The "show all 18 scenarios" / "show fewer" link. */
  moreLabel: string;
}

type LabMethods = {
  onLoad(): void;
  render(): void;
  onToggleIntro(): void;
  onPickScenario(e: WechatMiniprogram.TouchEvent): void;
  onPickRules(e: WechatMiniprogram.TouchEvent): void;
  onStart(): Promise<void>;
  onContinue(): void;
  onReset(): Promise<void>;
  onMission(e: WechatMiniprogram.TouchEvent): Promise<void>;
  onResume(): void;
  onAllScenarios(): void;
  onLibrary(): void;
  onBuilder(): void;
  onClassroom(): void;
};

/** How many scenario cards show before "show all". */
const SHORT_LIST = 4;

const NOTICE_TITLE = STORAGE_TEXTS.consoleNoticeTitle;

function defaultRuleSet(id: ScenarioId): LabRuleSet {
  const scenario = findLabScenario(id);
  return scenario ? scenario.ruleSet : 'current';
}

renderedPage<LabData, LabMethods>({
  data: {
    s: localize(LAB_STRINGS, 'zh'),
    summary: null,
    scenarios: [],
    rules: [],
    scenarioId: 'fresh',
    ruleSet: 'current',
    showIntro: false,
    stages: [],
    resume: null,
    allScenarios: false,
    moreLabel: '',
  },
  methods: {
    onLoad() {
      this.render();
      const notice = takeSandboxNotice() || takeMissionNotice();
      if (notice) void alert(t(NOTICE_TITLE, this.data.lang), t(notice.message, this.data.lang), this.data.lang);
    },
    render() {
      const lang = this.applyPrefs().lang;
      const sum = readSandboxSummary();
      const { scenarioId, ruleSet, allScenarios } = this.data;
      const progress = readMissionProgress();
      const own = libraryIndex(readMissionLibrary());
      const resume = missionToContinue(progress, readMissionSave, own);
      this.update({
        stages: missionMap(progress, readMissionSave, lang, own),
        moreLabel: allScenarios
          ? t(LAB_STRINGS.fewerScenarios, lang)
          : t(LAB_STRINGS.allScenarios, lang, { count: LAB_SCENARIOS.length }),
        resume: resume ? { id: resume.id, label: t(LAB_STRINGS.resume, lang, { title: t(resume.title, lang) }) } : null,
      });
      this.setData({
        s: localize(LAB_STRINGS, lang),
        summary: sum
          ? {
              scenario: t(sum.scenario, lang),
              ruleSet: t(sum.ruleSet, lang),
              clock: sum.clock,
              where: t(sum.where, lang),
              apps: sum.apps,
            }
          : null,
        scenarios: LAB_SCENARIOS.filter((sc, i) => allScenarios || i < SHORT_LIST || sc.id === scenarioId).map(
          (sc) => ({
            id: sc.id,
            title: t(sc.title, lang),
            summary: t(sc.summary, lang),
            selected: sc.id === scenarioId,
          }),
        ),
        rules: LAB_RULE_SETS.map((id) => ({
          id,
          title: t(LAB_RULE_SET_TITLES[id], lang),
          summary: '',
          selected: id === ruleSet,
        })),
      });
    },
    onToggleIntro() {
      this.setData({ showIntro: !this.data.showIntro });
    },
    onPickScenario(e) {
      const scenario = findLabScenario(String(e.currentTarget.dataset.id ?? ''));
      if (!scenario) return;
      this.setData({ scenarioId: scenario.id, ruleSet: defaultRuleSet(scenario.id) });
      this.render();
    },
    onPickRules(e) {
      const id = String(e.currentTarget.dataset.id ?? '');
      if (id !== 'current' && id !== 'classic') return;
      this.setData({ ruleSet: id });
      this.render();
    },
    async onStart() {
      const s = this.data.s;
      if (readSandboxSummary()) {
        const ok = await confirm({
          title: s.replaceTitle,
          content: s.replaceBody,
          confirmText: s.confirmStart,
          danger: true,
        });
        if (!ok) return;
      }
      navigateTo(
        labStartUrl({
          scenario: this.data.scenarioId,
          ruleSet: this.data.ruleSet,
          seed: 1 + Math.floor(Math.random() * 99999),
        }),
      );
    },
    onContinue() {
      const summary = readSandboxSummary();
      // `sandbox=1`: the console leaves any mission being played (it stays saved) and shows the sandbox.
      if (summary) navigateTo(`${summary.entry}?sandbox=1`);
    },
    async onMission(e) {
      const id = String(e.currentTarget.dataset.id ?? '');
      const save = readMissionSave(id);
      if (save && save.status === 'completed') {
        const s = this.data.s;
        const ok = await confirm({ title: s.replayTitle, content: s.replayBody, confirmText: s.replay });
        if (!ok) return;
      }
      navigateTo(missionOpenUrl(id, save, !!save && save.status === 'completed', libraryIndex(readMissionLibrary())));
    },
    onResume() {
      const resume = this.data.resume;
      if (resume) {
        navigateTo(missionOpenUrl(resume.id, readMissionSave(resume.id), false, libraryIndex(readMissionLibrary())));
      }
    },
    onLibrary() {
      navigateTo(CONSOLE_PAGES.library);
    },
    onBuilder() {
      navigateTo(CONSOLE_PAGES.builder);
    },
    onClassroom() {
      navigateTo(CLASSROOM_PAGES.join);
    },
    onAllScenarios() {
      this.setData({ allScenarios: !this.data.allScenarios });
      this.render();
    },
    async onReset() {
      const s = this.data.s;
      const ok = await confirm({ title: s.resetTitle, content: s.resetBody, confirmText: s.reset, danger: true });
      if (!ok) return;
      resetSandbox();
      toast(s.resetDone);
      this.render();
    },
  },
});
