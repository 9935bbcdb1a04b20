// @ts-check
/**
 * Interaction feedback: toast, loading, modal, action sheet. Each call is recorded (`history`) and the
 * visible one kept in `state`. A toast and a loading share one slot, as on a phone. A modal or an action
 * sheet waits for an answer, as a person would give it: `answerModal` (the automator's
 * `native().confirmModal()`/`cancelModal()`), `answerActionSheet`, or `mockWxMethod` from a test.
 */

const { ApiError } = require('./api');

/**
 * @typedef {{ kind: 'toast' | 'loading' | 'modal' | 'actionSheet', options: Record<string, unknown>, at: number }} UiEntry
 */

function createUi() {
  /** @type {UiEntry[]} */
  const history = [];
  const state = {
    /** @type {Record<string, unknown> | null} */
    toast: null,
    /** @type {Record<string, unknown> | null} */
    loading: null,
    /** @type {{ options: Record<string, unknown>, answer: (confirm: boolean, content?: string) => void } | null} */
    modal: null,
    /** @type {{ options: Record<string, unknown>, answer: (tapIndex: number | null) => void } | null} */
    actionSheet: null,
  };
  /** @type {ReturnType<typeof setTimeout> | null} */
  let toastTimer = null;
  /** @type {((message: string) => void) | null} */
  let onWaiting = null;
  /** @type {((kind: UiEntry['kind']) => void) | null} */
  let onChange = null;
  /** @param {UiEntry['kind']} kind */
  const changed = (kind) => {
    if (onChange) onChange(kind);
  };

  /** @param {UiEntry['kind']} kind @param {Record<string, unknown>} options */
  const record = (kind, options) => {
    const clean = { ...options };
    delete clean.success;
    delete clean.fail;
    delete clean.complete;
    history.push({ kind, options: clean, at: Date.now() });
    return clean;
  };

  /** @param {unknown} o */
  const obj = (o) => /** @type {Record<string, unknown>} */ (o && typeof o === 'object' ? o : {});

  return {
    history,
    state,
    /** @param {(message: string) => void} fn Told when a modal or action sheet starts waiting for an answer. */
    setWaitingListener(fn) {
      onWaiting = fn;
    },
    /** @param {(kind: UiEntry['kind']) => void} fn Told whenever what is shown changes (a renderer redraws). */
    setChangeListener(fn) {
      onChange = fn;
    },
    /** @param {unknown} o */
    showToast(o) {
      const opts = record('toast', obj(o));
      if (typeof opts.title !== 'string') throw new ApiError('parameter error: parameter.title should be String');
      state.toast = { icon: 'success', duration: 1500, mask: false, ...opts };
      state.loading = null;
      if (toastTimer) clearTimeout(toastTimer);
      const duration = Number(state.toast.duration);
      toastTimer = setTimeout(() => {
        state.toast = null;
        toastTimer = null;
        changed('toast');
      }, duration);
      const t = /** @type {{ unref?: () => void }} */ (/** @type {unknown} */ (toastTimer));
      if (t && typeof t.unref === 'function') t.unref();
      changed('toast');
      return {};
    },
    hideToast() {
      state.toast = null;
      changed('toast');
      return {};
    },
    /** @param {unknown} o */
    showLoading(o) {
      const opts = record('loading', obj(o));
      state.loading = { mask: false, ...opts };
      state.toast = null;
      changed('loading');
      return {};
    },
    hideLoading() {
      state.loading = null;
      changed('loading');
      return {};
    },
    /** @param {unknown} o */
    showModal(o) {
      const opts = record('modal', obj(o));
      /** @type {Record<string, unknown>} */
      const options = { title: '', content: '', showCancel: true, cancelText: '取消', confirmText: '确定', ...opts };
      return new Promise((resolve) => {
        state.modal = {
          options,
          answer(confirm, content) {
            state.modal = null;
            changed('modal');
            /** @type {Record<string, unknown>} */
            const res = { confirm, cancel: !confirm };
            if (options.editable) res.content = content ?? '';
            resolve(res);
          },
        };
        changed('modal');
        if (onWaiting) onWaiting(`wx.showModal is waiting for an answer: "${options.title || options.content}"`);
      });
    },
    /** @param {unknown} o */
    showActionSheet(o) {
      const opts = record('actionSheet', obj(o));
      if (!Array.isArray(opts.itemList) || opts.itemList.length === 0) {
        throw new ApiError('parameter error: parameter.itemList should be a non-empty Array');
      }
      if (opts.itemList.length > 6) throw new ApiError('parameter error: itemList should not be large than 6');
      return new Promise((resolve, reject) => {
        state.actionSheet = {
          options: opts,
          answer(tapIndex) {
            state.actionSheet = null;
            changed('actionSheet');
            if (tapIndex === null) reject(new ApiError('cancel'));
            else resolve({ tapIndex });
          },
        };
        changed('actionSheet');
        if (onWaiting) onWaiting('wx.showActionSheet is waiting for an answer');
      });
    },
    /**
     * Answers the open modal. Returns false when none is open.
     * @param {boolean} confirm
     * @param {string} [content]
     */
    answerModal(confirm, content) {
      if (!state.modal) return false;
      state.modal.answer(confirm, content);
      return true;
    },
    /**
     * Answers the open action sheet with an item index, or null to cancel. Returns false when none is open.
     * @param {number | null} tapIndex
     */
    answerActionSheet(tapIndex) {
      if (!state.actionSheet) return false;
      state.actionSheet.answer(tapIndex);
      return true;
    },
  };
}

module.exports = { createUi };
