// 布置作业 Create an assignment (docs/classroom.md): the form (class, missions, quiz with its fixed seed, due date),
// checked with the classroom's rule; then the three ways to hand it out: a share card (onShareAppMessage with the
// compact assignment in the page query), a QR code drawn on a 2d canvas, and the text code for the clipboard.
// `?id=<assignmentId>` reopens one created on this phone.
import { t } from '../../../core/i18n';
import { CLASSROOM_PAGES } from '../../../core/console-routes';
import { isStageId } from '../../../core/quiz/guards';
import { localize } from '../../../behaviors/i18n';
import { renderedPage } from '../../../behaviors/page';
import { readAssignments, rememberAssignment } from '../../../services/classroom';
import { copyText } from '../../../services/clipboard';
import { toast } from '../../../services/dialog';
import { navigateTo } from '../../../services/navigation';
import { MISSIONS } from '../../missions/index';
import { inputValue } from '../../home/page-utils';
import { drawQr, enableShareMenu } from '../../services/classroom-io';
import {
  assignmentId,
  encodeAssignment,
  openStored,
  qrGrid,
  qrRects,
  qrSide,
  shareQuery,
  type Assignment,
} from '../index';
import { TEACH_STRINGS } from './strings';
import type { TeachStringKey } from './strings';
import {
  addMissionCode,
  assignmentOf,
  customRows,
  formErrors,
  newForm,
  pickGroups,
  stageChoices,
  type FormErrors,
  type PickGroup,
  type QuizChoice,
  type TeachForm,
} from './view';

interface Created {
  id: string;
  code: string;
  className: string;
  due: string;
}

interface TeachData {
  s: Record<TeachStringKey, string>;
  form: TeachForm;
  errors: FormErrors | null;
  groups: PickGroup[];
  stages: { id: string; title: string; selected: boolean }[];
  missionsTitle: string;
  custom: { key: string; title: string }[];
  codeText: string;
  codeError: string;
  created: Created | null;
  codeNote: string;
  qrError: string;
}

type TeachMethods = {
  onLoad(query: Record<string, string | undefined>): void;
  render(): void;
  show(a: Assignment, id: string): Promise<void>;
  onField(e: WechatMiniprogram.CustomEvent): void;
  onPick(e: WechatMiniprogram.TouchEvent): void;
  onQuizChoice(e: WechatMiniprogram.TouchEvent): void;
  onStage(e: WechatMiniprogram.TouchEvent): void;
  onCodeText(e: WechatMiniprogram.CustomEvent): void;
  onAddCode(): void;
  onRemoveCode(e: WechatMiniprogram.TouchEvent): void;
  onCreate(): Promise<void>;
  onCopy(): Promise<void>;
  onCollect(): void;
  onAnother(): void;
  onShareAppMessage(): { title: string; path: string };
};

const FIELDS = ['className', 'due', 'seed', 'count', 'minutes', 'pass'] as const;
const CELL = 6;

renderedPage<TeachData, TeachMethods>({
  data: {
    s: localize(TEACH_STRINGS, 'zh'),
    form: newForm(0, 1),
    errors: null,
    groups: [],
    stages: [],
    missionsTitle: '',
    custom: [],
    codeText: '',
    codeError: '',
    created: null,
    codeNote: '',
    qrError: '',
  },
  methods: {
    onLoad(query) {
      this.update({ form: newForm(Date.now(), 1 + Math.floor(Math.random() * 99999)) });
      const stored = query.id ? openStored(readAssignments('teaching'), query.id, MISSIONS) : null;
      this.render();
      if (stored) void this.show(stored.assignment, stored.id);
    },
    render() {
      const lang = this.applyPrefs().lang;
      const form = this.data.form;
      this.updateText(TEACH_STRINGS, lang);
      this.update({
        groups: pickGroups(MISSIONS, form.picked, lang),
        stages: stageChoices(form.stage, lang),
        missionsTitle: t(TEACH_STRINGS.missions, lang, { count: form.picked.length + form.codes.length }),
        custom: customRows(form.codes, lang),
        // Errors follow the language once shown.
        errors: this.data.errors ? formErrors(form, MISSIONS, lang) : null,
      });
    },
    async show(a, id) {
      const code = encodeAssignment(a);
      enableShareMenu();
      this.update({
        created: { id, code, className: a.className, due: a.due },
        codeNote: t(TEACH_STRINGS.codeNote, this.data.lang, { length: code.length }),
      });
      const grid = qrGrid(shareQuery(a));
      const drawn = grid.ok && (await drawQr(this, 'assignment-qr', qrSide(grid.grid, CELL), qrRects(grid.grid, CELL)));
      this.update({ qrError: drawn ? '' : this.data.s.qrFailed });
    },
    onField(e) {
      const key = String(e.currentTarget.dataset.field || '');
      if ((FIELDS as readonly string[]).indexOf(key) < 0) return;
      this.update({ form: { ...this.data.form, [key]: inputValue(e.detail) } });
      this.render();
    },
    onPick(e) {
      const id = String(e.currentTarget.dataset.id || '');
      const picked = this.data.form.picked;
      const next = picked.indexOf(id) >= 0 ? picked.filter((p) => p !== id) : picked.concat([id]);
      this.update({ form: { ...this.data.form, picked: next } });
      this.render();
    },
    onQuizChoice(e) {
      const quiz = String(e.currentTarget.dataset.id || '') as QuizChoice;
      if (['none', 'exam', 'mixed', 'stage'].indexOf(quiz) < 0) return;
      this.update({ form: { ...this.data.form, quiz } });
      this.render();
    },
    onStage(e) {
      const stage = e.currentTarget.dataset.id;
      if (!isStageId(stage)) return;
      this.update({ form: { ...this.data.form, stage } });
      this.render();
    },
    onCodeText(e) {
      this.update({ codeText: inputValue(e.detail), codeError: '' });
    },
    onAddCode() {
      const added = addMissionCode(this.data.form.codes, this.data.codeText, this.data.lang);
      if (!added.ok) {
        this.update({ codeError: added.message });
        return;
      }
      this.update({ form: { ...this.data.form, codes: added.codes }, codeText: '', codeError: '' });
      this.render();
    },
    onRemoveCode(e) {
      const i = Number(e.currentTarget.dataset.index);
      this.update({ form: { ...this.data.form, codes: this.data.form.codes.filter((_, k) => k !== i) } });
      this.render();
    },
    async onCreate() {
      const lang = this.data.lang;
      const errors = formErrors(this.data.form, MISSIONS, lang);
      const bad = Object.keys(errors).some((k) => errors[k as keyof FormErrors]);
      this.update({ errors: bad ? errors : null });
      if (bad) return;
      const a = assignmentOf(this.data.form, MISSIONS);
      const id = assignmentId(a);
      rememberAssignment('teaching', { id, code: encodeAssignment(a), at: Date.now() });
      await this.show(a, id);
    },
    async onCopy() {
      const created = this.data.created;
      if (created && (await copyText(created.code))) toast(this.data.s.copied);
    },
    onCollect() {
      if (this.data.created) navigateTo(`${CLASSROOM_PAGES.roster}?id=${this.data.created.id}`);
    },
    onAnother() {
      this.update({ created: null, qrError: '', form: newForm(Date.now(), 1 + Math.floor(Math.random() * 99999)) });
      this.render();
    },
    onShareAppMessage() {
      const created = this.data.created;
      const stored = created ? openStored(readAssignments('teaching'), created.id, MISSIONS) : null;
      if (!created || !stored) return { title: this.data.s.title, path: CLASSROOM_PAGES.join };
      const title = t(TEACH_STRINGS.shareTitle, this.data.lang, { className: created.className, due: created.due });
      return { title, path: `/${shareQuery(stored.assignment)}` };
    },
  },
});
