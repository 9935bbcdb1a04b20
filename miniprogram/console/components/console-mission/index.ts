/**
 * <console-mission>: the checklist of the mission being played, docked under the sandbox toolbar (it is part of the
 * toolbar's sticky header, so it pushes the page down instead of covering a control). Collapsed it is one line:
 * the mission and its goals met; open it shows the briefing, the goals ticking live as any page changes the world,
 * hints, undo, start again, the reference solution (after asking) and, once complete, the result. Nothing shows
 * in the sandbox.
 *
 *   <console-mission id="mission" lang="{{lang}}" />   (rendered by console-toolbar)
 */
import { format, t } from '../../../core/i18n';
import type { Lang } from '../../../core/i18n';
import { viewBehavior } from '../../../behaviors/view';
import { confirm } from '../../../services/dialog';
import { navigateTo } from '../../../services/navigation';
import { localize } from '../../../core/i18n';
import {
  activeMission,
  markSolutionShown,
  resetMission,
  subscribe,
  undoMission,
  unlockMissionHint,
} from '../../services/session';
import { CONSOLE_PAGES } from '../../../core/console-routes';
import { MISSION_STRINGS } from './strings';
import { checklistView, stepLine } from './view';
import type { ChecklistView } from './view';

interface MissionData {
  s: Record<keyof typeof MISSION_STRINGS, string>;
  active: boolean;
  open: boolean;
  view: ChecklistView | null;
  /** The reference steps, once the learner asked for them. */
  steps: string[];
  showSteps: boolean;
}

type MissionMethods = {
  render(): void;
  onToggle(): void;
  onHint(): void;
  onUndo(): void;
  onReset(): Promise<void>;
  onSolution(): Promise<void>;
  onResult(): void;
};

const off = new WeakMap<object, () => void>();

Component<MissionData, { lang: { type: StringConstructor; value: string } }, MissionMethods, [typeof viewBehavior]>({
  options: { styleIsolation: 'apply-shared' },
  behaviors: [viewBehavior],
  properties: { lang: { type: String, value: 'zh' } },
  data: {
    s: localize(MISSION_STRINGS, 'zh'),
    active: false,
    open: false,
    view: null,
    steps: [],
    showSteps: false,
  },
  lifetimes: {
    attached() {
      off.set(
        this,
        subscribe(() => this.render()),
      );
      this.render();
    },
    detached() {
      const stop = off.get(this);
      if (stop) stop();
      off.delete(this);
    },
  },
  observers: {
    lang() {
      this.render();
    },
  },
  methods: {
    render() {
      const lang: Lang = this.data.lang === 'en' ? 'en' : 'zh';
      const played = activeMission();
      const view = played ? checklistView(played.run, lang) : null;
      this.updateText(MISSION_STRINGS, lang);
      const patch: Partial<MissionData> = { active: !!played, view };
      // A finished run opens the checklist by itself: the learner sees the result button or why it failed.
      if (view && view.status !== 'playing' && this.data.view && this.data.view.status === 'playing') patch.open = true;
      if (played && this.data.showSteps) {
        const solution = played.run.mission.solution;
        patch.steps = solution ? solution.map(stepLine) : [t(MISSION_STRINGS.noSolution, lang)];
      }
      this.update(patch);
    },
    onToggle() {
      this.update({ open: !this.data.open });
    },
    onHint() {
      unlockMissionHint();
    },
    onUndo() {
      undoMission();
    },
    async onReset() {
      const s = this.data.s;
      const ok = await confirm({ title: s.resetTitle, content: s.resetBody, confirmText: s.reset, danger: true });
      if (ok) resetMission();
    },
    async onSolution() {
      const s = this.data.s;
      const ok = await confirm({ title: s.solutionTitle, content: s.solutionBody, confirmText: s.solutionConfirm });
      if (!ok) return;
      this.update({ showSteps: true });
      markSolutionShown();
    },
    onResult() {
      const played = activeMission();
      if (played) navigateTo(format('{route}?id={id}', { route: CONSOLE_PAGES.mission, id: played.run.mission.id }));
    },
  },
});
