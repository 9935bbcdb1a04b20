// @ts-check
/**
 * WeChat's built-in components (view, input, switch, …) as exparser components: each has the public
 * properties of the real one (so `element.property('value')` and `[disabled]` work) and the native
 * behaviour the product relies on: a switch toggles on tap, a checkbox updates its group, a navigator
 * navigates, a form-type button submits its form, a label forwards its tap. What needs native UI (a picker
 * wheel, a camera) stays a shell: tests drive it with `element.trigger('change', …)`, as in DevTools.
 *
 * Each renders as `<wx-NAME>` around a slot; `BUILTIN_CSS` gives the block/inline display of each.
 */

/** @typedef {import('./types').ExpNode} ExpNode */
/** @typedef {import('./types').Exparser} Exparser */
/** @typedef {import('./types').JComponent} JComponent */

/**
 * The services a built-in needs from the runtime that owns its page.
 * @typedef {object} BuiltinServices
 * @property {(openType: string, url: string, delta: number) => void} navigate
 * @property {(node: ExpNode, openType: string) => void} openType Handles `<button open-type>` (share, …).
 * @property {(message: string) => void} warn
 * @property {(fn: () => void) => void} later Runs `fn` as a macrotask the runtime waits for.
 */

const { inertObject } = require('./inert');

const S = String;
const N = Number;
const B = Boolean;
const O = Object;
const A = Array;

/**
 * Public properties per built-in: [type, default]. Names are camelCase, as exparser stores them.
 * @type {Record<string, Record<string, [Function | null, unknown]>>}
 */
const PROPS = {
  view: { hoverClass: [S, 'none'], hoverStopPropagation: [B, false], hoverStartTime: [N, 50], hoverStayTime: [N, 400] },
  'cover-view': { scrollTop: [null, null] },
  'cover-image': { src: [S, ''] },
  'scroll-view': {
    scrollX: [B, false],
    scrollY: [B, false],
    upperThreshold: [null, 50],
    lowerThreshold: [null, 50],
    scrollTop: [null, null],
    scrollLeft: [null, null],
    scrollIntoView: [S, ''],
    scrollWithAnimation: [B, false],
    enableBackToTop: [B, false],
    enableFlex: [B, false],
    refresherEnabled: [B, false],
    refresherTriggered: [B, false],
    showScrollbar: [B, true],
    type: [S, 'list'],
  },
  swiper: {
    indicatorDots: [B, false],
    indicatorColor: [S, 'rgba(0, 0, 0, .3)'],
    indicatorActiveColor: [S, '#000000'],
    autoplay: [B, false],
    current: [N, 0],
    interval: [N, 5000],
    duration: [N, 500],
    circular: [B, false],
    vertical: [B, false],
    previousMargin: [S, '0px'],
    nextMargin: [S, '0px'],
    displayMultipleItems: [N, 1],
  },
  'swiper-item': { itemId: [S, ''] },
  'movable-area': { scaleArea: [B, false] },
  'movable-view': {
    direction: [S, 'none'],
    inertia: [B, false],
    outOfBounds: [B, false],
    x: [null, 0],
    y: [null, 0],
    disabled: [B, false],
    scale: [B, false],
  },
  icon: { type: [S, ''], size: [null, 23], color: [S, ''] },
  text: { selectable: [B, false], userSelect: [B, false], space: [S, ''], decode: [B, false] },
  'rich-text': { nodes: [null, []], space: [S, ''], userSelect: [B, false] },
  progress: {
    percent: [N, 0],
    showInfo: [B, false],
    borderRadius: [null, 0],
    fontSize: [null, 16],
    strokeWidth: [null, 6],
    color: [S, '#09BB07'],
    activeColor: [S, '#09BB07'],
    backgroundColor: [S, '#EBEBEB'],
    active: [B, false],
    activeMode: [S, 'backwards'],
  },
  button: {
    size: [S, 'default'],
    type: [S, 'default'],
    plain: [B, false],
    disabled: [B, false],
    loading: [B, false],
    formType: [S, ''],
    openType: [S, ''],
    hoverClass: [S, 'button-hover'],
    hoverStopPropagation: [B, false],
    lang: [S, 'en'],
    sessionFrom: [S, ''],
    sendMessageTitle: [S, ''],
    sendMessagePath: [S, ''],
    sendMessageImg: [S, ''],
    appParameter: [S, ''],
    showMessageCard: [B, false],
  },
  checkbox: { value: [S, ''], disabled: [B, false], checked: [B, false], color: [S, '#09BB07'] },
  'checkbox-group': {},
  form: { reportSubmit: [B, false], reportSubmitTimeout: [N, 0] },
  input: {
    value: [S, ''],
    type: [S, 'text'],
    password: [B, false],
    placeholder: [S, ''],
    placeholderStyle: [S, ''],
    placeholderClass: [S, 'input-placeholder'],
    disabled: [B, false],
    maxlength: [N, 140],
    cursorSpacing: [N, 0],
    autoFocus: [B, false],
    focus: [B, false],
    confirmType: [S, 'done'],
    alwaysEmbed: [B, false],
    confirmHold: [B, false],
    cursor: [N, -1],
    selectionStart: [N, -1],
    selectionEnd: [N, -1],
    adjustPosition: [B, true],
    holdKeyboard: [B, false],
  },
  label: { for: [S, ''] },
  picker: {
    mode: [S, 'selector'],
    disabled: [B, false],
    range: [A, []],
    rangeKey: [S, ''],
    value: [null, 0],
    start: [S, ''],
    end: [S, ''],
    fields: [S, 'day'],
    customItem: [S, ''],
    headerText: [S, ''],
  },
  'picker-view': { value: [A, []], indicatorStyle: [S, ''], indicatorClass: [S, ''], maskStyle: [S, ''] },
  'picker-view-column': {},
  radio: { value: [S, ''], checked: [B, false], disabled: [B, false], color: [S, '#09BB07'] },
  'radio-group': {},
  slider: {
    min: [N, 0],
    max: [N, 100],
    step: [N, 1],
    disabled: [B, false],
    value: [N, 0],
    color: [S, '#e9e9e9'],
    selectedColor: [S, '#1aad19'],
    activeColor: [S, '#1aad19'],
    backgroundColor: [S, '#e9e9e9'],
    blockSize: [N, 28],
    blockColor: [S, '#ffffff'],
    showValue: [B, false],
  },
  switch: { checked: [B, false], disabled: [B, false], type: [S, 'switch'], color: [S, '#04BE02'] },
  textarea: {
    value: [S, ''],
    placeholder: [S, ''],
    placeholderStyle: [S, ''],
    placeholderClass: [S, 'textarea-placeholder'],
    disabled: [B, false],
    maxlength: [N, 140],
    autoFocus: [B, false],
    focus: [B, false],
    autoHeight: [B, false],
    fixed: [B, false],
    cursorSpacing: [N, 0],
    cursor: [N, -1],
    showConfirmBar: [B, true],
    selectionStart: [N, -1],
    selectionEnd: [N, -1],
    adjustPosition: [B, true],
    holdKeyboard: [B, false],
    disableDefaultPadding: [B, false],
    confirmType: [S, 'return'],
    confirmHold: [B, false],
  },
  navigator: {
    target: [S, 'self'],
    url: [S, ''],
    openType: [S, 'navigate'],
    delta: [N, 1],
    appId: [S, ''],
    path: [S, ''],
    extraData: [O, null],
    version: [S, 'release'],
    hoverClass: [S, 'navigator-hover'],
    hoverStopPropagation: [B, false],
  },
  image: {
    src: [S, ''],
    mode: [S, 'scaleToFill'],
    webp: [B, false],
    lazyLoad: [B, false],
    showMenuByLongpress: [B, false],
  },
  video: {
    src: [S, ''],
    duration: [N, 0],
    controls: [B, true],
    autoplay: [B, false],
    loop: [B, false],
    muted: [B, false],
  },
  audio: { id: [S, ''], src: [S, ''], loop: [B, false], controls: [B, false] },
  camera: { mode: [S, 'normal'], devicePosition: [S, 'back'], flash: [S, 'auto'] },
  map: { longitude: [N, 0], latitude: [N, 0], scale: [N, 16], markers: [A, []] },
  canvas: { type: [S, ''], canvasId: [S, ''], disableScroll: [B, false] },
  'web-view': { src: [S, ''] },
  ad: { unitId: [S, ''] },
  'official-account': {},
  'open-data': { type: [S, ''] },
  editor: { readOnly: [B, false], placeholder: [S, ''] },
  'page-meta': { backgroundTextStyle: [S, ''], backgroundColor: [S, ''], rootFontSize: [S, ''], pageStyle: [S, ''] },
  'navigation-bar': {
    title: [S, ''],
    loading: [B, false],
    frontColor: [S, ''],
    backgroundColor: [S, ''],
  },
  'root-portal': { enable: [B, true] },
  'page-container': { show: [B, false], position: [S, 'bottom'] },
  'match-media': { minWidth: [N, 0], maxWidth: [N, 0], orientation: [S, ''] },
  'keyboard-accessory': {},
  'grid-view': { type: [S, 'aligned'], crossAxisCount: [N, 2] },
  'list-view': {},
  'sticky-header': {},
  'sticky-section': {},
  'share-element': { key: [S, ''], transform: [B, false] },
  // xr-frame's root: nothing is drawn, but the scene's lifecycle runs (see XR_SCENE below).
  'xr-scene': { arSystem: [S, ''], renderSystem: [S, ''], physics: [S, ''] },
};

/**
 * Built-ins that exist here as shells with their properties but that WeChat draws with a device or its services
 * (ads, camera, maps, video, live streams, web pages, official-account and user data): a page using one carries
 * the `unsupported: <tag>` warning, as for tags no component defines.
 */
const NOT_DRAWN = new Set(['ad', 'camera', 'map', 'video', 'web-view', 'official-account', 'open-data', 'xr-scene']);

/**
 * WeChat's components that the runtime does not define (the official list,
 * https://developers.weixin.qq.com/miniprogram/dev/component/, less what PROPS has): a page using one carries
 * `unsupported: <tag>`. A tag that is neither here nor in PROPS (`<h2>`, `<span>`, `<i>`, a typo) is no WeChat
 * component at all: WeChat draws it as a plain element around its content, as the runtime does, and says nothing.
 * `<span>` is left out on purpose: it is Skyline's inline text container, and under WebView rendering (every app
 * here) a plain inline element, which is what the runtime draws.
 */
const NOT_DEFINED = new Set([
  'selection',
  'editor-portal',
  'draggable-sheet',
  'grid-builder',
  'list-builder',
  'nested-scroll-body',
  'nested-scroll-header',
  'open-container',
  'open-data-item',
  'open-data-list',
  'snapshot',
  'functional-page-navigator',
  'channel-live',
  'channel-video',
  'live-player',
  'live-pusher',
  'voip-room',
  'ad-custom',
  'store-coupon',
  'store-gift',
  'store-home',
  'store-product',
  'aria-component',
]);

/**
 * Whether a tag names a WeChat native feature the runtime does not draw: a component of the official list it lacks,
 * Skyline's gesture handlers, xr-frame's tags, or a built-in drawn by the device (NOT_DRAWN).
 * @param {string} tag
 */
function isMissingNative(tag) {
  if (NOT_DRAWN.has(tag)) return true;
  if (isBuiltin(tag)) return false;
  return NOT_DEFINED.has(tag) || /^xr-/.test(tag) || /-gesture-handler$/.test(tag);
}

/** Built-ins that take part in forms, and the property holding their value. */
const FORM_VALUE = { input: 'value', textarea: 'value', switch: 'checked', slider: 'value', picker: 'value' };

const INLINE = [
  'text',
  'icon',
  'image',
  'label',
  'navigator',
  'picker',
  'switch',
  'checkbox',
  'radio',
  'input',
  'slider',
];

/** Default display of each built-in (the DOM tag is `wx-NAME`), injected once into the document. */
const BUILTIN_CSS =
  Object.keys(PROPS)
    .map((n) => `wx-${n}{display:${INLINE.includes(n) ? 'inline-block' : 'block'}}`)
    .join('') + '[hidden]{display:none!important}';

/**
 * Registers the built-ins with j-component once per exparser instance. Every runtime of the process (several
 * endpoints, or the app relaunched after App.exit) adds how it serves its own nodes; the returned function removes
 * it (when that runtime is destroyed).
 * @param {{ jComponent: JComponent, exparser: Exparser }} framework
 * @param {ReturnType<import('./tree').createTree>} tree
 * @param {(node: ExpNode) => BuiltinServices | null} servicesOfRuntime
 * @returns {() => void}
 */
function registerBuiltins(framework, tree, servicesOfRuntime) {
  const { jComponent, exparser } = framework;
  const flagged =
    /** @type {{ __headlessBuiltins?: boolean, __headlessServices?: Set<(node: ExpNode) => BuiltinServices | null> }} */ (
      /** @type {unknown} */ (exparser)
    );
  if (!flagged.__headlessServices) flagged.__headlessServices = new Set();
  const resolvers = flagged.__headlessServices;
  resolvers.add(servicesOfRuntime);
  const unregister = () => void resolvers.delete(servicesOfRuntime);
  if (flagged.__headlessBuiltins) return unregister;
  flagged.__headlessBuiltins = true;
  /** The services of the runtime that owns `node` (null when its page is gone). @param {ExpNode} node */
  const servicesOf = (node) => {
    for (const fn of resolvers) {
      const services = fn(node);
      if (services) return services;
    }
    return null;
  };

  /**
   * @param {ExpNode} node
   * @param {string} name
   * @param {unknown} detail
   * @param {boolean} [bubbles]
   */
  const fire = (node, name, detail, bubbles = false) => {
    exparser.Event.dispatchEvent(
      node,
      exparser.Event.create(name, detail, { bubbles, composed: bubbles, capturePhase: bubbles }),
    );
  };
  const { prop, setProp } = tree;
  /** The nearest ancestor (same tree) that is the built-in `is`. @param {ExpNode} node @param {string} is */
  const ancestor = (node, is) => {
    let p = node.parentNode;
    while (p) {
      if (p.is === is) return p;
      p = p.parentNode;
    }
    return null;
  };
  /** Built-in descendants (same tree) named `is`. @param {ExpNode} node @param {string} is */
  const within = (node, is) => {
    /** @type {ExpNode[]} */
    const out = [];
    /** @param {ExpNode} n */
    const walk = (n) => {
      for (const c of n.childNodes || []) {
        if (c.is === is) out.push(c);
        walk(c);
      }
    };
    walk(node);
    return out;
  };

  /** @param {ExpNode} group */
  const checkboxGroupChange = (group) => {
    const value = within(group, 'checkbox')
      .filter((c) => prop(c, 'checked'))
      .map((c) => prop(c, 'value'));
    fire(group, 'change', { value });
  };

  /** @param {ExpNode} form */
  const formValues = (form) => {
    /** @type {Record<string, unknown>} */
    const value = {};
    /** @param {ExpNode} n */
    const walk = (n) => {
      for (const c of n.childNodes || []) {
        const name = prop(c, 'name');
        const is = c.is || '';
        if (typeof name === 'string' && name) {
          if (is in FORM_VALUE) value[name] = prop(c, FORM_VALUE[/** @type {keyof typeof FORM_VALUE} */ (is)]);
          else if (is === 'checkbox-group')
            value[name] = within(c, 'checkbox')
              .filter((x) => prop(x, 'checked'))
              .map((x) => prop(x, 'value'));
          else if (is === 'radio-group') {
            const on = within(c, 'radio').find((x) => prop(x, 'checked'));
            value[name] = on ? prop(on, 'value') : '';
          } else if (Object.prototype.hasOwnProperty.call(c.__propPublic || {}, 'value'))
            value[name] = prop(c, 'value');
        }
        walk(c);
      }
    };
    walk(form);
    return value;
  };

  /**
   * What tapping a built-in does when the tap reaches it (a `catchtap` below it stops this, as on a phone).
   * @type {Record<string, (node: ExpNode, event?: import('./types').ExpEvent) => void>}
   */
  const TAP = {
    switch(node) {
      if (prop(node, 'disabled')) return;
      setProp(node, 'checked', !prop(node, 'checked'));
      fire(node, 'change', { value: prop(node, 'checked') });
    },
    checkbox(node) {
      if (prop(node, 'disabled')) return;
      setProp(node, 'checked', !prop(node, 'checked'));
      const group = ancestor(node, 'checkbox-group');
      if (group) checkboxGroupChange(group);
    },
    radio(node) {
      if (prop(node, 'disabled') || prop(node, 'checked')) return;
      const group = ancestor(node, 'radio-group');
      if (group) for (const r of within(group, 'radio')) setProp(r, 'checked', r === node);
      else setProp(node, 'checked', true);
      if (group) fire(group, 'change', { value: prop(node, 'value') });
    },
    navigator(node) {
      const services = servicesOf(node);
      if (!services) return;
      services.navigate(
        String(prop(node, 'openType') || 'navigate'),
        String(prop(node, 'url') || ''),
        Number(prop(node, 'delta') || 1),
      );
    },
    button(node) {
      if (prop(node, 'disabled')) return;
      const formType = prop(node, 'formType');
      if (formType === 'submit' || formType === 'reset') {
        const form = ancestor(node, 'form');
        if (form) {
          if (formType === 'submit')
            fire(form, 'submit', {
              value: formValues(form),
              formId: '',
              target: { id: node.id || '', dataset: node.dataset || {} },
            });
          else {
            for (const c of within(form, 'input').concat(within(form, 'textarea'))) setProp(c, 'value', '');
            for (const c of within(form, 'switch').concat(within(form, 'checkbox'), within(form, 'radio')))
              setProp(c, 'checked', false);
            fire(form, 'reset', {});
          }
        }
      }
      const openType = prop(node, 'openType');
      if (typeof openType === 'string' && openType) {
        const services = servicesOf(node);
        if (services) services.openType(node, openType);
      }
    },
    label(node, event) {
      // A tap on a control inside the label already acted on that control.
      const origin = event && /** @type {{ target?: { _exparserNode?: ExpNode } }} */ (event).target;
      /** @type {ExpNode | null | undefined} */
      let cur = origin && origin._exparserNode;
      while (cur && cur !== node) {
        if (['checkbox', 'radio', 'switch', 'button'].includes(cur.is || '')) return;
        cur = cur.parentNode;
      }
      const target = prop(node, 'for');
      /** @type {ExpNode | null} */
      let control = null;
      if (typeof target === 'string' && target && node.ownerShadowRoot) {
        const found = tree.querySelectorAll(node.ownerShadowRoot, `#${target}`, true);
        control = found[0] || null;
      } else {
        for (const is of ['checkbox', 'radio', 'switch', 'button']) {
          const found = within(node, is);
          if (found.length) {
            control = found[0];
            break;
          }
        }
      }
      if (control && control.is && TAP[control.is] && control.is !== 'label') TAP[control.is](control);
    },
  };

  /**
   * Lifetimes of built-ins beyond taps. `<xr-scene>` fires `ready` once attached, as xr-frame does when its scene is
   * set up, with an inert scene as `detail.value` (`scene.event.add(…)`, `scene.getElementById(…)` do nothing), so
   * what pages set up in their ready handler exists when they leave; AR sessions and assets never get ready.
   * @type {Record<string, (node: ExpNode) => void>}
   */
  const ATTACHED = {
    'xr-scene'(node) {
      const services = servicesOf(node);
      if (services) services.later(() => fire(node, 'ready', { value: inertObject() }));
    },
  };

  for (const name of Object.keys(PROPS)) {
    /** @type {Record<string, { type: Function | null, value: unknown }>} */
    const properties = { hidden: { type: Boolean, value: false } };
    for (const [key, [type, value]] of Object.entries(PROPS[name])) properties[key] = { type, value };
    if (name in FORM_VALUE || name === 'checkbox-group' || name === 'radio-group') {
      properties.name = { type: String, value: '' };
    }
    const tap = TAP[name];
    jComponent.register({
      id: name,
      tagName: `wx-${name}`,
      template: '<slot/>',
      properties,
      observers: {
        /** @this {{ _exparserNode: ExpNode, data: { hidden: boolean } }} */
        hidden() {
          const dom = this._exparserNode.$$;
          if (dom && 'setAttribute' in dom) {
            if (this.data.hidden) dom.setAttribute('hidden', '');
            else dom.removeAttribute('hidden');
          }
        },
      },
      lifetimes: {
        /** @this {{ _exparserNode: ExpNode }} */
        created() {
          const node = this._exparserNode;
          if (tap && node.addListener) node.addListener('tap', (e) => tap(node, e));
        },
        /** @this {{ _exparserNode: ExpNode }} */
        attached() {
          if (ATTACHED[name]) ATTACHED[name](this._exparserNode);
        },
      },
    });
  }
  return unregister;
}

/** @param {string} is */
function isBuiltin(is) {
  return Object.prototype.hasOwnProperty.call(PROPS, is);
}

module.exports = { registerBuiltins, isBuiltin, isMissingNative, BUILTIN_CSS, PROPS, FORM_VALUE, NOT_DRAWN };
