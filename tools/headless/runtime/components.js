// @ts-check
/**
 * Loads pages and custom components the way the mini program runtime does: reads `x.json`, registers every
 * `usingComponents` entry first (relative, '/absolute', or an npm path resolved through `miniprogram_npm`;
 * app.json's global usingComponents apply everywhere), takes the wcc-compiled template, runs the script
 * (which calls `Component()` or `Page()`), and registers the result with j-component (exparser).
 * `Page({...})` is mapped onto a component: functions become methods, other fields instance copies.
 */

const paths = require('./paths');
const { isBuiltin, isMissingNative } = require('./builtins');
const { parseJson } = require('./app-config');
const { transformWxss } = require('./wxss');
const { markModelBindings } = require('./tree');
const { bindingUpdates } = require('./bindings');
const { libraryOfPath } = require('./extended-libs');

/** Page() option keys that are not copied to the instance. */
const PAGE_RESERVED = new Set(['data', 'options', 'behaviors']);

/**
 * @param {object} deps
 * @param {import('./types').RuntimeHost} deps.host
 * @param {ReturnType<import('./modules').createModules>} deps.modules
 * @param {import('./app-config').AppConfig} deps.config
 * @param {string} deps.tag A prefix unique to this runtime, so its component ids never clash with another's.
 * @param {string[]} deps.commonBehaviors Behavior ids every page and component gets (instrumentation).
 * @param {string[]} deps.pageBehaviors Behavior ids every page gets.
 * @param {(err: unknown, label: string) => void} deps.report Reports a rejected async handler or lifetime.
 * @param {boolean} [deps.wxsEvents] Whether handlers bound to WXS functions run (wxs-events.js); if not, a template
 *   binding them is an unsupported feature.
 */
function createComponentRegistry({ host, modules, config, tag, commonBehaviors, pageBehaviors, report, wxsEvents }) {
  const { jComponent } = host.framework;
  /** @type {Map<string, string>} */
  const ids = new Map();
  /** @type {Set<string>} */
  const registered = new Set();
  /** Components whose registration finished, and the components each uses. */
  /** @type {Set<string>} */
  const complete = new Set();
  /** @type {Map<string, Set<string>>} */
  const uses = new Map();
  /** @type {Map<string, string>} */
  const prefixes = new Map();
  /** @type {Set<string>} */
  const usedPrefixes = new Set();
  /** @type {{ path: string, isPage: boolean, definition: Record<string, unknown> | null }[]} */
  const loading = [];
  /** @type {Set<string>} */
  const styled = new Set();
  /** Tags each page or component's template uses that are neither built-ins nor its usingComponents. */
  /** @type {Map<string, { own: string[], uses: string[] }>} */
  const unknownTags = new Map();
  /** What a built-in behavior j-component lacks becomes (see builtinBehaviors). @type {string | null} */
  let emptyBehavior = null;
  /** The components registered by the outermost ensure() under way (rolled back together when it fails). */
  /** @type {string[] | null} */
  let registering = null;

  /**
   * An event object as j-component hands it to a handler.
   * @param {unknown} a
   */
  const isEvent = (a) =>
    !!a &&
    typeof a === 'object' &&
    'currentTarget' in a &&
    'timeStamp' in a &&
    typeof (/** @type {{ type?: unknown }} */ (a).type) === 'string';

  /**
   * Wraps mini program code the framework calls so that a rejected Promise it returns (an async handler or
   * lifetime) is reported like a thrown error, instead of becoming an unhandled rejection. Methods are
   * watched only when called with an event (as handlers); code that calls a method itself gets the
   * rejection as usual.
   * @param {unknown} fn
   * @param {string} label
   * @param {boolean} always
   */
  const guard = (fn, label, always) => {
    if (typeof fn !== 'function') return fn;
    /** @this {unknown} @param {unknown[]} args */
    const wrapped = function (...args) {
      const out = fn.apply(this, args);
      if ((always || isEvent(args[0])) && out && typeof (/** @type {Promise<unknown>} */ (out).then) === 'function') {
        /** @type {Promise<unknown>} */ (out).then(undefined, (err) => report(err, label));
      }
      return out;
    };
    return wrapped;
  };

  /**
   * @param {unknown} group
   * @param {string} label
   * @param {boolean} always
   */
  const guardAll = (group, label, always) => {
    if (!group || typeof group !== 'object') return group;
    /** @type {Record<string, unknown>} */
    const out = {};
    for (const [k, v] of Object.entries(group)) out[k] = guard(v, `${label}.${k}`, always);
    return out;
  };

  /**
   * @param {Record<string, unknown>} def
   * @param {string} label
   */
  const guardDefinition = (def, label) => {
    const out = { ...def };
    out.methods = guardAll(def.methods, `${label}#methods`, false);
    out.lifetimes = guardAll(def.lifetimes, `${label}#lifetimes`, true);
    out.pageLifetimes = guardAll(def.pageLifetimes, `${label}#pageLifetimes`, true);
    if (def.observers && typeof def.observers === 'object' && !Array.isArray(def.observers)) {
      out.observers = guardAll(def.observers, `${label}#observers`, true);
    }
    for (const k of ['created', 'attached', 'ready', 'moved', 'detached'])
      if (k in def) out[k] = guard(def[k], `${label}#${k}`, true);
    return out;
  };

  /** @param {string} p */
  const idFor = (p) => {
    let id = ids.get(p);
    if (!id) {
      id = `${tag}:${p}`;
      ids.set(p, id);
    }
    return id;
  };

  /**
   * A short, stable class prefix for a component (exparser prefixes the classes of its template with it).
   * @param {string} p
   */
  function classPrefixFor(p) {
    const known = prefixes.get(p);
    if (known) return known;
    const segs = p.split('/').filter((s) => s !== 'index');
    let base = (segs[segs.length - 1] || 'c').replace(/[^-_a-zA-Z0-9]/g, '-').replace(/^[^a-zA-Z]+/, '') || 'c';
    if (p.includes('@vant/')) base = `van-${base}`;
    let prefix = base;
    for (let i = 2; usedPrefixes.has(prefix); i += 1) prefix = `${base}${i}`;
    usedPrefixes.add(prefix);
    prefixes.set(p, prefix);
    return prefix;
  }

  /**
   * Where a usingComponents value points (a component path without extension), or null.
   * @param {string} from The component or page that declares it.
   * @param {string} ref
   */
  function resolveComponentPath(from, ref) {
    const has = (/** @type {string} */ p) => host.exists(`${p}.json`);
    if (ref.startsWith('plugin://')) return null;
    const direct = paths.resolveRelative(from, ref);
    if (has(direct)) return direct;
    // A path naming a folder means its index component, as in WeChat.
    if (has(paths.join(direct, 'index'))) return paths.join(direct, 'index');
    if (!ref.startsWith('.') && !ref.startsWith('/')) {
      let dir = paths.dirname(from);
      for (;;) {
        for (const candidate of [
          paths.join(dir, 'miniprogram_npm', ref),
          paths.join(dir, 'miniprogram_npm', ref, 'index'),
        ]) {
          if (has(candidate)) return candidate;
        }
        if (dir === '') break;
        dir = paths.dirname(dir);
      }
    }
    return null;
  }

  /**
   * The extended library (app.json useExtendedLib) a usingComponents path names when the host does not supply it
   * (e.g. 'kbone' for 'miniprogram-element'), or ''. A library the host supplies is mounted at
   * miniprogram_npm/<package> and resolves as an npm component.
   * @param {string} ref
   */
  const extendedLib = (ref) => libraryOfPath(config.raw, ref);

  /** @param {string} name @param {string} p */
  const validTag = (name, p) => (/^[a-z][-a-z0-9]*-[-a-z0-9]*$|^[a-z][a-z0-9]*$/.test(name) ? name : classPrefixFor(p));

  /**
   * Registers a page or component (and everything it uses) and returns its j-component id.
   * @param {string} p Project path without extension.
   * @param {{ isPage?: boolean, tagName?: string }} [opts]
   * @returns {string}
   */
  function ensure(p, opts = {}) {
    const id = idFor(p);
    if (registered.has(p)) return id;
    const outermost = !registering;
    if (outermost) registering = [];
    const batch = /** @type {string[]} */ (registering);
    registered.add(p);
    batch.push(p);
    try {
      register(p, id, opts);
      complete.add(p);
      return id;
    } catch (err) {
      // Everything this attempt left half-registered goes too: a component whose child failed must be registered
      // again (with that child) next time, or a later page would meet a half-registered tree. A component that
      // finished with its whole subtree stays: running its script again would not always register it again (a
      // webpack-built library, weui's, runs each component's module once and caches it).
      for (const q of rolledBack(batch)) {
        registered.delete(q);
        complete.delete(q);
        // Its script runs again then (it calls Component() again): drop it from the module cache.
        const file = modules.resolve('', `/${q}`);
        if (file) modules.cache.delete(file);
      }
      throw err;
    } finally {
      if (outermost) registering = null;
    }
  }

  /**
   * What a failed registration attempt takes back: the components of the attempt that did not finish, and those that
   * finished but use one of them (directly or not; a cycle lets a component finish before a child it uses).
   * @param {string[]} batch
   */
  function rolledBack(batch) {
    const dropped = new Set(batch.filter((q) => !complete.has(q)));
    for (let grew = true; grew;) {
      grew = false;
      for (const q of batch) {
        if (!dropped.has(q) && [...(uses.get(q) || [])].some((d) => dropped.has(d))) {
          dropped.add(q);
          grew = true;
        }
      }
    }
    return dropped;
  }

  /**
   * @param {string} p
   * @param {string} id
   * @param {{ isPage?: boolean, tagName?: string }} opts
   */
  function register(p, id, opts) {
    const jsonText = host.readFile(`${p}.json`);
    // A page without a .json file is a page with `{}` (WeChat's default); a component needs `component: true`.
    const json = jsonText === null && opts.isPage ? {} : parseJson(`${p}.json`, jsonText);
    /** @type {Record<string, string>} */
    const usingIds = {};
    // app.json's usingComponents resolve from the app root, a page's or component's own from its folder.
    /** @type {[string, string, string][]} */
    const using = [
      ...Object.entries(config.usingComponents).map(
        ([n, r]) => /** @type {[string, string, string]} */ ([n, r, 'app']),
      ),
      ...Object.entries(/** @type {Record<string, string>} */ (json.usingComponents || {})).map(
        ([n, r]) => /** @type {[string, string, string]} */ ([n, String(r), p]),
      ),
    ];
    /** @type {string[]} */
    const features = [];
    /** @type {Set<string>} */
    const used = new Set();
    uses.set(p, used);
    const tags = templateTags(`${p}.wxml`);
    if (!wxsEvents && bindsWxsEvents(host.readFile(`${p}.wxml`) || '')) features.push(WXS_EVENTS);
    // app.json's global components count for a page only where its templates use their tag (WeChat creates no others):
    // a global rich-text component drawing <video> does not make every page "use" video.
    const usedHere = (/** @type {string} */ name, /** @type {string} */ from) => from !== 'app' || tags.includes(name);
    for (const [name, ref, from] of using) {
      const target = resolveComponentPath(from, String(ref));
      if (!target && extendedLib(ref)) {
        if (!usedHere(name, from)) continue;
        // app.json useExtendedLib names a library the host does not supply, or names a supplied one by a path WeChat
        // does not resolve (`/weui-miniprogram/…`: a file of the project): its tags stay plain elements, said once
        // per page.
        const supplied = ref.startsWith('/') && !!resolveComponentPath(from, ref.slice(1));
        features.push(`useExtendedLib.${extendedLib(ref)}${supplied ? `: ${ref}` : ''}`);
        continue;
      }
      if (!target && ref.startsWith('plugin://')) {
        // A plugin's component: WeChat downloads the plugin; here its tag stays a plain element, said once per page.
        if (usedHere(name, from)) features.push(`plugin://${ref.split('/')[2]}`);
        continue;
      }
      if (!target) {
        const where = from === 'app' ? 'app.json' : `${p}.json`;
        throw new Error(`${where}: usingComponents["${name}"] = "${ref}" does not resolve to a component`);
      }
      usingIds[name] = target === p ? id : ensure(target, { tagName: name });
      used.add(target);
    }
    const compiled = host.getTemplate(`${p}.wxml`);
    if (!compiled) throw new Error(`${p}.wxml is missing`);
    unknownTags.set(p, {
      own: [
        ...features,
        ...tags
          .filter((t) => isMissingNative(t) && !(t in usingIds) && !using.some(([n]) => n === t))
          .map((t) => `<${t}>`),
      ],
      uses: [...new Set(using.filter(([n, , from]) => n in usingIds && usedHere(n, from)).map(([n]) => usingIds[n]))],
    });
    const template = bindingUpdates(host.framework).wrapTemplate(markModelBindings(compiled), usingIds);
    const file = modules.resolve('', `/${p}`);
    if (!file) throw new Error(`${p}.js or ${p}.ts is missing`);
    const frame = {
      path: p,
      isPage: !!opts.isPage,
      definition: /** @type {Record<string, unknown> | null} */ (null),
    };
    loading.push(frame);
    try {
      modules.load(file);
    } finally {
      loading.pop();
    }
    const def = frame.definition;
    if (!def) throw new Error(`${file} did not call ${opts.isPage ? 'Page() or Component()' : 'Component()'}`);
    const userOptions = /** @type {Record<string, unknown>} */ (def.options || {});
    const relations = /** @type {Record<string, Record<string, unknown>> | undefined} */ (def.relations);
    /** @type {Record<string, Record<string, unknown>> | undefined} */
    let mappedRelations;
    if (relations) {
      // The keys stay as written (a definitionFilter reads them, and getRelationNodes takes them); the target a
      // path key names is that component's id. A relation with its own `target` (a behavior) keeps it.
      mappedRelations = {};
      for (const [key, value] of Object.entries(relations)) {
        const target = resolveComponentPath(p, key);
        mappedRelations[key] = {
          ...value,
          target: value && value.target ? value.target : target ? idFor(target) : key,
        };
      }
    }
    const prefix = opts.isPage ? '' : classPrefixFor(p);
    // styleIsolation may be set in the component's .json too (base library 2.10.1 and later).
    const isolation = userOptions.styleIsolation || json.styleIsolation;
    const globalClass = !!userOptions.addGlobalClass || isolation === 'apply-shared' || isolation === 'shared';
    withExparserOptions(pureDataPattern(userOptions.pureDataPattern, json.pureDataPattern), globalClass, () =>
      jComponent.register({
        ...guardDefinition(def, p),
        id,
        path: p,
        tagName: opts.isPage ? 'page' : validTag(opts.tagName || '', p),
        template,
        usingComponents: usingIds,
        relations: mappedRelations,
        behaviors: [
          ...commonBehaviors,
          ...(opts.isPage ? pageBehaviors : []),
          ...builtinBehaviors(/** @type {unknown[]} */ (def.behaviors || []), p),
        ],
        options: { ...userOptions, ...(isolation ? { styleIsolation: isolation } : {}), classPrefix: prefix },
      }),
    );
    addStyle(p, prefix, !!opts.isPage);
  }

  /**
   * A component's behaviors with the built-in ones j-component lacks (`wx://proxy-scroll-view`, which TDesign's
   * scroll-view and pull-down-refresh use on base library 2.19.2 and later) as an empty behavior, named once per page
   * as unsupported; j-component's own (`wx://form-field`, `wx://form-field-group`, `wx://form-field-button`,
   * `wx://component-export`) stay.
   * @param {unknown[]} behaviors
   * @param {string} p
   */
  function builtinBehaviors(behaviors, p) {
    return behaviors.map((b) => {
      if (typeof b !== 'string' || !b.startsWith('wx://') || J_COMPONENT_BUILTINS.has(b)) return b;
      unknownTags.get(p)?.own.push(b);
      if (!emptyBehavior) emptyBehavior = Behavior({});
      return emptyBehavior;
    });
  }

  /**
   * The element tags a template uses, with those of the templates it imports or includes (recursively).
   * @param {string} wxmlPath
   * @param {Set<string>} [seen]
   * @returns {string[]}
   */
  function templateTags(wxmlPath, seen = new Set()) {
    if (seen.has(wxmlPath)) return [];
    seen.add(wxmlPath);
    const source = host.readFile(wxmlPath) || '';
    const out = new Set(tagsOf(source));
    for (const m of source.matchAll(/<(?:import|include)\s[^>]*?src\s*=\s*["']([^"'{}]+)["']/g)) {
      const ref = m[1].endsWith('.wxml') ? m[1] : `${m[1]}.wxml`;
      for (const t of templateTags(paths.resolveRelative(wxmlPath, ref), seen)) out.add(t);
    }
    return [...out];
  }

  /**
   * Runs a j-component registration with the exparser options j-component does not pass on (it always registers
   * with `addGlobalClass: false` and no `innerDataExclude`), added to the definition j-component hands exparser:
   * - WeChat's pure data fields (`options.pureDataPattern`, or the .json's `pureDataPattern` string): exparser keeps
   *   such fields in `this.data` only, never copying them into the template's data (`innerDataExclude`). Without it
   *   a pure field holding component instances (lin-ui's segment and tabs keep their items' instances in
   *   `_segmentItemInstances`) is deep-copied and overflows the stack.
   * - `addGlobalClass` (also meant by `styleIsolation: "apply-shared"` or `"shared"`): the component's elements take
   *   the page's and app's classes too, as weui's components rely on for weui.wxss.
   * @param {RegExp | null} pattern
   * @param {boolean} globalClass
   * @param {() => void} register
   */
  function withExparserOptions(pattern, globalClass, register) {
    if (!pattern && !globalClass) return register();
    const exparser = /** @type {{ registerElement: (d: { options?: Record<string, unknown> }) => unknown }} */ (
      /** @type {unknown} */ (host.framework.exparser)
    );
    const extra = {
      ...(pattern ? { innerDataExclude: pattern } : {}),
      ...(globalClass ? { addGlobalClass: true } : {}),
    };
    const original = exparser.registerElement;
    exparser.registerElement = (definition) =>
      original.call(exparser, { ...definition, options: { ...definition.options, ...extra } });
    try {
      return register();
    } finally {
      exparser.registerElement = original;
    }
  }

  /**
   * Injects the component's WXSS (classes prefixed as exparser prefixes them; a page's rules scoped to it).
   * @param {string} p
   * @param {string} prefix
   * @param {boolean} isPage
   */
  function addStyle(p, prefix, isPage) {
    if (styled.has(p)) return;
    styled.add(p);
    const source = styleSource(host, p);
    if (!source) return;
    const css = transformWxss(source, {
      file: `${p}.wxss`,
      readFile: host.readFile,
      classPrefix: prefix,
      scope: isPage ? `page[data-route="${p}"]` : '',
    });
    injectCss(host.document, css, p);
  }

  /**
   * `Component(options)`: records the definition of the file being loaded.
   * @param {Record<string, unknown>} options
   */
  function Component(options) {
    const frame = loading[loading.length - 1];
    if (!frame) throw new Error('Component() may only be called while its component or page file is loading');
    if (frame.definition) throw new Error(`${frame.path}: Component() or Page() called twice`);
    frame.definition = { ...(options || {}) };
  }

  /**
   * `Page(options)`: a page defined the classic way, mapped onto a component.
   * @param {Record<string, unknown>} options
   */
  function Page(options) {
    const frame = loading[loading.length - 1];
    if (!frame || !frame.isPage) throw new Error('Page() may only be called in a page file listed in app.json');
    if (frame.definition) throw new Error(`${frame.path}: Component() or Page() called twice`);
    /** @type {Record<string, Function>} */
    const methods = {};
    /** @type {Record<string, unknown>} */
    const fields = {};
    for (const [key, value] of Object.entries(options || {})) {
      if (PAGE_RESERVED.has(key)) continue;
      if (typeof value === 'function') methods[key] = value;
      else fields[key] = value;
    }
    const fieldJson = JSON.stringify(fields);
    frame.definition = {
      data: options.data || {},
      options: options.options,
      behaviors: options.behaviors,
      methods,
      lifetimes: {
        /** @this {Record<string, unknown>} */
        created() {
          Object.assign(this, JSON.parse(fieldJson));
        },
      },
    };
  }

  /**
   * `Behavior(definition)`.
   * @param {Record<string, unknown>} definition
   * @returns {string}
   */
  function Behavior(definition) {
    return /** @type {{ behavior(d: Record<string, unknown>): string }} */ (
      /** @type {unknown} */ (jComponent)
    ).behavior({
      ...(definition || {}),
    });
  }

  /**
   * The native features a page uses (its own template and its components', recursively) that the runtime does not
   * have: WeChat components it does not define (`<xr-mesh>`, skyline gesture handlers, `<live-pusher>`, …; a tag that
   * is no WeChat component, such as `<h2>`, is a plain element in WeChat too and not counted), built-ins drawn
   * by the device (`<ad>`, `<video>`, `<map>`, … see NOT_DRAWN) and extended libraries the host does not supply
   * (`useExtendedLib.kbone`).
   * @param {string} p
   * @returns {string[]}
   */
  function unsupportedTags(p) {
    /** @type {Set<string>} */
    const out = new Set();
    /** @type {Set<string>} */
    const seen = new Set();
    const byId = new Map([...ids.entries()].map(([k, v]) => [v, k]));
    /** @param {string} q */
    const walk = (q) => {
      if (seen.has(q)) return;
      seen.add(q);
      const info = unknownTags.get(q);
      if (!info) return;
      for (const t of info.own) out.add(t);
      for (const id of info.uses) walk(byId.get(id) || '');
    };
    walk(p);
    return [...out].sort();
  }

  return { ensure, Component, Page, Behavior, resolveComponentPath, idFor, isBuiltin, unsupportedTags };
}

/** The built-in behaviors j-component defines. */
const J_COMPONENT_BUILTINS = new Set([
  'wx://form-field',
  'wx://form-field-group',
  'wx://form-field-button',
  'wx://component-export',
]);

/** Styles DevTools compiles to WXSS when no .wxss is beside them (its less and sass compiler plugins). */
const PREPROCESSED = ['less', 'scss', 'sass'];

/**
 * The style of a page, component or the app: its .wxss, else its .less, .scss or .sass compiled (as DevTools'
 * compiler plugins do).
 * @param {import('./types').RuntimeHost} host
 * @param {string} base Project path without extension.
 */
function styleSource(host, base) {
  const wxss = host.readFile(`${base}.wxss`);
  if (wxss !== null || !host.compileStyle) return wxss;
  const source = PREPROCESSED.map((ext) => `${base}.${ext}`).find((p) => host.exists(p));
  return source ? host.compileStyle(source) : null;
}

/**
 * The pure data pattern of a component: `options.pureDataPattern` (a RegExp), else its .json's (a string), or null.
 * @param {unknown} fromOptions
 * @param {unknown} fromJson
 * @returns {RegExp | null}
 */
function pureDataPattern(fromOptions, fromJson) {
  if (fromOptions instanceof RegExp) return fromOptions;
  if (typeof fromJson === 'string' && fromJson) return new RegExp(fromJson);
  return null;
}

/** The feature named when a template binds events to WXS functions and the host cannot run them (no j-component internals). */
const WXS_EVENTS = 'WXS response events';

/**
 * Whether a template binds an event, or a `change:` observer, to a function of one of its WXS modules
 * (`bindtouchstart="{{handler.touchstart}}"`, WeChat's "WXS 响应事件").
 * @param {string} wxml
 */
function bindsWxsEvents(wxml) {
  const modules = [...wxml.matchAll(/<wxs\s[^>]*module\s*=\s*["']([\w$]+)["']/g)].map((m) => m[1]);
  if (!modules.length) return false;
  const names = modules.join('|');
  return new RegExp(
    `\\s(?:(?:capture-)?(?:bind|catch)[:\\w-]*|mut-bind[:\\w-]*|change:[\\w-]+)\\s*=\\s*["']\\{\\{\\s*(?:${names})\\.`,
  ).test(wxml);
}

/**
 * Why a feature `unsupportedTags` names is not there, for its warning.
 * @param {string} feature
 */
function unsupportedReason(feature) {
  if (feature.startsWith('<')) return 'a native component the headless runtime does not draw';
  if (feature === WXS_EVENTS)
    return 'handlers bound to WXS functions do not run here: the swipes and taps they handle do nothing';
  if (feature.startsWith('plugin://'))
    return 'WeChat downloads mini program plugins; here its components are plain elements and its interface is inert';
  if (feature.startsWith('wx://'))
    return 'a built-in behavior the headless runtime does not have; it adds nothing here';
  if (feature.startsWith('useExtendedLib.') && feature.includes(': '))
    return (
      'WeChat supplies the library by paths that start with its name (weui-miniprogram/…); with a leading / the ' +
      'path names a file of the project, which is not there, so its tags render as plain elements'
    );
  return 'WeChat supplies this library; here it is not supplied, so its tags render as plain elements';
}

/** WXML's own tags, which are not elements. */
const WXML_TAGS = new Set(['block', 'template', 'import', 'include', 'slot', 'wxs']);

/**
 * The element tags a WXML source uses (comments and WXS bodies left out).
 * @param {string} wxml
 * @returns {string[]}
 */
function tagsOf(wxml) {
  const src = wxml.replace(/<!--[\s\S]*?-->/g, '').replace(/<wxs[\s\S]*?<\/wxs>/g, '');
  /** @type {Set<string>} */
  const tags = new Set();
  for (const m of src.matchAll(/<([a-zA-Z][-\w]*)/g)) if (!WXML_TAGS.has(m[1])) tags.add(m[1]);
  return [...tags];
}

/**
 * @param {Document} document
 * @param {string} css
 * @param {string} key
 */
function injectCss(document, css, key) {
  if (!css.trim()) return;
  // Another runtime in this document (a relaunch after App.exit) may have injected the same sheet already.
  for (const existing of Array.from(document.querySelectorAll('style[data-wxss]'))) {
    if (existing.getAttribute('data-wxss') === key && existing.textContent === css) return;
  }
  const style = document.createElement('style');
  style.setAttribute('data-wxss', key);
  style.textContent = css;
  (document.head || document.documentElement).appendChild(style);
}

module.exports = { createComponentRegistry, injectCss, tagsOf, styleSource, bindsWxsEvents, unsupportedReason };
