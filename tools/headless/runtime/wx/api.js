// @ts-check
/**
 * How `wx` APIs behave, shared by every API: an asynchronous API takes `{ success, fail, complete }` and calls
 * them later (never synchronously), or returns a Promise when none is given; its result carries
 * `errMsg: 'name:ok'`, its failure `errMsg: 'name:fail reason'` (a Promise rejects with that object).
 * A synchronous API (`…Sync` and a few others) returns or throws `Error('name:fail reason')`.
 */

/** An API failure; `reason` is what follows 'name:fail '. */
class ApiError extends Error {
  /** @param {string} reason */
  constructor(reason) {
    super(reason);
    this.reason = reason;
  }
}

/** APIs that return a value directly although their name does not end in Sync. */
const SYNC = new Set([
  'canIUse',
  'nextTick',
  'createSelectorQuery',
  'createIntersectionObserver',
  'createAnimation',
  'getUpdateManager',
  'getRealtimeLogManager',
  'getLogManager',
  'getMenuButtonBoundingClientRect',
  'getFileSystemManager',
  'getWindowInfo',
  'getDeviceInfo',
  'getAppBaseInfo',
  'getSystemSetting',
  'getAppAuthorizeSetting',
  'getLaunchOptionsSync',
  'getEnterOptionsSync',
  'getAccountInfoSync',
  'getExtConfigSync',
  'reportAnalytics',
  'reportEvent',
  'reportMonitor',
  'arrayBufferToBase64',
  'base64ToArrayBuffer',
  'createVideoContext',
  'createCanvasContext',
  'createInnerAudioContext',
]);

/** @param {string} name */
function isSyncApi(name) {
  return /Sync$/.test(name) || SYNC.has(name) || /^(on|off)[A-Z]/.test(name);
}

/**
 * @typedef {object} CallbackOptions
 * @property {(res: Record<string, unknown>) => void} [success]
 * @property {(res: Record<string, unknown>) => void} [fail]
 * @property {(res: Record<string, unknown>) => void} [complete]
 */

/**
 * @param {unknown} options
 * @returns {options is CallbackOptions}
 */
function hasCallbacks(options) {
  if (!options || typeof options !== 'object') return false;
  const o = /** @type {Record<string, unknown>} */ (options);
  return typeof o.success === 'function' || typeof o.fail === 'function' || typeof o.complete === 'function';
}

/**
 * Delivers the outcome of an async API call to callbacks or a Promise.
 * @param {string} name
 * @param {unknown} options
 * @param {() => unknown} run Returns the result fields (or a Promise of them); throws ApiError to fail.
 * @param {(fn: () => void) => void} later Schedules a callback as a tracked macrotask.
 * @param {(err: unknown, label: string) => void} report Reports an exception thrown by a user callback.
 * @returns {Promise<Record<string, unknown>> | undefined}
 */
function deliver(name, options, run, later, report) {
  const opts = /** @type {CallbackOptions} */ (options && typeof options === 'object' ? options : {});
  const withCallbacks = hasCallbacks(options);
  /** @type {(v: Record<string, unknown>) => void} */
  let resolve = () => undefined;
  /** @type {(v: Record<string, unknown>) => void} */
  let reject = () => undefined;
  const promise = withCallbacks
    ? undefined
    : new Promise((res, rej) => {
        resolve = res;
        reject = rej;
      });
  /**
   * @param {'success' | 'fail'} kind
   * @param {Record<string, unknown>} res
   */
  const finish = (kind, res) => {
    later(() => {
      if (withCallbacks) {
        const cb = opts[kind];
        try {
          if (typeof cb === 'function') cb(res);
        } catch (err) {
          report(err, `wx.${name} ${kind} callback`);
        }
        try {
          if (typeof opts.complete === 'function') opts.complete(res);
        } catch (err) {
          report(err, `wx.${name} complete callback`);
        }
      } else if (kind === 'success') resolve(res);
      else reject(res);
    });
  };
  /** @param {unknown} err */
  const failWith = (err) => {
    if (err instanceof ApiError) finish('fail', { errMsg: `${name}:fail ${err.reason}` });
    else if (err && typeof err === 'object' && typeof (/** @type {{ errMsg?: unknown }} */ (err).errMsg) === 'string')
      finish('fail', /** @type {Record<string, unknown>} */ (err));
    else finish('fail', { errMsg: `${name}:fail ${err instanceof Error ? err.message : String(err)}` });
  };
  /** @param {unknown} value */
  const succeed = (value) => {
    const fields = value && typeof value === 'object' ? /** @type {Record<string, unknown>} */ (value) : {};
    finish('success', { errMsg: `${name}:ok`, ...fields });
  };
  try {
    const out = run();
    if (out && typeof (/** @type {Promise<unknown>} */ (out).then) === 'function') {
      /** @type {Promise<unknown>} */ (out).then(succeed, failWith);
    } else succeed(out);
  } catch (err) {
    failWith(err);
  }
  return promise;
}

/** How an API the runtime cannot run without a device fails: `NAME:fail not supported in the headless runtime`. */
const UNSUPPORTED_FAIL = 'not supported in the headless runtime';

module.exports = { ApiError, isSyncApi, deliver, hasCallbacks, SYNC, UNSUPPORTED_FAIL };
