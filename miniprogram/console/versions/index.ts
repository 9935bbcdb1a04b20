import {
  nextVersionNumber,
  PHASED_STEPS,
  sampleNote,
  validateVersionNote,
  validateVersionNumber,
  versionsPageView,
} from '../engine/index';
import type { VersionsPageView, World } from '../engine/index';
import { errorView } from '../behaviors/console';
import { consolePage } from '../behaviors/console-page';
import { localize, t } from '../../core/i18n';
import { getWorld } from '../services/session';
import { confirm, toast } from '../../services/dialog';
import { navigateTo } from '../../services/navigation';
import { dataString, inputValue, lessonUrlFor } from '../home/page-utils';
import { VERSIONS_STRINGS } from './strings';
import type { VersionsStringKey } from './strings';

interface BlockerView {
  code: string;
  message: string;
  lessonUrl: string;
  target: string;
}

type PageView = Omit<VersionsPageView, 'blockers'> & { blockers: BlockerView[] };

interface UploadState {
  uploader: string;
  version: string;
  note: string;
}

interface VersionsData {
  s: Record<VersionsStringKey, string>;
  view: PageView | null;
  upload: UploadState | null;
  publishOpen: boolean;
  percent: number;
  phasedSteps: number[];
}

type VersionsMethods = {
  renderWorld(world: World): void;
  onUploadOpen(): void;
  onUploader(e: WechatMiniprogram.TouchEvent): void;
  onVersionInput(e: WechatMiniprogram.CustomEvent): void;
  onNoteInput(e: WechatMiniprogram.CustomEvent): void;
  onUploadSample(): void;
  onUploadSubmit(): void;
  onUploadClose(): void;
  onSetTrial(e: WechatMiniprogram.TouchEvent): void;
  onSubmitReview(e: WechatMiniprogram.TouchEvent): Promise<void>;
  onWithdraw(): Promise<void>;
  onSkipReview(): void;
  onPublishOpen(): void;
  onPercent(e: WechatMiniprogram.TouchEvent): void;
  onPublishConfirm(): void;
  onPublishClose(): void;
  onFullRelease(): void;
  onRollback(): Promise<void>;
  onOpenTrial(): void;
  onFix(e: WechatMiniprogram.TouchEvent): void;
};

consolePage<VersionsData, VersionsMethods>({
  data: {
    s: localize(VERSIONS_STRINGS, 'zh'),
    view: null,
    upload: null,
    publishOpen: false,
    percent: 100,
    phasedSteps: PHASED_STEPS.slice(),
  },
  methods: {
    renderWorld(world) {
      const lang = this.data.lang;
      const view = versionsPageView(world, lang);
      const blockers = view.blockers.map((b) => {
        const e = errorView(b.error, lang);
        return { code: e.code, message: e.message, lessonUrl: e.lessonUrl, target: b.target };
      });
      this.updateText(VERSIONS_STRINGS, lang);
      this.update({ view: { ...view, blockers } });
    },
    onUploadOpen() {
      const view = this.data.view;
      if (!view || view.uploaders.length === 0) return;
      this.clearErrors();
      this.update({ upload: { uploader: view.uploaders[0].wechatId, version: '', note: '' } });
    },
    onUploader(e) {
      if (this.data.upload) this.update({ 'upload.uploader': dataString(e.currentTarget.dataset, 'id') });
    },
    onVersionInput(e) {
      const value = inputValue(e.detail);
      this.update({ 'upload.version': value });
      this.setFieldError('version', value === '' ? null : validateVersionNumber(value));
    },
    onNoteInput(e) {
      const value = inputValue(e.detail);
      this.update({ 'upload.note': value });
      this.setFieldError('note', validateVersionNote(value));
    },
    onUploadSample() {
      const version = nextVersionNumber(getWorld());
      this.update({ 'upload.version': version, 'upload.note': sampleNote(version, this.data.lang) });
      this.clearErrors();
    },
    onUploadSubmit() {
      const upload = this.data.upload;
      if (!upload) return;
      const result = this.send(
        { type: 'versions.upload', uploader: upload.uploader, version: upload.version, note: upload.note },
        'version',
      );
      if (result.ok) {
        this.update({ upload: null });
        toast(this.data.s.uploaded);
      }
    },
    onUploadClose() {
      this.clearErrors();
      this.update({ upload: null });
    },
    onSetTrial(e) {
      this.send({ type: 'versions.setTrial', uploader: dataString(e.currentTarget.dataset, 'uploader') }, 'dev');
    },
    async onSubmitReview(e) {
      const uploader = dataString(e.currentTarget.dataset, 'uploader');
      const view = this.data.view;
      if (view && view.blockers.length === 0) {
        const ok = await confirm({
          title: this.data.s.submitTitle,
          content: this.data.s.submitBody,
          confirmText: this.data.s.submitReview,
          cancelText: this.data.s.cancel,
        });
        if (!ok) return;
      }
      const result = this.send({ type: 'versions.submitReview', uploader }, 'dev');
      if (result.ok) toast(this.data.s.submitted);
    },
    async onWithdraw() {
      const ok = await confirm({
        title: this.data.s.withdrawTitle,
        content: this.data.s.withdrawBody,
        confirmText: this.data.s.withdraw,
        cancelText: this.data.s.cancel,
        danger: true,
      });
      if (ok) this.send({ type: 'versions.withdrawReview' }, 'review');
    },
    onSkipReview() {
      const view = this.data.view;
      if (view && view.review) this.skipWait(view.review.msLeft, 'review');
    },
    onPublishOpen() {
      this.clearErrors();
      this.update({ publishOpen: true, percent: 100 });
    },
    onPercent(e) {
      const percent = Number(e.currentTarget.dataset.percent);
      if (percent >= 1 && percent <= 100) this.update({ percent });
    },
    onPublishConfirm() {
      const result = this.send({ type: 'versions.publish', percent: this.data.percent }, 'review');
      // A refused percentage (e.g. a phased first release) is shown in the sheet, which stays open.
      if (result.ok || result.error.field !== 'percent') this.update({ publishOpen: false });
      if (result.ok) toast(this.data.s.published);
    },
    onPublishClose() {
      this.update({ publishOpen: false });
    },
    onFullRelease() {
      this.send({ type: 'versions.setPhasedPercent', percent: 100 }, 'online');
    },
    async onRollback() {
      const view = this.data.view;
      if (!view) return;
      const ok = await confirm({
        title: this.data.s.rollbackTitle,
        content: t(VERSIONS_STRINGS.rollbackBody, this.data.lang, { v: view.previous }),
        confirmText: this.data.s.rollback,
        cancelText: this.data.s.cancel,
        danger: true,
      });
      if (ok) this.send({ type: 'versions.rollback' }, 'online');
    },
    onOpenTrial() {
      const view = this.data.view;
      if (!view || !view.trial) return;
      this.update({
        card: {
          id: 'trial',
          title: this.data.s.trialTitle,
          lines: [
            `${this.data.s.versionNo} ${view.trial.version} · ${view.trial.uploaderName}`,
            t(VERSIONS_STRINGS.trialBody, this.data.lang, { n: view.trialUsers }),
          ],
          lessonUrl: lessonUrlFor('P-03'),
        },
      });
    },
    onFix(e) {
      const target = dataString(e.currentTarget.dataset, 'target');
      if (target) navigateTo(target);
    },
  },
});
