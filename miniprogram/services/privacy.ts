/**
 * WeChat's privacy check (`"__usePrivacyCheck__": true` in app.json): the first time the app calls an API the
 * privacy guide declares (scanCode, chooseMessageFile, setClipboardData…), WeChat holds the call and fires
 * `wx.onNeedPrivacyAuthorization`. The app then shows its own notice (components/privacy-sheet) with a
 * `<button open-type="agreePrivacyAuthorization" id="agree-btn">`; agreeing lets the call go on, declining makes it fail
 * (the page then says nothing happened). docs/privacy.md lists the APIs.
 */
type Resolve = (result: { buttonId?: string; event: 'agree' | 'disagree' | 'exposureAuthorization' }) => void;

let pending: Resolve | null = null;
let pendingApi = '';
const listeners = new Set<(api: string) => void>();

/** Registers the app's handler (app.ts onLaunch). */
export function installPrivacyHandler(): void {
  if (typeof wx.onNeedPrivacyAuthorization !== 'function') return;
  // The typings give the listener one argument; WeChat calls it with (resolve, eventInfo).
  const listen = wx.onNeedPrivacyAuthorization as unknown as (
    listener: (resolve: Resolve, info?: { referrer?: string }) => void,
  ) => void;
  listen((resolve, info) => {
    pending = resolve;
    pendingApi = (info && info.referrer) || '';
    listeners.forEach((l) => l(pendingApi));
  });
}

/** A privacy notice shown on screen listens here; returns the unsubscribe. Told at once if a call is waiting. */
export function onPrivacyNeeded(listener: (api: string) => void): () => void {
  listeners.add(listener);
  if (pending) listener(pendingApi);
  return () => listeners.delete(listener);
}

/** The user tapped the agree button (after its bindagreeprivacyauthorization event) or declined. */
export function answerPrivacy(agree: boolean): void {
  const resolve = pending;
  pending = null;
  pendingApi = '';
  if (resolve) resolve(agree ? { buttonId: 'agree-btn', event: 'agree' } : { event: 'disagree' });
}

/** Opens WeChat's page of the privacy guide (小程序隐私保护指引). */
export function openPrivacyContract(): void {
  if (typeof wx.openPrivacyContract === 'function') wx.openPrivacyContract({});
}
