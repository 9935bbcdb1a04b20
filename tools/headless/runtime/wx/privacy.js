// @ts-check
/**
 * WeChat's privacy check, for an app whose app.json says `"__usePrivacyCheck__": true`: until the user has agreed
 * to the app's privacy guide, a call of an API that handles personal information (the list WeChat publishes:
 * chooseMessageFile, chooseMedia, the clipboard, location, …) is held, and the listener the app gave to
 * `wx.onNeedPrivacyAuthorization` is called with `(resolve, { referrer: api })`. The app shows its notice with a
 * `<button open-type="agreePrivacyAuthorization" id="…">`; `resolve({ buttonId, event: 'agree' })` after that button
 * was tapped lets the held calls go on (and every later one); `resolve({ event: 'disagree' })` fails them with
 * `NAME:fail privacy permission is not authorized`. Without a listener WeChat shows its own notice: here that
 * notice is answered "agree", with a warning. The agreement lasts as long as the app's storage (the server's life).
 * `wx.requirePrivacyAuthorize` asks the same way without an API; `wx.getPrivacySetting` says whether it would ask.
 */

const { ApiError } = require('./api');

/** The APIs WeChat holds until the privacy guide is agreed to (its "隐私接口" list, those this runtime knows). */
const PRIVACY_APIS = new Set([
  'requirePrivacyAuthorize',
  'chooseMessageFile',
  'chooseImage',
  'chooseMedia',
  'chooseVideo',
  'setClipboardData',
  'getClipboardData',
  'getLocation',
  'getFuzzyLocation',
  'chooseLocation',
  'choosePoi',
  'chooseAddress',
  'chooseInvoice',
  'chooseInvoiceTitle',
  'chooseLicensePlate',
  'getWeRunData',
  'startRecord',
  'saveImageToPhotosAlbum',
  'saveVideoToPhotosAlbum',
  'addPhoneContact',
  'addPhoneCalendar',
  'addPhoneRepeatCalendar',
  'openBluetoothAdapter',
  'createBLEPeripheralServer',
]);

const NOT_AUTHORIZED = 'privacy permission is not authorized';

/**
 * @typedef {{ agreed: boolean }} Consent What the user said to the privacy guide (kept by the server across App.exit).
 */

/**
 * @param {{ enabled: boolean, consent: Consent, appName: string, log: (level: string, args: unknown[]) => void,
 *   call: (fn: Function, args: unknown[], label: string) => void }} deps
 */
function createPrivacy(deps) {
  /** @type {Function | null} */
  let listener = null;
  /** Ids of agree buttons tapped since the last question. @type {Set<string>} */
  const tapped = new Set();
  /** Calls held until the user answers. @type {{ run: () => unknown, resolve: (v: unknown) => void, reject: (e: unknown) => void }[]} */
  let held = [];
  let asking = false;

  /** @param {boolean} agree */
  const answer = (agree) => {
    asking = false;
    if (agree) deps.consent.agreed = true;
    const calls = held;
    held = [];
    for (const c of calls) {
      if (!agree) c.reject(new ApiError(NOT_AUTHORIZED));
      else {
        try {
          c.resolve(c.run());
        } catch (err) {
          c.reject(err);
        }
      }
    }
  };

  /** @param {string} api */
  const ask = (api) => {
    if (asking) return;
    asking = true;
    tapped.clear();
    if (!listener) {
      deps.log('warn', [
        `privacy: wx.${api} needs the user's agreement to the privacy guide; without wx.onNeedPrivacyAuthorization WeChat shows its own notice, answered "agree" here`,
      ]);
      answer(true);
      return;
    }
    deps.log('warn', [`privacy: wx.${api} waits until the user answers the app's privacy notice`]);
    let answered = false;
    /** @param {unknown} result */
    const resolve = (result) => {
      const r = /** @type {{ event?: unknown, buttonId?: unknown }} */ (
        result && typeof result === 'object' ? result : {}
      );
      if (answered || r.event === 'exposureAuthorization') return;
      answered = true;
      if (r.event === 'agree' && !tapped.has(String(r.buttonId))) {
        deps.log('warn', [
          `privacy: resolve({ event: 'agree', buttonId: '${String(r.buttonId)}' }) without a tap on <button open-type="agreePrivacyAuthorization" id="${String(r.buttonId)}">: WeChat does not count it as agreed`,
        ]);
        answer(false);
        return;
      }
      answer(r.event === 'agree');
    };
    deps.call(listener, [resolve, { referrer: api }], 'wx.onNeedPrivacyAuthorization listener');
  };

  return {
    /**
     * Runs an API call now, or holds it until the user has answered the privacy notice.
     * @param {string} api
     * @param {() => unknown} run
     * @returns {unknown} the result, or a Promise of it
     */
    gate(api, run) {
      if (!deps.enabled || deps.consent.agreed || !PRIVACY_APIS.has(api)) return run();
      return new Promise((resolve, reject) => {
        held.push({ run, resolve, reject });
        ask(api);
      });
    },
    /** @param {unknown} fn */
    onNeed(fn) {
      // WeChat keeps one listener: the last one registered.
      if (typeof fn === 'function') listener = fn;
    },
    /** @param {unknown} fn */
    offNeed(fn) {
      if (!fn || fn === listener) listener = null;
    },
    /**
     * A `<button open-type="agreePrivacyAuthorization">` was tapped: the user agrees.
     * @param {string} buttonId
     */
    agreeTapped(buttonId) {
      tapped.add(buttonId);
      if (!deps.enabled) return;
      if (!asking) deps.consent.agreed = true;
    },
    setting: () => ({
      needAuthorization: deps.enabled && !deps.consent.agreed,
      privacyContractName: `《${deps.appName || '小程序'}隐私保护指引》`,
    }),
  };
}

module.exports = { createPrivacy, PRIVACY_APIS, NOT_AUTHORIZED };
