// @ts-check
/**
 * The phone around the pages: a 375 × 812 CSS px screen (iPhone X class, as DevTools' default device) with the status
 * bar, WeChat's navigation bar (title, back button, the capsule), the window the pages render into, the tab bar from
 * app.json, and the native UI that `wx` calls open: toast, loading, modal, action sheet, and the picker sheet. It only
 * draws and reports clicks; the runtime decides what happens.
 */

const STATUS_BAR = 44;
const NAV_BAR = 44;
const TAB_BAR = 50;
const SAFE_BOTTOM = 34;
const SCREEN = { width: 375, height: 812 };

/**
 * @typedef {object} NavBarState
 * @property {string} title
 * @property {string} backgroundColor
 * @property {'black' | 'white'} textStyle
 * @property {boolean} loading
 * @property {boolean} back      show the back button
 * @property {boolean} home      show the home button (first page that is not a tab)
 * @property {boolean} custom    navigationStyle: custom (no bar; the page starts under the status bar)
 */

/**
 * @typedef {object} TabItem
 * @property {string} pagePath
 * @property {string} text
 * @property {string} [iconPath]
 * @property {string} [selectedIconPath]
 */

/**
 * @typedef {object} TabBarState
 * @property {TabItem[]} list
 * @property {string} color
 * @property {string} selectedColor
 * @property {string} backgroundColor
 * @property {string} borderStyle
 * @property {number} selected  index, or -1
 * @property {boolean} visible
 * @property {Record<number, string>} badges  index → text ('' = red dot)
 */

/**
 * @typedef {object} ShellEvents
 * @property {() => void} onBack
 * @property {() => void} onHome
 * @property {(index: number) => void} onTab
 */

/**
 * @param {Document} doc
 * @param {string} tag
 * @param {string} [className]
 * @param {string} [text]
 */
function h(doc, tag, className, text) {
  const el = doc.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

/** The icons of wx.showToast, drawn with CSS/SVG (no network, no image files). */
const TOAST_ICONS = {
  success:
    '<svg viewBox="0 0 40 40" width="40" height="40" aria-hidden="true"><path d="M8 21l8 8L33 12" fill="none" stroke="currentColor" stroke-width="3.5" stroke-linecap="round" stroke-linejoin="round"/></svg>',
  error:
    '<svg viewBox="0 0 40 40" width="40" height="40" aria-hidden="true"><circle cx="20" cy="20" r="16" fill="none" stroke="currentColor" stroke-width="3"/><path d="M20 11v12" stroke="currentColor" stroke-width="3.5" stroke-linecap="round"/><circle cx="20" cy="29" r="2.2" fill="currentColor"/></svg>',
  loading: '<span class="rlw-spinner" aria-hidden="true"></span>',
};

/**
 * @param {Document} doc
 * @param {HTMLElement} mount
 * @param {ShellEvents} events
 */
function createShell(doc, mount, events) {
  const phone = h(doc, 'div', 'rlw-phone');
  phone.setAttribute('role', 'application');
  phone.setAttribute('aria-label', '小程序预览 Mini program preview');
  phone.style.width = `${SCREEN.width}px`;
  phone.style.height = `${SCREEN.height}px`;

  const status = h(doc, 'div', 'rlw-status');
  status.style.height = `${STATUS_BAR}px`;
  status.append(h(doc, 'span', 'rlw-status-time', '9:41'), h(doc, 'span', 'rlw-status-icons', ''));
  status.lastElementChild?.insertAdjacentHTML(
    'beforeend',
    '<svg width="64" height="12" viewBox="0 0 64 12" aria-hidden="true"><g fill="currentColor"><rect x="0" y="8" width="3" height="4" rx="1"/><rect x="5" y="6" width="3" height="6" rx="1"/><rect x="10" y="3" width="3" height="9" rx="1"/><rect x="15" y="0" width="3" height="12" rx="1"/><rect x="38" y="1" width="22" height="10" rx="3" fill="none" stroke="currentColor"/><rect x="40" y="3" width="16" height="6" rx="1.5"/><rect x="61" y="4" width="2" height="4" rx="1"/></g></svg>',
  );

  const nav = h(doc, 'div', 'rlw-nav');
  nav.style.height = `${NAV_BAR}px`;
  const back = h(doc, 'button', 'rlw-nav-back');
  back.setAttribute('aria-label', '返回 Back');
  back.innerHTML =
    '<svg width="12" height="24" viewBox="0 0 12 24" aria-hidden="true"><path d="M10 3L2 12l8 9" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/></svg>';
  back.addEventListener('click', () => events.onBack());
  const home = h(doc, 'button', 'rlw-nav-home');
  home.setAttribute('aria-label', '首页 Home');
  home.innerHTML =
    '<svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true"><path d="M3 9l7-6 7 6v8H3z" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linejoin="round"/></svg>';
  home.addEventListener('click', () => events.onHome());
  const titleWrap = h(doc, 'div', 'rlw-nav-title');
  const spinner = h(doc, 'span', 'rlw-spinner rlw-nav-loading');
  const title = h(doc, 'h1', 'rlw-nav-text', '');
  titleWrap.append(spinner, title);
  const capsule = h(doc, 'div', 'rlw-capsule');
  capsule.setAttribute('aria-hidden', 'true');
  capsule.innerHTML =
    '<span class="rlw-capsule-more"><i></i><i></i><i></i></span><span class="rlw-capsule-sep"></span><span class="rlw-capsule-close"></span>';
  nav.append(back, home, titleWrap, capsule);

  const win = h(doc, 'div', 'rlw-window');
  const pages = h(doc, 'div', 'rlw-pages');
  const overlay = h(doc, 'div', 'rlw-overlay');
  win.append(pages, overlay);

  const tabbar = h(doc, 'nav', 'rlw-tabbar');
  tabbar.setAttribute('aria-label', '标签栏 Tab bar');
  const indicator = h(doc, 'div', 'rlw-home-indicator');
  indicator.setAttribute('aria-hidden', 'true');

  phone.append(status, nav, win, tabbar, indicator);
  mount.appendChild(phone);

  /** @type {TabBarState | null} */
  let tabState = null;
  let navCustom = false;

  const layout = () => {
    const tabVisible = !!(tabState && tabState.visible && tabState.selected >= 0);
    const top = navCustom ? 0 : STATUS_BAR + NAV_BAR;
    const bottom = tabVisible ? TAB_BAR + SAFE_BOTTOM : 0;
    win.style.top = `${top}px`;
    win.style.height = `${SCREEN.height - top - bottom}px`;
    tabbar.hidden = !tabVisible;
    tabbar.style.height = `${TAB_BAR + SAFE_BOTTOM}px`;
    // A custom navigation bar hides WeChat's bar but not the capsule (the CSS keeps only the capsule).
    phone.classList.toggle('rlw-custom-nav', navCustom);
  };

  /** @param {NavBarState} s */
  const setNavBar = (s) => {
    navCustom = s.custom;
    title.textContent = s.title;
    nav.style.backgroundColor = s.backgroundColor;
    const fg = s.textStyle === 'white' ? '#ffffff' : '#000000';
    nav.style.color = fg;
    status.style.color = navCustom ? '' : fg;
    status.style.backgroundColor = navCustom ? 'transparent' : s.backgroundColor;
    phone.dataset.navText = s.textStyle;
    spinner.hidden = !s.loading;
    back.hidden = !s.back;
    home.hidden = !s.home || s.back;
    layout();
  };

  /** @param {TabBarState} s */
  const setTabBar = (s) => {
    tabState = s;
    tabbar.replaceChildren();
    tabbar.style.backgroundColor = s.backgroundColor;
    tabbar.style.borderTopColor = s.borderStyle === 'white' ? 'rgba(255,255,255,0.33)' : 'rgba(0,0,0,0.33)';
    s.list.forEach((item, i) => {
      const on = i === s.selected;
      const b = h(doc, 'button', 'rlw-tab');
      b.setAttribute('role', 'tab');
      b.setAttribute('aria-selected', String(on));
      b.dataset.path = item.pagePath;
      b.style.color = on ? s.selectedColor : s.color;
      const icon = on ? item.selectedIconPath || item.iconPath : item.iconPath;
      if (icon) {
        const img = h(doc, 'img', 'rlw-tab-icon');
        img.setAttribute('src', `/mp/${icon.replace(/^\/+/, '')}`);
        img.setAttribute('alt', '');
        b.appendChild(img);
      }
      b.appendChild(h(doc, 'span', icon ? 'rlw-tab-text' : 'rlw-tab-text rlw-tab-text-only', item.text));
      const badge = s.badges[i];
      if (badge !== undefined) b.appendChild(h(doc, 'span', badge ? 'rlw-tab-badge' : 'rlw-tab-dot', badge));
      b.addEventListener('click', () => events.onTab(i));
      tabbar.appendChild(b);
    });
    tabbar.setAttribute('role', 'tablist');
    layout();
  };

  /** @type {{ el: HTMLElement, timer: number, loading: boolean } | null} */
  let toast = null;

  const hideToast = () => {
    if (!toast) return;
    window.clearTimeout(toast.timer);
    toast.el.remove();
    toast = null;
  };

  /**
   * wx.showToast / wx.showLoading.
   * @param {{ title: string, icon?: string, duration?: number, mask?: boolean, loading?: boolean, image?: string }} o
   */
  const showToast = (o) => {
    hideToast();
    const icon = o.loading ? 'loading' : o.icon === undefined ? 'success' : o.icon;
    const withIcon = icon !== 'none' || !!o.image;
    const layer = h(doc, 'div', `rlw-toast-layer${o.mask ? ' rlw-mask-clear' : ''}`);
    const box = h(doc, 'div', withIcon ? 'rlw-toast rlw-toast-icon' : 'rlw-toast rlw-toast-text');
    box.setAttribute('role', 'status');
    box.setAttribute('aria-live', 'polite');
    if (o.image) {
      const img = h(doc, 'img', 'rlw-toast-image');
      img.setAttribute('src', o.image.startsWith('/') ? `/mp${o.image}` : o.image);
      img.setAttribute('alt', '');
      box.appendChild(img);
    } else if (withIcon) {
      const i = h(doc, 'div', 'rlw-toast-glyph');
      i.innerHTML = TOAST_ICONS[/** @type {keyof typeof TOAST_ICONS} */ (icon)] || TOAST_ICONS.success;
      box.appendChild(i);
    }
    box.appendChild(h(doc, 'div', 'rlw-toast-title', o.title));
    layer.appendChild(box);
    if (!o.mask) layer.style.pointerEvents = 'none';
    overlay.appendChild(layer);
    const duration = o.loading ? 0 : (o.duration ?? 1500);
    toast = {
      el: layer,
      loading: !!o.loading,
      timer: duration > 0 ? window.setTimeout(hideToast, duration) : 0,
    };
  };

  /**
   * wx.showModal. Resolves with the answer.
   * @param {{ title?: string, content?: string, showCancel?: boolean, cancelText?: string, cancelColor?: string,
   *   confirmText?: string, confirmColor?: string, editable?: boolean, placeholderText?: string }} o
   * @returns {Promise<{ confirm: boolean, cancel: boolean, content?: string }>}
   */
  const showModal = (o) =>
    new Promise((resolve) => {
      const layer = h(doc, 'div', 'rlw-mask rlw-modal-layer');
      const box = h(doc, 'div', 'rlw-modal');
      box.setAttribute('role', 'dialog');
      box.setAttribute('aria-modal', 'true');
      if (o.title) {
        const t = h(doc, 'div', 'rlw-modal-title', o.title);
        t.id = `rlw-modal-title-${Date.now()}`;
        box.setAttribute('aria-labelledby', t.id);
        box.appendChild(t);
      }
      /** @type {HTMLTextAreaElement | null} */
      let field = null;
      if (o.editable) {
        field = /** @type {HTMLTextAreaElement} */ (h(doc, 'textarea', 'rlw-modal-input'));
        field.value = o.content || '';
        field.placeholder = o.placeholderText || '';
        box.appendChild(field);
      } else if (o.content) {
        box.appendChild(
          h(doc, 'div', o.title ? 'rlw-modal-content' : 'rlw-modal-content rlw-modal-content-only', o.content),
        );
      }
      const actions = h(doc, 'div', 'rlw-modal-actions');
      /** @param {boolean} confirm */
      const done = (confirm) => {
        layer.remove();
        resolve(field ? { confirm, cancel: !confirm, content: field.value } : { confirm, cancel: !confirm });
      };
      if (o.showCancel !== false) {
        const c = h(doc, 'button', 'rlw-modal-btn rlw-modal-cancel', o.cancelText || '取消');
        if (o.cancelColor) c.style.color = o.cancelColor;
        c.addEventListener('click', () => done(false));
        actions.appendChild(c);
      }
      const ok = h(doc, 'button', 'rlw-modal-btn rlw-modal-confirm', o.confirmText || '确定');
      if (o.confirmColor) ok.style.color = o.confirmColor;
      ok.addEventListener('click', () => done(true));
      actions.appendChild(ok);
      box.appendChild(actions);
      layer.appendChild(box);
      overlay.appendChild(layer);
      (field || ok).focus();
    });

  /**
   * wx.showActionSheet. Resolves with the tapped index, or -1 when cancelled.
   * @param {{ itemList: string[], itemColor?: string, alertText?: string }} o
   * @returns {Promise<number>}
   */
  const showActionSheet = (o) =>
    new Promise((resolve) => {
      const layer = h(doc, 'div', 'rlw-mask rlw-sheet-layer');
      const sheet = h(doc, 'div', 'rlw-sheet');
      sheet.setAttribute('role', 'dialog');
      sheet.setAttribute('aria-modal', 'true');
      /** @param {number} i */
      const done = (i) => {
        layer.remove();
        resolve(i);
      };
      if (o.alertText) sheet.appendChild(h(doc, 'div', 'rlw-sheet-alert', o.alertText));
      o.itemList.forEach((text, i) => {
        const b = h(doc, 'button', 'rlw-sheet-item', text);
        if (o.itemColor) b.style.color = o.itemColor;
        b.addEventListener('click', () => done(i));
        sheet.appendChild(b);
      });
      const cancel = h(doc, 'button', 'rlw-sheet-item rlw-sheet-cancel', '取消');
      cancel.addEventListener('click', () => done(-1));
      sheet.appendChild(cancel);
      layer.addEventListener('click', (e) => {
        if (e.target === layer) done(-1);
      });
      layer.appendChild(sheet);
      overlay.appendChild(layer);
    });

  /**
   * The picker sheet of `<picker>`: columns of options (selector, multiSelector) or a date/time field.
   * @param {import('./builtins').PickerRequest} req
   * @returns {Promise<number[] | string | null>}
   */
  const pick = (req) =>
    new Promise((resolve) => {
      const layer = h(doc, 'div', 'rlw-mask rlw-sheet-layer');
      const sheet = h(doc, 'div', 'rlw-sheet rlw-picker');
      sheet.setAttribute('role', 'dialog');
      sheet.setAttribute('aria-modal', 'true');
      const bar = h(doc, 'div', 'rlw-picker-bar');
      const cancel = h(doc, 'button', 'rlw-picker-cancel', '取消');
      const ok = h(doc, 'button', 'rlw-picker-ok', '确定');
      bar.append(cancel, ok);
      sheet.appendChild(bar);
      /** @type {() => number[] | string} */
      let read;
      if (req.mode === 'date' || req.mode === 'time') {
        const input = /** @type {HTMLInputElement} */ (h(doc, 'input', 'rlw-picker-input'));
        input.type = req.mode;
        input.value = req.text || '';
        if (req.start) input.min = req.start;
        if (req.end) input.max = req.end;
        sheet.appendChild(input);
        read = () => input.value;
      } else {
        const cols = h(doc, 'div', 'rlw-picker-columns');
        const chosen = (req.columns || []).map((_c, i) => (req.value && req.value[i]) || 0);
        (req.columns || []).forEach((col, ci) => {
          const list = h(doc, 'div', 'rlw-picker-column');
          list.setAttribute('role', 'listbox');
          col.forEach((text, i) => {
            const opt = h(doc, 'button', 'rlw-picker-option', text);
            opt.setAttribute('role', 'option');
            opt.setAttribute('aria-selected', String(i === chosen[ci]));
            opt.addEventListener('click', () => {
              chosen[ci] = i;
              for (const o of Array.from(list.children)) o.setAttribute('aria-selected', 'false');
              opt.setAttribute('aria-selected', 'true');
            });
            list.appendChild(opt);
          });
          cols.appendChild(list);
        });
        sheet.appendChild(cols);
        read = () => chosen.slice();
      }
      /** @param {number[] | string | null} v */
      const done = (v) => {
        layer.remove();
        resolve(v);
      };
      cancel.addEventListener('click', () => done(null));
      ok.addEventListener('click', () => done(read()));
      layer.addEventListener('click', (e) => {
        if (e.target === layer) done(null);
      });
      layer.appendChild(sheet);
      overlay.appendChild(layer);
    });

  layout();

  return {
    phone,
    pages,
    window: win,
    overlay,
    setNavBar,
    setTabBar,
    showToast,
    hideToast,
    isLoadingToast: () => !!(toast && toast.loading),
    showModal,
    showActionSheet,
    pick,
    /** Window size of the current page (what wx.getWindowInfo reports). */
    windowSize: () => ({ width: SCREEN.width, height: win.clientHeight || parseFloat(win.style.height) }),
  };
}

module.exports = { createShell, SCREEN, STATUS_BAR, NAV_BAR, TAB_BAR, SAFE_BOTTOM };
