// 交作业 Hand in (`?id=<assignmentId>`, an assignment opened on this phone): the result file written to the app's own
// folder and shared into a chat with wx.shareFileMessage, or the result as a QR code on a 2d canvas for the teacher
// to scan. It says what the checksum does and does not prove.
import { t } from '../../../core/i18n';
import { recordOf } from '../../../core/missions/progress';
import { i18nBehavior, localize } from '../../../behaviors/i18n';
import { readAssignments, readClassroomQuiz, readStudent } from '../../../services/classroom';
import { toast } from '../../../services/dialog';
import { readMissionProgress, readMissionSave } from '../../../services/missions';
import { MISSIONS } from '../../missions/index';
import { runFromSave } from '../../services/mission-play';
import { drawQr, shareTextFile } from '../../services/classroom-io';
import {
  openStored,
  qrGrid,
  qrRects,
  qrSide,
  resultCode,
  resultFileName,
  resultFileText,
  type StudentResult,
} from '../index';
import { HANDIN_STRINGS } from './strings';
import type { HandinStringKey } from './strings';
import { resultSummary, studentResultOf } from './view';

interface HandinData {
  s: Record<HandinStringKey, string>;
  /** '' when there is something to hand in, else why not. */
  problem: string;
  summary: string;
  message: string;
  qrShown: boolean;
  code: string;
}

type HandinMethods = {
  onLoad(query: Record<string, string | undefined>): void;
  onShow(): void;
  build(): StudentResult | null;
  render(): void;
  onFile(): Promise<void>;
  onQr(): Promise<void>;
};

interface HandinInstance {
  id: string;
}

const CELL = 4;

Component<
  HandinData,
  WechatMiniprogram.Component.PropertyOption,
  HandinMethods,
  [typeof i18nBehavior],
  HandinInstance,
  true
>({
  behaviors: [i18nBehavior],
  data: { s: localize(HANDIN_STRINGS, 'zh'), problem: '', summary: '', message: '', qrShown: false, code: '' },
  methods: {
    onLoad(query) {
      this.id = query.id || '';
      this.applyPrefs();
      this.render();
    },
    onShow() {
      this.applyPrefs();
      this.render();
    },
    build() {
      const opened = openStored(readAssignments('joined'), this.id, MISSIONS);
      const student = readStudent();
      if (!opened || !student) return null;
      const progress = readMissionProgress();
      const now = Date.now();
      return studentResultOf(
        opened,
        student,
        (m) => {
          const save = readMissionSave(m.id);
          const run = save ? runFromSave(m, save, now) : null;
          return run ? { run, lastPlayedAt: recordOf(progress, m.id).lastPlayedAt } : null;
        },
        readClassroomQuiz(opened.id),
        now,
      );
    },
    render() {
      const lang = this.data.lang;
      const s = this.updateText(HANDIN_STRINGS, lang);
      const opened = openStored(readAssignments('joined'), this.id, MISSIONS);
      const result = this.build();
      this.update({
        problem: !opened ? s.noAssignment : !result ? s.noStudent : '',
        summary: opened && result ? resultSummary(result, opened.assignment.quiz, lang) : '',
      });
    },
    async onFile() {
      const result = this.build();
      if (!result) return;
      const outcome = await shareTextFile(resultFileName(result), resultFileText(result));
      const s = this.data.s;
      this.update({ message: outcome === 'shared' ? '' : outcome === 'cancelled' ? s.cancelled : s.failed });
      if (outcome === 'shared') toast(s.shared);
    },
    async onQr() {
      const result = this.build();
      if (!result) return;
      const code = resultCode(result);
      this.update({ qrShown: true, code, message: '' });
      const grid = qrGrid(code, 'L');
      const drawn = grid.ok && (await drawQr(this, 'result-qr', qrSide(grid.grid, CELL), qrRects(grid.grid, CELL)));
      if (!drawn) this.update({ message: t(HANDIN_STRINGS.qrFailed, this.data.lang) });
    },
  },
});
