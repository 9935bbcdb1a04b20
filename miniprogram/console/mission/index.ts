// The completion screen of a mission (`?id=<mission>`): time, actions against par, hints, the facts it taught and
// the next mission. It opens the mission's saved run (never a new one), so it also works after a restart.
import { consolePage } from '../behaviors/console-page';
import { localize } from '../../core/i18n';
import { activeMission } from '../services/session';
import { readMissionProgress } from '../../services/missions';
import { recordOf } from '../../core/missions/progress';
import { navigateBack, navigateTo, switchTab } from '../../services/navigation';
import { MISSION_RESULT_STRINGS } from './strings';
import type { MissionResultStringKey } from './strings';
import { resultView } from './view';
import type { ResultView } from './view';

interface ResultData {
  s: Record<MissionResultStringKey, string>;
  result: ResultView | null;
}

type ResultMethods = {
  onLoad(query: Record<string, string | undefined>): void;
  renderWorld(): void;
  onNext(): void;
  onMap(): void;
  onBack(): void;
};

consolePage<ResultData, ResultMethods>({
  data: { s: localize(MISSION_RESULT_STRINGS, 'zh'), result: null },
  methods: {
    onLoad(query) {
      this.consoleStart(query.id ? { mission: query.id } : {});
    },
    renderWorld() {
      const lang = this.data.lang;
      const played = activeMission();
      const record = played ? recordOf(readMissionProgress(), played.run.mission.id) : null;
      this.updateText(MISSION_RESULT_STRINGS, lang);
      this.update({
        result:
          played && record
            ? resultView(played.run, record, played.solutionShown, played.completedAt ?? Date.now(), lang)
            : null,
      });
    },
    onNext() {
      const next = this.data.result && this.data.result.next;
      if (next) navigateTo(next.url);
    },
    onMap() {
      switchTab('/pages/lab/index');
    },
    onBack() {
      navigateBack();
    },
  },
});
