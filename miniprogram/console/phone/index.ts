import { consolePage } from '../behaviors/console-page';
import { formatDateTime, phoneView } from '../engine/index';
import type { ScanPurpose, World } from '../engine/index';
import { localize, t } from '../../core/i18n';
import { act, markSmsSeen } from '../services/session';
import { toast } from '../../services/dialog';
import { navigateBack } from '../../services/navigation';
import { PHONE_STRINGS } from './strings';
import type { PhoneStringKey } from './strings';

interface ScanRow {
  id: string;
  title: string;
  time: string;
  allow: string;
}

interface SmsRow {
  id: string;
  text: string;
  from: string;
  code: string;
  to: string;
  time: string;
}

interface PhoneData {
  s: Record<PhoneStringKey, string>;
  owner: string;
  scans: ScanRow[];
  sms: SmsRow[];
}

type PhoneMethods = {
  onLoad(query: Record<string, string | undefined>): void;
  onShow(): void;
  renderWorld(world: World): void;
  answer(scanId: string, allow: boolean): void;
  onAllow(e: WechatMiniprogram.CustomEvent): void;
  onDeny(e: WechatMiniprogram.CustomEvent): void;
  onBack(): void;
};

const ALLOW_KEYS: Readonly<Record<ScanPurpose, PhoneStringKey>> = {
  registerAdmin: 'allowAdmin',
  login: 'allowLogin',
  scanLogin: 'allowLogin',
  addMember: 'allowMember',
};

consolePage<PhoneData, PhoneMethods>({
  data: { s: localize(PHONE_STRINGS, 'zh'), owner: '', scans: [], sms: [] },
  methods: {
    onLoad(query) {
      this.consoleStart(query);
      markSmsSeen();
    },
    onShow() {
      this.consoleShow();
      markSmsSeen();
    },
    renderWorld(world) {
      const lang = this.data.lang;
      const s = this.updateText(PHONE_STRINGS, lang);
      const view = phoneView(world);
      this.update({
        owner: s.owner.replace('{id}', world.learner.wechatId),
        scans: view.pendingScans.map((scan) => ({
          id: scan.id,
          title: t(scan.title, lang),
          time: formatDateTime(scan.createdAt),
          allow: s[ALLOW_KEYS[scan.purpose]],
        })),
        sms: view.sms.map((m) => ({
          id: m.id,
          text: t(m.text, lang),
          from: m.sender === 'miit' ? s.fromMiit : s.fromWechat,
          code: m.code || '',
          to: s.to.replace('{to}', m.toMasked),
          time: formatDateTime(m.receivedAt),
        })),
      });
    },
    answer(scanId, allow) {
      const result = act(allow ? { type: 'phone.confirmScan', scanId } : { type: 'phone.rejectScan', scanId });
      if (result.ok) {
        this.clearErrors();
        toast(allow ? this.data.s.confirmed : this.data.s.denied);
      } else {
        // The refusal concerns the scan on this phone, whatever form field it names on the computer.
        this.showError({ ...result.error, field: undefined }, 'scan');
      }
    },
    onAllow(e) {
      this.answer(String(e.currentTarget.dataset.id ?? ''), true);
    },
    onDeny(e) {
      this.answer(String(e.currentTarget.dataset.id ?? ''), false);
    },
    onBack() {
      navigateBack();
    },
  },
});
