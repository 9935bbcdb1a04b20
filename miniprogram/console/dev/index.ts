import {
  CLEAN_DRAFTS,
  devView,
  draftErrorKey,
  DRAFT_KEYS,
  EMPTY_DRAFTS,
  isDomainKind,
  isDraftKey,
  MASKED_SECRET,
  SAMPLE_IPS,
  sampleDomain,
  savedDraftText,
  splitLines,
} from '../engine/index';
import type { Action, ActionResult, DevView, DraftKey, World } from '../engine/index';
import { errorView } from '../behaviors/console';
import { consolePage } from '../behaviors/console-page';
import { localize, t } from '../../core/i18n';
import { copyText } from '../../services/clipboard';
import { act, getWorld } from '../services/session';
import { confirm, toast } from '../../services/dialog';
import { dataString, inputValue } from '../home/page-utils';
import { DEV_STRINGS } from './strings';
import type { DevStringKey } from './strings';

interface RevealState {
  kind: 'appSecret' | 'uploadKey';
  title: string;
  /** The value, in page memory only while the dialog is open; never saved. */
  value: string;
  stored: boolean;
  nag: boolean;
}

interface DevData {
  s: Record<DevStringKey, string>;
  view: DevView | null;
  masked: string;
  drafts: Record<DraftKey, string>;
  dirty: Record<DraftKey, boolean>;
  reveal: RevealState | null;
  /** Which reset waits for the administrator's scan: '' (none), 'secret' or 'uploadKey'. */
  scanFor: '' | 'secret' | 'uploadKey';
}

type DevMethods = {
  onHide(): void;
  onUnload(): void;
  renderWorld(world: World): void;
  onCopyAppId(): Promise<void>;
  onGenerateSecret(): void;
  onResetSecret(): Promise<void>;
  onResetUploadKey(): Promise<void>;
  onScanConfirm(): void;
  onScanCancel(): void;
  openReveal(result: ActionResult): void;
  onCopyReveal(): Promise<void>;
  onToggleStored(): void;
  onRevealDone(): void;
  onFreeze(): Promise<void>;
  onDraft(e: WechatMiniprogram.CustomEvent): void;
  setDraft(key: DraftKey, value: string): void;
  onSample(e: WechatMiniprogram.CustomEvent): void;
  onSaveList(e: WechatMiniprogram.TouchEvent): void;
  onIpSwitch(): void;
  sendList(action: Action, key: string, count: number): boolean;
  onGenerateUploadKey(): void;
};

consolePage<DevData, DevMethods>({
  data: {
    s: localize(DEV_STRINGS, 'zh'),
    view: null,
    masked: MASKED_SECRET,
    drafts: { ...EMPTY_DRAFTS },
    dirty: { ...CLEAN_DRAFTS },
    reveal: null,
    scanFor: '',
  },
  methods: {
    onHide() {
      // Leaving the page drops a revealed value: it is never shown again.
      if (this.data.reveal) this.update({ reveal: null });
    },
    onUnload() {
      if (this.data.reveal) this.update({ reveal: null });
    },
    renderWorld(world) {
      const lang = this.data.lang;
      const view = devView(world, lang);
      const drafts = { ...this.data.drafts };
      for (const key of DRAFT_KEYS) if (!this.data.dirty[key]) drafts[key] = savedDraftText(view, key);
      this.updateText(DEV_STRINGS, lang);
      this.update({ view, drafts });
    },
    async onCopyAppId() {
      const view = this.data.view;
      if (view && view.appId && (await copyText(view.appId))) toast(this.data.s.copied);
    },
    onGenerateSecret() {
      this.openReveal(this.send({ type: 'dev.generateSecret' }, 'secret'));
    },
    async onResetSecret() {
      const classic = getWorld().ruleSet === 'classic';
      const ok = await confirm({
        title: this.data.s.resetTitle,
        content: classic ? this.data.s.resetClassic : this.data.s.resetCurrent,
        confirmText: this.data.s.reset,
        cancelText: this.data.s.cancel,
        danger: true,
      });
      if (ok) this.update({ scanFor: 'secret' });
    },
    async onResetUploadKey() {
      const ok = await confirm({
        title: this.data.s.uploadResetTitle,
        content: this.data.s.uploadResetBody,
        confirmText: this.data.s.reset,
        cancelText: this.data.s.cancel,
        danger: true,
      });
      if (ok) this.update({ scanFor: 'uploadKey' });
    },
    onScanConfirm() {
      const which = this.data.scanFor;
      this.update({ scanFor: '' });
      if (which === 'secret') this.openReveal(this.send({ type: 'dev.resetSecret' }, 'secret'));
      else if (which === 'uploadKey') this.openReveal(this.send({ type: 'dev.resetUploadKey' }, 'uploadKey'));
    },
    onScanCancel() {
      this.update({ scanFor: '' });
    },
    openReveal(result) {
      if (!result.ok || !result.reveal) return;
      const secret = result.reveal.appSecret;
      const key = result.reveal.uploadKey;
      if (secret) {
        this.update({
          reveal: { kind: 'appSecret', title: this.data.s.revealSecretTitle, value: secret, stored: false, nag: false },
        });
      } else if (key) {
        this.update({
          reveal: { kind: 'uploadKey', title: this.data.s.revealKeyTitle, value: key, stored: false, nag: false },
        });
      }
    },
    async onCopyReveal() {
      const reveal = this.data.reveal;
      if (reveal && (await copyText(reveal.value))) toast(this.data.s.copied);
    },
    onToggleStored() {
      const reveal = this.data.reveal;
      if (reveal) this.update({ 'reveal.stored': !reveal.stored, 'reveal.nag': false });
    },
    onRevealDone() {
      const reveal = this.data.reveal;
      if (!reveal) return;
      if (!reveal.stored) {
        this.update({ 'reveal.nag': true });
        return;
      }
      this.update({ reveal: null });
    },
    async onFreeze() {
      const view = this.data.view;
      if (!view) return;
      const unfreeze = view.secretFrozen;
      const ok = await confirm({
        title: unfreeze ? this.data.s.unfreezeTitle : this.data.s.freezeTitle,
        content: unfreeze ? this.data.s.unfreezeBody : this.data.s.freezeBody,
        confirmText: unfreeze ? this.data.s.unfreeze : this.data.s.freeze,
        cancelText: this.data.s.cancel,
        danger: !unfreeze,
      });
      if (ok) this.send({ type: unfreeze ? 'dev.unfreezeSecret' : 'dev.freezeSecret' }, 'secret');
    },
    onDraft(e) {
      const key = dataString(e.currentTarget.dataset, 'key');
      if (isDraftKey(key)) this.setDraft(key, inputValue(e.detail));
    },
    setDraft(key, value) {
      this.update({ [`drafts.${key}`]: value, [`dirty.${key}`]: true });
    },
    onSample(e) {
      const key = dataString(e.currentTarget.dataset, 'key');
      if (!isDraftKey(key)) return;
      const view = this.data.view;
      const filed = view ? view.filedDomains.split('、').filter((d) => d !== '') : [];
      const value = isDomainKind(key) ? sampleDomain(key, filed) : SAMPLE_IPS.join('\n');
      this.setDraft(key, value);
    },
    onIpSwitch() {
      const view = this.data.view;
      if (view) this.send({ type: 'dev.setIpWhitelistOn', on: !view.ipWhitelistOn }, 'list_ip');
    },
    onSaveList(e) {
      const key = dataString(e.currentTarget.dataset, 'key');
      if (!isDraftKey(key)) return;
      const values = splitLines(this.data.drafts[key]);
      let action: Action;
      if (key === 'ip') action = { type: 'dev.setIpWhitelist', ips: values };
      else if (key === 'uploadIp') action = { type: 'dev.setUploadIpWhitelist', ips: values };
      else action = { type: 'dev.setDomains', kind: key, domains: values };
      if (this.sendList(action, draftErrorKey(key), values.length)) {
        this.update({ [`dirty.${key}`]: false });
        this.renderWorld(getWorld());
        toast(this.data.s.saved);
      }
    },
    sendList(action, key, count) {
      const result = act(action);
      if (result.ok) {
        this.clearErrors();
        return true;
      }
      const view = errorView(result.error, this.data.lang);
      const line = /\[(\d+)\]/.exec(result.error.field || '');
      if (line && count > 1)
        view.message = t(DEV_STRINGS.line, this.data.lang, { n: Number(line[1]) + 1 }) + view.message;
      this.update({ [`errors.${key}`]: view });
      return false;
    },
    onGenerateUploadKey() {
      this.openReveal(this.send({ type: 'dev.generateUploadKey' }, 'uploadKey'));
    },
  },
});
