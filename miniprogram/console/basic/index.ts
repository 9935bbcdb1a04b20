import {
  AVATAR_SAMPLES,
  avatarSampleLabel,
  basicInfoView,
  basicView,
  EDIT_HINTS,
  extensionOf,
  fieldLabel,
  sampleEditValue,
  subjectDetails,
  validateEdit,
} from '../engine/index';
import type { Action, BasicView, EditField, World } from '../engine/index';
import { localize, t } from '../../core/i18n';

import { consolePage } from '../behaviors/console-page';
import { getWorld } from '../services/session';
import { confirm, toast } from '../../services/dialog';
import { chooseImage } from '../../services/media';
import { navigateTo } from '../../services/navigation';
import { dataString, inputValue, lessonUrlFor } from '../home/page-utils';
import { BASIC_STRINGS, EDIT_PLACEHOLDERS } from './strings';
import type { BasicStringKey } from './strings';

interface EditState {
  field: EditField;
  label: string;
  hint: string;
  placeholder: string;
  /** The row's change figure ("今年还可修改 N 次"), shown in the sheet too. */
  note: string;
  value: string;
  textarea: boolean;
}

interface AvatarChoice {
  id: string;
  label: string;
  glyph: string;
}

interface BasicData {
  s: Record<BasicStringKey, string>;
  view: BasicView | null;
  edit: EditState | null;
  avatarOpen: boolean;
  avatarSamples: AvatarChoice[];
  categoryOpen: boolean;
  addOpen: boolean;
}

type BasicMethods = {
  onLoad(query: Record<string, string | undefined>): void;
  renderWorld(world: World): void;
  onRow(e: WechatMiniprogram.TouchEvent): void;
  openTarget(target: string): void;
  openEdit(field: EditField): void;
  onEditInput(e: WechatMiniprogram.CustomEvent): void;
  setEditValue(value: string): void;
  onEditSample(): void;
  onEditSave(): void;
  onEditCancel(): void;
  onAvatarSample(e: WechatMiniprogram.TouchEvent): void;
  onAlbum(): Promise<void>;
  setAvatar(format: string, sizeBytes: number): void;
  onAvatarClose(): void;
  onCategoryClose(): void;
  onAddToggle(): void;
  onAddCategory(e: WechatMiniprogram.TouchEvent): void;
  onSetMain(e: WechatMiniprogram.TouchEvent): void;
  onRemoveCategory(e: WechatMiniprogram.TouchEvent): Promise<void>;
};

const ACTIONS: Readonly<Record<EditField, (value: string) => Action>> = {
  name: (name) => ({ type: 'basic.setName', name }),
  abbreviation: (abbreviation) => ({ type: 'basic.setAbbreviation', abbreviation }),
  introduction: (introduction) => ({ type: 'basic.setIntroduction', introduction }),
};

function isEditField(value: string): value is EditField {
  return value === 'name' || value === 'abbreviation' || value === 'introduction';
}

consolePage<BasicData, BasicMethods>({
  data: {
    s: localize(BASIC_STRINGS, 'zh'),
    view: null,
    edit: null,
    avatarOpen: false,
    avatarSamples: [],
    categoryOpen: false,
    addOpen: false,
  },
  methods: {
    onLoad(query) {
      this.consoleStart(query);
      if (query.section === 'category' || query.section === 'edit:name') this.openTarget(query.section);
    },
    renderWorld(world) {
      const lang = this.data.lang;
      this.updateText(BASIC_STRINGS, lang);
      this.update({
        view: basicView(world, lang),
        avatarSamples: AVATAR_SAMPLES.map((a) => ({ id: a.id, label: avatarSampleLabel(a, lang), glyph: a.glyph })),
      });
    },
    onRow(e) {
      this.openTarget(dataString(e.currentTarget.dataset, 'target'));
    },
    openTarget(target) {
      const lang = this.data.lang;
      if (target.indexOf('edit:') === 0) {
        const field = target.slice(5);
        if (isEditField(field)) this.openEdit(field);
      } else if (target === 'avatar') {
        this.update({ avatarOpen: true });
      } else if (target === 'category') {
        this.update({ categoryOpen: true });
      } else if (target === 'card:subject') {
        const details = subjectDetails(getWorld(), lang);
        this.update({
          card: { id: 'subject', title: details.title, lines: details.lines, lessonUrl: lessonUrlFor('B-08') },
        });
      } else if (target.indexOf('card:') === 0) {
        this.openInfoCard(target.slice(5));
      } else if (target) {
        navigateTo(target);
      }
    },
    openEdit(field) {
      const lang = this.data.lang;
      const info = basicInfoView(getWorld());
      const value = info ? info[field] : null;
      const row = this.data.view ? this.data.view.rows.find((r) => r.id === field) : undefined;
      this.clearErrors();
      this.update({
        edit: {
          field,
          label: fieldLabel(field, lang),
          hint: t(EDIT_HINTS[field], lang),
          placeholder: t(EDIT_PLACEHOLDERS[field], lang),
          note: row ? row.note : '',
          value: value !== null ? value : '',
          textarea: field === 'introduction',
        },
      });
    },
    onEditInput(e) {
      this.setEditValue(inputValue(e.detail));
    },
    setEditValue(value) {
      const edit = this.data.edit;
      if (!edit) return;
      this.update({ 'edit.value': value });
      this.setFieldError(edit.field, value === '' ? null : validateEdit(getWorld(), edit.field, value));
    },
    onEditSample() {
      const edit = this.data.edit;
      if (edit) this.setEditValue(sampleEditValue(getWorld(), edit.field));
    },
    onEditSave() {
      const edit = this.data.edit;
      if (!edit) return;
      const result = this.send(ACTIONS[edit.field](edit.value), edit.field);
      if (result.ok) {
        this.update({ edit: null });
        toast(this.data.s.saved);
      }
    },
    onEditCancel() {
      this.clearErrors();
      this.update({ edit: null });
    },
    onAvatarSample(e) {
      const sample = AVATAR_SAMPLES.find((a) => a.id === dataString(e.currentTarget.dataset, 'id'));
      if (sample) this.setAvatar(sample.format, sample.sizeBytes);
    },
    async onAlbum() {
      const picked = await chooseImage();
      if (!picked) {
        toast(this.data.s.albumCancelled);
        return;
      }
      this.setAvatar(extensionOf(picked.path) || picked.path, picked.sizeBytes);
    },
    setAvatar(format, sizeBytes) {
      const result = this.send({ type: 'basic.setAvatar', format, sizeBytes }, 'avatar');
      if (result.ok) {
        this.update({ avatarOpen: false });
        toast(this.data.s.saved);
      }
    },
    onAvatarClose() {
      this.clearError('avatar');
      this.update({ avatarOpen: false });
    },
    onCategoryClose() {
      this.clearError('category');
      this.update({ categoryOpen: false, addOpen: false });
    },
    onAddToggle() {
      this.update({ addOpen: !this.data.addOpen });
    },
    onAddCategory(e) {
      const [categoryId, q] = ['id', 'qualification'].map((k) => dataString(e.currentTarget.dataset, k));
      const result = this.send({ type: 'category.add', categoryId, qualification: q === 'yes' }, 'category');
      if (result.ok) this.update({ addOpen: false });
    },
    onSetMain(e) {
      this.send({ type: 'category.setMain', categoryId: dataString(e.currentTarget.dataset, 'id') }, 'category');
    },
    async onRemoveCategory(e) {
      const categoryId = dataString(e.currentTarget.dataset, 'id');
      const ok = await confirm({
        title: this.data.s.removeTitle,
        content: this.data.s.removeBody,
        confirmText: this.data.s.remove,
        cancelText: this.data.s.cancel,
        danger: true,
      });
      if (ok) this.send({ type: 'category.remove', categoryId }, 'category');
    },
  },
});
