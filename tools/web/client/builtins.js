// @ts-check
/**
 * The browser view of WeChat's built-in components. The headless runtime (tools/headless/runtime/builtins.js) gives
 * each built-in its public properties and its behaviour (a switch toggles on tap, a checkbox updates its group, a
 * form-type button submits its form, a navigator navigates). What it cannot give in Node is what a person sees and
 * types into; this module adds that, by extending the runtime's definitions as they are registered:
 * - attributes that WeChat's built-in stylesheet keys on (`wx-button[type=primary]`, `wx-switch[checked]`, …);
 * - a real <input>/<textarea> inside wx-input/wx-textarea (typing fires `input` with { value, cursor, keyCode });
 * - the picture of an image (with its `mode`), the bar of a progress, the knob of a switch, the box of a checkbox;
 * - a slider, a picker sheet (selector, multiSelector, date, time), rich-text nodes, scrolling scroll-views;
 * - hover-class while pressed, and aria-label / aria-role, which WeChat supports on built-ins.
 */

/**
 * @typedef {object} PickerRequest
 * @property {'selector' | 'multiSelector' | 'date' | 'time'} mode
 * @property {string[][]} [columns]
 * @property {number[]} [value]
 * @property {string} [text]  current date/time value
 * @property {string} [start]
 * @property {string} [end]
 */

/**
 * @typedef {object} ViewEnv
 * @property {(options: PickerRequest) => Promise<number[] | string | null>} pick  shows a picker sheet; null = cancelled
 * @property {(src: string) => string} resolveSrc  turns an image src as written into a URL
 * @property {(message: string) => void} warn
 * @property {(node: unknown, name: string, value: unknown) => void} setProp  sets a built-in's property as the
 *   runtime does (and writes a `model:` two-way binding back to the page)
 */

/**
 * A built-in definition as j-component takes it.
 * @typedef {{ id?: string, properties?: Record<string, unknown>, observers?: Record<string, Function>,
 *   lifetimes?: Record<string, Function>, methods?: Record<string, Function> } & Record<string, unknown>} Definition
 */

/**
 * Sets or removes a DOM attribute.
 * @param {Element | null | undefined} el
 * @param {string} name
 * @param {unknown} value
 */
function setAttr(el, name, value) {
  if (!el || !el.setAttribute) return;
  if (value === false || value === undefined || value === null || value === '') el.removeAttribute(name);
  else el.setAttribute(name, value === true ? '' : String(value));
}

/** @param {string} name camelCase */
const dash = (name) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/**
 * `this` inside a built-in's lifetimes and observers (j-component's method caller).
 * @typedef {{ _exparserNode: { $$: HTMLElement, addListener: Function, triggerEvent: Function, classList?: { getPrefix?: () => string }, ownerShadowRoot?: { getElementById(id: string): { $$?: HTMLElement } | null } } & Record<string, unknown>,
 *   data: Record<string, any>, triggerEvent(name: string, detail: unknown): void } & Record<string, any>} Self
 */

/** @param {Self} self */
const domOf = (self) => self._exparserNode.$$;

/** Properties reflected to attributes, per built-in. */
const REFLECT = {
  button: ['type', 'size', 'plain', 'disabled', 'loading'],
  switch: ['checked', 'disabled', 'type'],
  checkbox: ['checked', 'disabled'],
  radio: ['checked', 'disabled'],
  input: ['disabled'],
  textarea: ['disabled'],
  image: ['mode'],
  icon: ['type'],
  'scroll-view': ['scrollX', 'scrollY'],
  slider: ['disabled'],
  picker: ['disabled'],
};

/** @param {Self} self @param {string[]} names */
function reflectAll(self, names) {
  const el = domOf(self);
  for (const n of names) setAttr(el, dash(n), self.data[n]);
}

/** Accessibility properties every built-in gets (the runtime's definitions do not declare them). */
const ARIA_PROPS = {
  ariaLabel: { type: String, value: '' },
  ariaRole: { type: String, value: '' },
  ariaHidden: { type: Boolean, value: false },
  ariaChecked: { type: null, value: null },
  ariaDisabled: { type: null, value: null },
};

/** The role a built-in has without aria-role, as WeChat exposes them to screen readers. */
const DEFAULT_ROLE = {
  button: 'button',
  switch: 'switch',
  checkbox: 'checkbox',
  radio: 'radio',
  image: 'img',
  progress: 'progressbar',
  navigator: 'link',
  slider: 'slider',
};

/** @param {Self} self */
function reflectAria(self) {
  const el = domOf(self);
  const d = self.data;
  const is = String(self._exparserNode.is || '');
  setAttr(el, 'aria-label', d.ariaLabel);
  setAttr(el, 'role', d.ariaRole || DEFAULT_ROLE[/** @type {keyof typeof DEFAULT_ROLE} */ (is)]);
  setAttr(el, 'aria-hidden', d.ariaHidden ? 'true' : '');
  if (d.ariaChecked !== null && d.ariaChecked !== undefined) setAttr(el, 'aria-checked', String(d.ariaChecked));
  if (d.ariaDisabled !== null && d.ariaDisabled !== undefined) setAttr(el, 'aria-disabled', String(d.ariaDisabled));
}

/**
 * The exparser class name that `name` has in the template that wrote the node (`prefix--name`).
 * @param {Self} self
 * @param {string} name
 */
function ownerClass(self, name) {
  const cl = self._exparserNode.classList;
  const prefix = cl && cl.getPrefix ? cl.getPrefix() : '';
  return prefix ? `${prefix}--${name}` : name;
}

/**
 * hover-class: added hoverStartTime ms after the press, removed hoverStayTime ms after release.
 * @param {Self} self
 * @param {string} builtinClass  the built-in stylesheet's own class ('button-hover'), which is not prefixed
 */
function installHover(self, builtinClass) {
  const el = domOf(self);
  if (!el || el.dataset.rlwHover) return;
  el.dataset.rlwHover = '1';
  /** @type {string[]} */
  let added = [];
  let timer = 0;
  el.addEventListener('pointerdown', (e) => {
    const hc = String(self.data.hoverClass || 'none');
    const ev = /** @type {PointerEvent & { __rlwHoverStopped?: boolean }} */ (e);
    if (hc === 'none' || self.data.disabled || ev.__rlwHoverStopped) return;
    if (self.data.hoverStopPropagation) ev.__rlwHoverStopped = true;
    window.clearTimeout(timer);
    timer = window.setTimeout(
      () => {
        added = hc
          .split(/\s+/)
          .filter(Boolean)
          .map((c) => (c === builtinClass ? c : ownerClass(self, c)));
        for (const c of added) el.classList.add(c);
      },
      Number(self.data.hoverStartTime) || 0,
    );
  });
  const release = () => {
    window.clearTimeout(timer);
    const was = added;
    added = [];
    timer = window.setTimeout(
      () => {
        for (const c of was) el.classList.remove(c);
      },
      Number(self.data.hoverStayTime) || 0,
    );
  };
  el.addEventListener('pointerup', release);
  el.addEventListener('pointercancel', release);
  el.addEventListener('pointerleave', () => {
    if (added.length) release();
  });
}

/**
 * A real text field inside wx-input / wx-textarea. Typing sets the built-in's `value` (as the WeChat component's own
 * value changes) and fires `input`; focus, blur, confirm as in WeChat.
 * @param {Self} self
 * @param {'input' | 'textarea'} tag
 * @param {ViewEnv} env
 */
function mountField(self, tag, env) {
  const host = domOf(self);
  if (!host || self.__rlwNative) return;
  const el = document.createElement(tag);
  el.className = `rlw-native-${tag}`;
  self.__rlwNative = el;
  host.appendChild(el);
  const node = self._exparserNode;
  el.addEventListener('input', () => {
    env.setProp(node, 'value', el.value);
    node.triggerEvent('input', { value: el.value, cursor: el.selectionStart ?? el.value.length, keyCode: 0 });
    if (tag === 'textarea' && self.data.autoHeight) fitHeight(el);
  });
  el.addEventListener('focus', () => node.triggerEvent('focus', { value: el.value, height: 0 }));
  el.addEventListener('blur', () => node.triggerEvent('blur', { value: el.value, cursor: el.selectionStart ?? 0 }));
  el.addEventListener('keydown', (e) => {
    if (/** @type {KeyboardEvent} */ (e).key === 'Enter' && tag === 'input') {
      node.triggerEvent('confirm', { value: el.value });
    }
  });
  syncField(self);
  if (self.data.focus || self.data.autoFocus) window.setTimeout(() => el.focus(), 0);
}

/** @param {HTMLTextAreaElement | HTMLInputElement} el */
function fitHeight(el) {
  el.style.height = 'auto';
  el.style.height = `${el.scrollHeight}px`;
}

/** @param {Self} self */
function syncField(self) {
  /** @type {HTMLInputElement | HTMLTextAreaElement | undefined} */
  const el = self.__rlwNative;
  if (!el) return;
  const d = self.data;
  const value = d.value === undefined || d.value === null ? '' : String(d.value);
  if (el.value !== value) el.value = value;
  el.placeholder = String(d.placeholder || '');
  el.disabled = !!d.disabled;
  el.maxLength = Number(d.maxlength) >= 0 ? Number(d.maxlength) : 524288;
  const label = d.ariaLabel || d.placeholder;
  if (label) el.setAttribute('aria-label', String(label));
  else el.removeAttribute('aria-label');
  if (el instanceof HTMLInputElement) {
    el.type = d.password || d.type === 'safe-password' ? 'password' : 'text';
    el.inputMode = d.type === 'number' ? 'numeric' : d.type === 'digit' ? 'decimal' : 'text';
  }
  if (d.placeholderStyle) el.style.setProperty('--rlw-placeholder-style', String(d.placeholderStyle));
  if (d.focus && document.activeElement !== el && el.isConnected) el.focus();
}

/**
 * The views, per built-in: extra properties, and lifetimes/observers that draw.
 * @param {ViewEnv} env
 * @returns {Record<string, Definition>}
 */
function views(env) {
  /** @type {Record<string, Definition>} */
  const v = {};

  v.view = {
    lifetimes: {
      /** @this {Self} */
      attached() {
        if (this.data.hoverClass && this.data.hoverClass !== 'none') installHover(this, '');
      },
    },
    observers: {
      /** @this {Self} */
      hoverClass(/** @type {string} */ hc) {
        if (hc && hc !== 'none' && domOf(this)) installHover(this, '');
      },
    },
  };

  v.navigator = {
    lifetimes: {
      /** @this {Self} */
      attached() {
        installHover(this, 'navigator-hover');
      },
    },
  };

  v.button = {
    lifetimes: {
      /** @this {Self} */
      attached() {
        installHover(this, 'button-hover');
      },
    },
  };

  v.input = {
    lifetimes: {
      /** @this {Self} */
      attached() {
        mountField(this, 'input', env);
      },
    },
    observers: {
      /** @this {Self} */
      '**'() {
        syncField(this);
      },
    },
  };

  v.textarea = {
    lifetimes: {
      /** @this {Self} */
      attached() {
        mountField(this, 'textarea', env);
        if (this.data.autoHeight && this.__rlwNative) window.setTimeout(() => fitHeight(this.__rlwNative), 0);
      },
    },
    observers: {
      /** @this {Self} */
      '**'() {
        syncField(this);
      },
    },
  };

  /** switch / checkbox / radio: a drawn control; the runtime toggles `checked` on tap. */
  for (const [name, cls] of [
    ['switch', 'rlw-switch-input'],
    ['checkbox', 'rlw-checkbox-input'],
    ['radio', 'rlw-radio-input'],
  ]) {
    v[name] = {
      lifetimes: {
        /** @this {Self} */
        attached() {
          const el = domOf(this);
          const mark = document.createElement('span');
          mark.className = cls;
          mark.setAttribute('aria-hidden', 'true');
          el.insertBefore(mark, el.firstChild);
        },
      },
      observers: {
        /** @this {Self} */
        'checked, color'() {
          const el = domOf(this);
          if (!el) return;
          setAttr(el, 'aria-checked', String(!!this.data.checked));
          if (this.data.color) el.style.setProperty('--rlw-check-color', String(this.data.color));
        },
      },
    };
  }

  v.image = {
    lifetimes: {
      /** @this {Self} */
      attached() {
        const el = domOf(this);
        const inner = document.createElement('div');
        inner.className = 'rlw-image-inner';
        el.appendChild(inner);
        this.__rlwInner = inner;
        drawImage(this, env);
      },
    },
    observers: {
      /** @this {Self} */
      'src, mode'() {
        drawImage(this, env);
      },
    },
  };

  v.icon = {
    observers: {
      /** @this {Self} */
      'type, size, color'() {
        const el = domOf(this);
        if (!el) return;
        const size = this.data.size;
        el.style.setProperty('--rlw-icon-size', typeof size === 'number' ? `${size}px` : String(size || '23px'));
        if (this.data.color) el.style.setProperty('--rlw-icon-color', String(this.data.color));
      },
    },
  };

  v.progress = {
    lifetimes: {
      /** @this {Self} */
      attached() {
        const el = domOf(this);
        const bar = document.createElement('div');
        bar.className = 'rlw-progress-bar';
        const fill = document.createElement('div');
        fill.className = 'rlw-progress-fill';
        bar.appendChild(fill);
        const info = document.createElement('span');
        info.className = 'rlw-progress-info';
        el.append(bar, info);
        this.__rlwParts = { bar, fill, info };
        drawProgress(this);
      },
    },
    observers: {
      /** @this {Self} */
      '**'() {
        drawProgress(this);
      },
    },
  };

  v.slider = {
    lifetimes: {
      /** @this {Self} */
      attached() {
        const el = domOf(this);
        const range = document.createElement('input');
        range.type = 'range';
        range.className = 'rlw-native-range';
        const shown = document.createElement('span');
        shown.className = 'rlw-slider-value';
        el.append(range, shown);
        this.__rlwRange = range;
        this.__rlwShown = shown;
        const node = this._exparserNode;
        range.addEventListener('input', () => {
          shown.textContent = this.data.showValue ? range.value : '';
          node.triggerEvent('changing', { value: Number(range.value) });
        });
        range.addEventListener('change', () => {
          env.setProp(node, 'value', Number(range.value));
          node.triggerEvent('change', { value: Number(range.value) });
        });
        drawSlider(this);
      },
    },
    observers: {
      /** @this {Self} */
      '**'() {
        drawSlider(this);
      },
    },
  };

  v.picker = {
    lifetimes: {
      /** @this {Self} */
      attached() {
        const node = this._exparserNode;
        node.addListener('tap', () => {
          if (this.data.disabled) return;
          openPicker(this, env).catch((err) => env.warn(String(err)));
        });
      },
    },
  };

  v['rich-text'] = {
    lifetimes: {
      /** @this {Self} */
      attached() {
        const box = document.createElement('div');
        box.className = 'rlw-rich-text';
        domOf(this).appendChild(box);
        this.__rlwBox = box;
        box.replaceChildren(...richNodes(this.data.nodes));
      },
    },
    observers: {
      /** @this {Self} */
      nodes(/** @type {unknown} */ nodes) {
        if (this.__rlwBox) this.__rlwBox.replaceChildren(...richNodes(nodes));
      },
    },
  };

  v['scroll-view'] = {
    lifetimes: {
      /** @this {Self} */
      attached() {
        const el = domOf(this);
        const node = this._exparserNode;
        let lastTop = el.scrollTop;
        let lastLeft = el.scrollLeft;
        el.addEventListener('scroll', () => {
          node.triggerEvent('scroll', {
            scrollLeft: el.scrollLeft,
            scrollTop: el.scrollTop,
            scrollHeight: el.scrollHeight,
            scrollWidth: el.scrollWidth,
            deltaX: lastLeft - el.scrollLeft,
            deltaY: lastTop - el.scrollTop,
          });
          const lower = Number(this.data.lowerThreshold) || 50;
          const upper = Number(this.data.upperThreshold) || 50;
          if (el.scrollTop > lastTop && el.scrollTop + el.clientHeight >= el.scrollHeight - lower) {
            node.triggerEvent('scrolltolower', { direction: 'bottom' });
          }
          if (el.scrollTop < lastTop && el.scrollTop <= upper) node.triggerEvent('scrolltoupper', { direction: 'top' });
          lastTop = el.scrollTop;
          lastLeft = el.scrollLeft;
        });
      },
    },
    observers: {
      /** @this {Self} */
      'scrollTop, scrollLeft'() {
        const el = domOf(this);
        if (!el) return;
        if (typeof this.data.scrollTop === 'number') el.scrollTop = this.data.scrollTop;
        if (typeof this.data.scrollLeft === 'number') el.scrollLeft = this.data.scrollLeft;
      },
      /** @this {Self} */
      scrollIntoView(/** @type {string} */ id) {
        const root = this._exparserNode.ownerShadowRoot;
        const target = id && root ? root.getElementById(id) : null;
        if (target && target.$$) target.$$.scrollIntoView({ block: 'start', inline: 'start' });
      },
    },
  };

  v.swiper = {
    lifetimes: {
      /** @this {Self} */
      attached() {
        const el = domOf(this);
        const node = this._exparserNode;
        /** @param {number} i @param {string} source */
        const go = (i, source) => {
          const count = el.querySelectorAll(':scope > wx-swiper-item').length;
          if (!count) return;
          const n = this.data.circular ? (i + count) % count : Math.max(0, Math.min(count - 1, i));
          el.style.setProperty('--rlw-swiper-index', String(n));
          if (n !== this.__rlwCurrent) {
            this.__rlwCurrent = n;
            node.triggerEvent('change', { current: n, currentItemId: '', source });
          }
        };
        this.__rlwCurrent = Number(this.data.current) || 0;
        el.style.setProperty('--rlw-swiper-index', String(this.__rlwCurrent));
        let x0 = 0;
        el.addEventListener('pointerdown', (e) => (x0 = e.clientX));
        el.addEventListener('pointerup', (e) => {
          const dx = e.clientX - x0;
          if (Math.abs(dx) > 40) go(this.__rlwCurrent + (dx < 0 ? 1 : -1), 'touch');
        });
        if (this.data.autoplay) {
          const timer = window.setInterval(
            () => {
              if (!el.isConnected) window.clearInterval(timer);
              else go(this.__rlwCurrent + 1, 'autoplay');
            },
            Number(this.data.interval) || 5000,
          );
        }
      },
    },
    observers: {
      /** @this {Self} */
      current(/** @type {number} */ c) {
        this.__rlwCurrent = Number(c) || 0;
        const el = domOf(this);
        if (el) el.style.setProperty('--rlw-swiper-index', String(this.__rlwCurrent));
      },
    },
  };

  return v;
}

/**
 * @param {Self} self
 * @param {ViewEnv} env
 */
function drawImage(self, env) {
  /** @type {HTMLElement | undefined} */
  const inner = self.__rlwInner;
  const el = domOf(self);
  if (!inner || !el) return;
  const src = self.data.src ? env.resolveSrc(String(self.data.src)) : '';
  inner.style.backgroundImage = src ? `url("${src.replace(/"/g, '%22')}")` : '';
  if (!src) return;
  const node = self._exparserNode;
  const probe = new Image();
  probe.onload = () => {
    const mode = self.data.mode;
    if (mode === 'widthFix' && el.clientWidth) {
      el.style.height = `${(el.clientWidth * probe.naturalHeight) / probe.naturalWidth}px`;
    } else if (mode === 'heightFix' && el.clientHeight) {
      el.style.width = `${(el.clientHeight * probe.naturalWidth) / probe.naturalHeight}px`;
    }
    node.triggerEvent('load', { width: probe.naturalWidth, height: probe.naturalHeight });
  };
  probe.onerror = () => node.triggerEvent('error', { errMsg: `GET ${src} 404 (Not Found)` });
  probe.src = src;
}

/** @param {Self} self */
function drawProgress(self) {
  const parts = self.__rlwParts;
  if (!parts) return;
  const d = self.data;
  const p = Math.max(0, Math.min(100, Number(d.percent) || 0));
  parts.bar.style.height = `${parseFloat(String(d.strokeWidth)) || 6}px`;
  parts.bar.style.borderRadius = `${parseFloat(String(d.borderRadius)) || 0}px`;
  if (d.backgroundColor) parts.bar.style.backgroundColor = String(d.backgroundColor);
  parts.fill.style.width = `${p}%`;
  const active = d.activeColor || d.color;
  if (active) parts.fill.style.backgroundColor = String(active);
  parts.info.textContent = d.showInfo ? `${p}%` : '';
  setAttr(domOf(self), 'aria-valuenow', String(p));
}

/** @param {Self} self */
function drawSlider(self) {
  /** @type {HTMLInputElement | undefined} */
  const range = self.__rlwRange;
  if (!range) return;
  const d = self.data;
  range.min = String(d.min ?? 0);
  range.max = String(d.max ?? 100);
  range.step = String(d.step ?? 1);
  range.value = String(d.value ?? 0);
  range.disabled = !!d.disabled;
  const color = d.activeColor || d.selectedColor;
  if (color) range.style.accentColor = String(color);
  if (d.ariaLabel) range.setAttribute('aria-label', String(d.ariaLabel));
  self.__rlwShown.textContent = d.showValue ? range.value : '';
}

/**
 * @param {Self} self
 * @param {ViewEnv} env
 */
async function openPicker(self, env) {
  const d = self.data;
  const node = self._exparserNode;
  /** @param {unknown} item */
  const label = (item) =>
    d.rangeKey && item && typeof item === 'object'
      ? String(/** @type {Record<string, unknown>} */ (item)[d.rangeKey])
      : String(item);
  /** @type {number[] | string | null} */
  let res = null;
  if (d.mode === 'selector') {
    const range = Array.isArray(d.range) ? d.range : [];
    res = await env.pick({ mode: 'selector', columns: [range.map(label)], value: [Number(d.value) || 0] });
    if (Array.isArray(res)) node.triggerEvent('change', { value: res[0] });
  } else if (d.mode === 'multiSelector') {
    const range = Array.isArray(d.range) ? d.range : [];
    const columns = range.map((/** @type {unknown} */ col) => (Array.isArray(col) ? col.map(label) : []));
    const value = Array.isArray(d.value) ? d.value.map(Number) : columns.map(() => 0);
    res = await env.pick({ mode: 'multiSelector', columns, value });
    if (Array.isArray(res)) node.triggerEvent('change', { value: res });
  } else if (d.mode === 'date' || d.mode === 'time') {
    res = await env.pick({ mode: d.mode, text: String(d.value || ''), start: d.start, end: d.end });
    if (typeof res === 'string') node.triggerEvent('change', { value: res });
  } else {
    env.warn(`picker mode "${d.mode}" is not simulated in the browser preview`);
    return;
  }
  if (res === null) node.triggerEvent('cancel', {});
}

/**
 * Builds DOM for rich-text `nodes`: an HTML string, or WeChat's node array ({ name, attrs, children } and
 * { type: 'text', text }). Only the tags WeChat's rich-text accepts are kept; event handler attributes and
 * javascript: URLs are dropped.
 * @param {unknown} nodes
 * @returns {Node[]}
 */
function richNodes(nodes) {
  const allowed =
    /^(a|abbr|address|article|aside|b|bdi|bdo|big|blockquote|br|caption|center|cite|code|col|colgroup|dd|del|div|dl|dt|em|fieldset|font|footer|h[1-6]|header|hr|i|img|ins|label|legend|li|mark|nav|ol|p|pre|q|rt|ruby|s|section|small|span|strong|sub|sup|table|tbody|td|tfoot|th|thead|tr|tt|u|ul)$/i;
  /** @param {string} name @param {string} value */
  const safeAttr = (name, value) => !/^on/i.test(name) && !/^\s*javascript:/i.test(value);
  if (typeof nodes === 'string') {
    const tpl = document.createElement('template');
    tpl.innerHTML = nodes;
    /** @param {ParentNode} parent */
    const clean = (parent) => {
      for (const child of Array.from(parent.children)) {
        if (!allowed.test(child.tagName)) {
          child.remove();
          continue;
        }
        for (const a of Array.from(child.attributes)) if (!safeAttr(a.name, a.value)) child.removeAttribute(a.name);
        clean(child);
      }
    };
    clean(tpl.content);
    return Array.from(tpl.content.childNodes);
  }
  if (!Array.isArray(nodes)) return [];
  return nodes.flatMap((n) => /** @type {Node[]} */ (richNode(n, allowed, safeAttr)));
}

/**
 * One node of a rich-text node array.
 * @param {unknown} raw
 * @param {RegExp} allowed
 * @param {(name: string, value: string) => boolean} safeAttr
 * @returns {Node[]}
 */
function richNode(raw, allowed, safeAttr) {
  {
    const n = /** @type {{ type?: string, text?: unknown, name?: unknown, attrs?: unknown, children?: unknown }} */ (
      raw
    );
    if (!n || typeof n !== 'object') return [];
    if (n.type === 'text') return [document.createTextNode(String(n.text ?? ''))];
    const name = String(n.name || 'span');
    if (!allowed.test(name)) return [];
    const el = document.createElement(name);
    const attrs = n.attrs && typeof n.attrs === 'object' ? n.attrs : {};
    for (const [k, val] of Object.entries(attrs)) if (safeAttr(k, String(val))) el.setAttribute(k, String(val));
    el.append(...richNodes(n.children || []));
    return [el];
  }
}

/**
 * Chains two functions of the same name (lifetimes, observers): the runtime's first, then the view's.
 * @param {Function | undefined} a
 * @param {Function | undefined} b
 * @returns {Function | undefined}
 */
function chain(a, b) {
  if (!a) return b;
  if (!b) return a;
  return function (/** @type {unknown[]} */ ...args) {
    // @ts-expect-error `this` is the component's method caller
    a.apply(this, args);
    // @ts-expect-error `this` is the component's method caller
    b.apply(this, args);
  };
}

/**
 * The runtime's definition of a built-in with its browser view merged in.
 * @param {Definition} def
 * @param {Definition | undefined} view
 * @returns {Definition}
 */
function mergeDefinition(def, view) {
  const name = String(def.id);
  const reflect = REFLECT[/** @type {keyof typeof REFLECT} */ (name)] || [];
  /** @type {Record<string, Function>} */
  const observers = { ...(def.observers || {}) };
  /** @type {Record<string, Function>} */
  const extra = { ...((view && view.observers) || {}) };
  if (reflect.length) {
    extra[reflect.join(', ')] = /** @type {Function} */ (
      chain(extra[reflect.join(', ')], function () {
        // @ts-expect-error `this` is the component's method caller
        reflectAll(this, reflect);
      })
    );
  }
  extra['ariaLabel, ariaRole, ariaHidden, ariaChecked, ariaDisabled'] = function () {
    // @ts-expect-error `this` is the component's method caller
    reflectAria(this);
  };
  for (const [k, fn] of Object.entries(extra)) observers[k] = /** @type {Function} */ (chain(observers[k], fn));

  /** @type {Record<string, Function>} */
  const lifetimes = { ...(def.lifetimes || {}) };
  const viewAttached = view && view.lifetimes && view.lifetimes.attached;
  lifetimes.attached = /** @type {Function} */ (
    chain(lifetimes.attached, function attachedView() {
      // @ts-expect-error `this` is the component's method caller
      reflectAll(this, reflect);
      // @ts-expect-error `this` is the component's method caller
      reflectAria(this);
      // @ts-expect-error `this` is the component's method caller
      if (viewAttached) viewAttached.call(this);
    })
  );
  return {
    ...def,
    properties: { ...ARIA_PROPS, ...(def.properties || {}) },
    observers,
    lifetimes,
  };
}

/**
 * Wraps j-component so that every built-in the runtime registers gets its browser view. Other definitions pass
 * through unchanged.
 * @template {{ register(def: Definition): string }} J
 * @param {J} jComponent  j-component (or a wrapper with its register)
 * @param {ViewEnv} env
 * @param {(is: string) => boolean} isBuiltin  the runtime's list of built-ins
 * @returns {J}
 */
function withBuiltinViews(jComponent, env, isBuiltin) {
  const byName = views(env);
  const wrapped = Object.create(jComponent);
  wrapped.register = (/** @type {Definition} */ def) => {
    if (def && typeof def.id === 'string' && isBuiltin(def.id) && typeof def.template === 'string') {
      return jComponent.register(mergeDefinition(def, byName[def.id]));
    }
    return jComponent.register(def);
  };
  return wrapped;
}

module.exports = { withBuiltinViews, mergeDefinition, richNodes, setAttr, REFLECT };
