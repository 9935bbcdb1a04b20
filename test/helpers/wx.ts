/**
 * Fakes for the `wx` APIs the product uses, installed over miniprogram-simulate's stub `wx` in component tests.
 * Everything a page asks of `wx` is recorded so a test can assert on it, and dialogs can be answered.
 */

export interface ModalCall {
  title?: string;
  content?: string;
  confirmText?: string;
  cancelText?: string;
  showCancel?: boolean;
}

export interface WxFake {
  storage: Map<string, unknown>;
  toasts: { title: string; icon?: string }[];
  modals: ModalCall[];
  /** Answers for the next showModal calls, in order; `true` = confirm. Defaults to confirm when empty. */
  modalAnswers: boolean[];
  navigations: {
    kind: 'navigateTo' | 'redirectTo' | 'switchTab' | 'reLaunch' | 'navigateBack';
    url?: string;
    delta?: number;
  }[];
  clipboard: string;
  /** When true, setStorageSync throws as WeChat does when storage is full. */
  failWrites: boolean;
  /** Restores the previous global `wx`. */
  restore(): void;
}

type Callbacks<T> = { success?: (res: T) => void; fail?: (err: { errMsg: string }) => void; complete?: () => void };

function answer<T>(opts: Callbacks<T> | undefined, res: T): Promise<T> {
  opts?.success?.(res);
  opts?.complete?.();
  return Promise.resolve(res);
}

/**
 * Installs a fake `wx` recording into `fake` (a new one by default; the component set-up passes its one shared fake,
 * which this resets in place so tests can keep a reference to it). `restore()` puts the previous `wx` back.
 */
export function installWxFake(fake: WxFake = {} as WxFake): WxFake {
  const g = globalThis as unknown as { wx?: Record<string, unknown> };
  const previous = g.wx;
  Object.assign(fake, {
    storage: new Map(),
    toasts: [],
    modals: [],
    modalAnswers: [],
    navigations: [],
    clipboard: '',
    failWrites: false,
    restore() {
      g.wx = previous;
    },
  } satisfies WxFake);
  const clone = <T>(v: T): T => (v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T));
  const api: Record<string, unknown> = {
    getStorageSync: (key: string) => (fake.storage.has(key) ? clone(fake.storage.get(key)) : ''),
    setStorageSync: (key: string, value: unknown) => {
      if (fake.failWrites) throw new Error('setStorageSync:fail exceed storage max size 10MB');
      fake.storage.set(key, clone(value));
    },
    removeStorageSync: (key: string) => {
      fake.storage.delete(key);
    },
    getStorageInfoSync: () => ({ keys: [...fake.storage.keys()], currentSize: 0, limitSize: 10240 }),
    showToast: (opts: { title: string; icon?: string } & Callbacks<{ errMsg: string }>) => {
      fake.toasts.push({ title: opts.title, icon: opts.icon });
      return answer(opts, { errMsg: 'showToast:ok' });
    },
    hideToast: () => undefined,
    showLoading: (opts: Callbacks<{ errMsg: string }>) => answer(opts, { errMsg: 'showLoading:ok' }),
    hideLoading: () => undefined,
    showModal: (opts: ModalCall & Callbacks<{ confirm: boolean; cancel: boolean; errMsg: string }>) => {
      fake.modals.push({
        title: opts.title,
        content: opts.content,
        confirmText: opts.confirmText,
        cancelText: opts.cancelText,
        showCancel: opts.showCancel,
      });
      const confirm = fake.modalAnswers.length ? (fake.modalAnswers.shift() as boolean) : true;
      return answer(opts, { confirm, cancel: !confirm, errMsg: 'showModal:ok' });
    },
    setClipboardData: (opts: { data: string } & Callbacks<{ errMsg: string }>) => {
      fake.clipboard = opts.data;
      return answer(opts, { errMsg: 'setClipboardData:ok' });
    },
    getClipboardData: (opts: Callbacks<{ data: string; errMsg: string }>) =>
      answer(opts, { data: fake.clipboard, errMsg: 'getClipboardData:ok' }),
    navigateTo: (opts: { url: string } & Callbacks<{ errMsg: string }>) => {
      fake.navigations.push({ kind: 'navigateTo', url: opts.url });
      return answer(opts, { errMsg: 'navigateTo:ok' });
    },
    redirectTo: (opts: { url: string } & Callbacks<{ errMsg: string }>) => {
      fake.navigations.push({ kind: 'redirectTo', url: opts.url });
      return answer(opts, { errMsg: 'redirectTo:ok' });
    },
    switchTab: (opts: { url: string } & Callbacks<{ errMsg: string }>) => {
      fake.navigations.push({ kind: 'switchTab', url: opts.url });
      return answer(opts, { errMsg: 'switchTab:ok' });
    },
    reLaunch: (opts: { url: string } & Callbacks<{ errMsg: string }>) => {
      fake.navigations.push({ kind: 'reLaunch', url: opts.url });
      return answer(opts, { errMsg: 'reLaunch:ok' });
    },
    navigateBack: (opts?: { delta?: number } & Callbacks<{ errMsg: string }>) => {
      fake.navigations.push({ kind: 'navigateBack', delta: opts?.delta ?? 1 });
      return answer(opts, { errMsg: 'navigateBack:ok' });
    },
    getSystemInfoSync: () => ({
      theme: 'light',
      language: 'zh_CN',
      SDKVersion: '3.7.0',
      platform: 'devtools',
      windowWidth: 375,
      windowHeight: 812,
      pixelRatio: 2,
    }),
    getAppBaseInfo: () => ({ theme: 'light', language: 'zh_CN', SDKVersion: '3.7.0' }),
    getWindowInfo: () => ({ windowWidth: 375, windowHeight: 812, pixelRatio: 2, statusBarHeight: 20 }),
    onThemeChange: () => undefined,
    offThemeChange: () => undefined,
    setNavigationBarTitle: (opts: Callbacks<{ errMsg: string }>) =>
      answer(opts, { errMsg: 'setNavigationBarTitle:ok' }),
    setNavigationBarColor: (opts: Callbacks<{ errMsg: string }>) =>
      answer(opts, { errMsg: 'setNavigationBarColor:ok' }),
    setTabBarItem: (opts: Callbacks<{ errMsg: string }>) => answer(opts, { errMsg: 'setTabBarItem:ok' }),
    setTabBarStyle: (opts: Callbacks<{ errMsg: string }>) => answer(opts, { errMsg: 'setTabBarStyle:ok' }),
    setBackgroundColor: (opts: Callbacks<{ errMsg: string }>) => answer(opts, { errMsg: 'setBackgroundColor:ok' }),
    setBackgroundTextStyle: (opts: Callbacks<{ errMsg: string }>) =>
      answer(opts, { errMsg: 'setBackgroundTextStyle:ok' }),
    nextTick: (fn: () => void) => setTimeout(fn, 0),
  };
  g.wx = { ...(previous ?? {}), ...api };
  return fake;
}
