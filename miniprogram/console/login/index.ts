import { consolePage } from '../behaviors/console-page';
import { localize } from '../../core/i18n';
import { EXISTING_EMAIL, EXISTING_PASSWORD, scanLoginView, sessionView } from '../engine/index';
import type { ScanLoginView, World } from '../engine/index';
import { CONSOLE_PAGES } from '../../core/console-routes';
import { getWorld } from '../services/session';
import { navigateTo, redirectTo } from '../../services/navigation';
import { LOGIN_STRINGS } from './strings';
import type { LoginStringKey } from './strings';

type Stage = 'form' | 'scan' | 'active';

interface LoginData {
  s: Record<LoginStringKey, string>;
  stage: Stage;
  email: string;
  password: string;
  loggedInAs: string;
  visible: boolean;
  /** The second scan succeeded while another page (the phone) was on top: open the home page on return. */
  pendingHome: boolean;
  /** The scan-to-log-in route (fact L-05). */
  scanLogin: ScanLoginView | null;
}

type LoginMethods = {
  onShow(): void;
  onHide(): void;
  renderWorld(world: World): void;
  onField(e: WechatMiniprogram.CustomEvent): void;
  onSample(): void;
  onLogin(): void;
  onScanStart(): void;
  onPick(e: WechatMiniprogram.CustomEvent): void;
  onCancel(): void;
  onRegister(): void;
  onHome(): void;
  onLogout(): void;
};

/** The password the sample button offers: the scenario's for its ready-made mini program, else the register sample's. */
const REGISTER_SAMPLE_PASSWORD = 'Sample2025';

function valueOf(e: WechatMiniprogram.CustomEvent): string {
  const d: unknown = e.detail;
  if (typeof d === 'string') return d;
  if (typeof d === 'object' && d !== null && 'value' in d) return String((d as { value: unknown }).value ?? '');
  return '';
}

consolePage<LoginData, LoginMethods>({
  data: {
    s: localize(LOGIN_STRINGS, 'zh'),
    stage: 'form',
    email: '',
    password: '',
    loggedInAs: '',
    visible: false,
    pendingHome: false,
    scanLogin: null,
  },
  methods: {
    onShow() {
      this.update({ visible: true });
      this.consoleShow();
      if (this.data.pendingHome) {
        this.update({ pendingHome: false });
        redirectTo(CONSOLE_PAGES.home);
      }
    },
    onHide() {
      this.update({ visible: false });
    },
    renderWorld(world) {
      const s = this.updateText(LOGIN_STRINGS, this.data.lang);
      const session = sessionView(world);
      const stage: Stage = session.loggedIn ? 'active' : session.awaitingScan ? 'scan' : 'form';
      const justVerified = this.data.stage === 'scan' && stage === 'active';
      this.update({
        stage,
        loggedInAs: s.loggedInAs.replace('{appId}', session.appId || ''),
        scanLogin: scanLoginView(world),
      });
      // Fact L-02: once the second scan succeeds the home page opens.
      if (justVerified && this.data.visible) redirectTo(CONSOLE_PAGES.home);
      else if (justVerified) this.update({ pendingHome: true });
    },
    onField(e) {
      const field = String(e.currentTarget.dataset.field ?? '');
      if (field !== 'email' && field !== 'password') return;
      this.update({ [field]: valueOf(e) });
      this.clearError(field);
    },
    onSample() {
      const world = getWorld();
      const app = world.apps.length > 0 ? world.apps[0] : null;
      const email = app ? app.email : EXISTING_EMAIL;
      this.update({ email, password: email === EXISTING_EMAIL ? EXISTING_PASSWORD : REGISTER_SAMPLE_PASSWORD });
      this.clearErrors();
    },
    onLogin() {
      this.send({ type: 'login.submit', email: this.data.email, password: this.data.password });
    },
    onScanStart() {
      this.send({ type: 'login.scanStart' }, 'scan');
    },
    onPick(e) {
      const appId = String(e.currentTarget.dataset.appId ?? '');
      if (this.send({ type: 'login.pickApp', appId }, 'scan').ok) redirectTo(CONSOLE_PAGES.home);
    },
    onCancel() {
      this.send({ type: 'login.logout' });
    },
    onRegister() {
      navigateTo(CONSOLE_PAGES.register);
    },
    onHome() {
      redirectTo(CONSOLE_PAGES.home);
    },
    onLogout() {
      this.send({ type: 'login.logout' });
      this.update({ password: '' });
    },
  },
});
