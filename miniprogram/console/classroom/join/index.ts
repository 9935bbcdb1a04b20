// 课堂 Classroom (docs/classroom.md): the entry from 我的 and 实操 (paste or scan an assignment code; a teacher's
// assignments), and the student's assignment when opened with `?a=<code>` (a share card, a QR code, a pasted code):
// name and number once, the missions (played in the console), the quiz (on the quiz page, its score read back through
// services/classroom.ts), what is left, the due date, and the way to hand in.
import { t } from '../../../core/i18n';
import { saveFailedText } from '../texts';
import { classroomQuizUrl } from '../../../core/classroom/quiz-link';
import { CLASSROOM_PAGES } from '../../../core/console-routes';
import { localize } from '../../../behaviors/i18n';
import { renderedPage } from '../../../behaviors/page';
import type { SaveProblem } from '../../../services/storage';
import { readMissionSave } from '../../../services/missions';
import { navigateTo } from '../../../services/navigation';
import { toast } from '../../../services/dialog';
import {
  readAssignments,
  readClassroomQuiz,
  readStudent,
  rememberAssignment,
  writeStudent,
} from '../../../services/classroom';
import { missionUrl } from '../../../core/missions/save';
import { openMissionUrl } from '../../mission/view';
import { MISSIONS, type Mission } from '../../missions/index';
import { inputValue } from '../../home/page-utils';
import { setMissionLibrary } from '../../services/mission-play';
import { launchScene, scanQr } from '../../services/classroom-io';
import { decodeAssignment, encodeAssignment, studentProblems, type AssignmentDecode } from '../index';
import { assignmentView, listRows, sceneText, type AssignmentView, type ListRow } from './view';
import { JOIN_STRINGS } from './strings';
import type { JoinStringKey } from './strings';

type Opened = Extract<AssignmentDecode, { ok: true }>;

interface JoinData {
  s: Record<JoinStringKey, string>;
  code: string;
  codeError: string;
  scene: string;
  view: AssignmentView | null;
  joined: ListRow[];
  teaching: ListRow[];
  name: string;
  number: string;
  nameError: string;
  numberError: string;
  /** The student's saved identity as one line, or '' while it is being typed. */
  who: string;
}

type JoinMethods = {
  onLoad(query: Record<string, string | undefined>): void;
  render(): void;
  open(text: string): boolean;
  onCode(e: WechatMiniprogram.CustomEvent): void;
  onOpen(): void;
  onScan(): Promise<void>;
  onJoined(e: WechatMiniprogram.TouchEvent): void;
  onName(e: WechatMiniprogram.CustomEvent): void;
  onNumber(e: WechatMiniprogram.CustomEvent): void;
  onSaveStudent(): void;
  onEditStudent(): void;
  onMission(e: WechatMiniprogram.TouchEvent): void;
  onQuiz(): void;
  onHandIn(): void;
  onTeacherNew(): void;
  onTeaching(e: WechatMiniprogram.TouchEvent): void;
  tellSaveFailed(problem: SaveProblem): void;
};

interface JoinInstance {
  opened?: Opened;
}

/** Missions of the assignments opened here that are not built in (played through the console's mission library). */
const imported = new Map<string, Mission>();
setMissionLibrary((id) => imported.get(id));

renderedPage<JoinData, JoinMethods, JoinInstance>({
  data: {
    s: localize(JOIN_STRINGS, 'zh'),
    code: '',
    codeError: '',
    scene: '',
    view: null,
    joined: [],
    teaching: [],
    name: '',
    number: '',
    nameError: '',
    numberError: '',
    who: '',
  },
  methods: {
    onLoad(query) {
      const lang = this.applyPrefs().lang;
      const student = readStudent();
      if (student) this.update({ name: student.name, number: student.number });
      if (query.a && this.open(query.a)) this.update({ scene: sceneText(launchScene(), lang) });
      this.render();
    },
    render() {
      const lang = this.applyPrefs().lang;
      this.updateText(JOIN_STRINGS, lang);
      const opened = this.opened;
      const student = readStudent();
      this.update({
        who: student ? [student.name, student.number].filter((x) => x).join(' · ') : '',
        view: opened
          ? assignmentView(
              opened.assignment,
              opened.missions,
              readMissionSave,
              readClassroomQuiz(opened.id),
              lang,
              Date.now(),
            )
          : null,
        joined: opened ? [] : listRows(readAssignments('joined'), MISSIONS, lang),
        teaching: opened ? [] : listRows(readAssignments('teaching'), MISSIONS, lang),
      });
    },
    open(text) {
      const decoded = decodeAssignment(text, MISSIONS);
      if (!decoded.ok) {
        this.update({ codeError: t(decoded.message, this.data.lang) });
        return false;
      }
      this.opened = decoded;
      for (const m of decoded.missions) if (!MISSIONS.some((b) => b.id === m.id)) imported.set(m.id, m);
      const code = encodeAssignment(decoded.assignment);
      const saved = rememberAssignment('joined', { id: decoded.id, code, at: Date.now() });
      if (!saved.ok) this.tellSaveFailed(saved.problem);
      this.update({ codeError: '', code: '' });
      return true;
    },
    onCode(e) {
      this.update({ code: inputValue(e.detail), codeError: '' });
    },
    onOpen() {
      if (this.open(this.data.code)) this.render();
    },
    async onScan() {
      const text = await scanQr();
      if (text === null) {
        this.update({ codeError: this.data.s.scanNothing });
        return;
      }
      if (this.open(text)) this.render();
    },
    onJoined(e) {
      const entry = readAssignments('joined').find((a) => a.id === e.currentTarget.dataset.id);
      if (entry && this.open(entry.code)) this.render();
    },
    onName(e) {
      this.update({ name: inputValue(e.detail), nameError: '' });
    },
    onNumber(e) {
      this.update({ number: inputValue(e.detail), numberError: '' });
    },
    onSaveStudent() {
      const lang = this.data.lang;
      const problems = studentProblems(this.data.name, this.data.number);
      const of = (field: string) =>
        problems
          .filter((p) => p.field === field)
          .map((p) => t(p.message, lang))
          .join(' ');
      this.update({ nameError: of('name'), numberError: of('number') });
      if (problems.length) return;
      const saved = writeStudent({ name: this.data.name, number: this.data.number });
      if (!saved.ok) this.tellSaveFailed(saved.problem);
      this.render();
    },
    onEditStudent() {
      this.update({ who: '' });
    },
    onMission(e) {
      const id = String(e.currentTarget.dataset.id || '');
      const mission = this.opened && this.opened.missions.find((m) => m.id === id);
      if (!mission) return;
      // Its saved run where it was left, or a new run on its scenario's first page (teacher-built ones too).
      const save = readMissionSave(id);
      navigateTo(save ? missionUrl(save.entry, id) : openMissionUrl(mission));
    },
    onQuiz() {
      const opened = this.opened;
      if (!opened || !opened.assignment.quiz) return;
      navigateTo(
        classroomQuizUrl({ assignmentId: opened.id, quiz: opened.assignment.quiz, seed: opened.assignment.seed }),
      );
    },
    onHandIn() {
      if (!this.opened) return;
      if (!readStudent()) {
        this.update({ nameError: this.data.s.handInFirst, who: '' });
        return;
      }
      navigateTo(`${CLASSROOM_PAGES.handin}?id=${this.opened.id}`);
    },
    onTeacherNew() {
      navigateTo(CLASSROOM_PAGES.teach);
    },
    onTeaching(e) {
      navigateTo(`${CLASSROOM_PAGES.roster}?id=${String(e.currentTarget.dataset.id || '')}`);
    },
    tellSaveFailed(problem) {
      toast(saveFailedText(problem, this.data.lang));
    },
  },
});
