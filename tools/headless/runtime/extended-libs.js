// @ts-check
/**
 * app.json's `useExtendedLib`: libraries the WeChat base library supplies to a mini program that names them, "相当于引入了
 * 对应扩展库相关的最新版本的 npm 包，同时也不占用小程序的包体积" (the app.json reference). WeChat's own paths show where
 * they live: a page may name a weui component `weui-miniprogram/dialog/dialog` (resolved as an npm package is) or
 * `/miniprogram_npm/weui-miniprogram/dialog/dialog`, so a host that supplies a library mounts its files at
 * `miniprogram_npm/<package>` (a virtual folder: nothing is written into the project). Which libraries a host can
 * supply is the host's business (the Node host and the preview mount weui from the `weui-miniprogram` npm package);
 * this table is what the runtime knows about each. No Node API: the runtime core also runs in a browser.
 */

/**
 * @typedef {object} ExtendedLib
 * @property {string} name The key in `useExtendedLib` ('weui').
 * @property {string} packageName The npm package WeChat supplies for it, mounted at `miniprogram_npm/<packageName>`.
 * @property {string[]} prefixes The first segment of the usingComponents paths that name its components.
 * @property {string} [globalStyle] A style sheet WeChat applies as if app.wxss imported it (path inside the package).
 */

/** @type {ExtendedLib[]} */
const EXTENDED_LIBS = [
  // WeUI's quickstart: "首先要在 app.wxss 里面引入 weui.wxss … 通过 useExtendedLib 扩展库的方式引入，可省略 import 步骤".
  {
    name: 'weui',
    packageName: 'weui-miniprogram',
    prefixes: ['weui-miniprogram'],
    globalStyle: 'weui-wxss/dist/style/weui.wxss',
  },
  // kbone's components come from its miniprogram-element package (DevTools: "miniprogram_npm 目录下的
  // miniprogram-element 包与扩展库 kbone 发生冲突"); no host supplies it, so it stays an unsupported feature.
  { name: 'kbone', packageName: 'miniprogram-element', prefixes: ['miniprogram-element'] },
];

/** Where a supplied library's files appear in the project. */
const MOUNT_DIR = 'miniprogram_npm';

/**
 * The extended libraries app.json asks for (`useExtendedLib: { weui: true }`); a name this table does not know is
 * taken to be a package of that name.
 * @param {Record<string, unknown>} appJson
 * @returns {ExtendedLib[]}
 */
function requestedLibs(appJson) {
  const asked = /** @type {Record<string, unknown>} */ (
    appJson.useExtendedLib && typeof appJson.useExtendedLib === 'object' ? appJson.useExtendedLib : {}
  );
  return Object.keys(asked)
    .filter((name) => !!asked[name])
    .map((name) => EXTENDED_LIBS.find((l) => l.name === name) || { name, packageName: name, prefixes: [name] });
}

/**
 * The project path a library's files are mounted at ('miniprogram_npm/weui-miniprogram').
 * @param {ExtendedLib} lib
 */
function mountPath(lib) {
  return `${MOUNT_DIR}/${lib.packageName}`;
}

/**
 * The requested library a usingComponents path names ('weui' for 'weui-miniprogram/dialog/dialog'), or ''.
 * @param {Record<string, unknown>} appJson
 * @param {string} ref
 */
function libraryOfPath(appJson, ref) {
  const first = ref.replace(/^\/(miniprogram_npm\/)?/, '').split('/')[0];
  const lib = requestedLibs(appJson).find((l) => l.prefixes.includes(first));
  return lib ? lib.name : '';
}

/**
 * The `@import` lines that apply the requested libraries' global styles, to be put before app.wxss's own rules
 * (only for libraries the host supplies: `exists` says whether the style's file is there).
 * @param {Record<string, unknown>} appJson
 * @param {(path: string) => boolean} exists
 */
function globalStyleImports(appJson, exists) {
  return requestedLibs(appJson)
    .filter((lib) => lib.globalStyle && exists(`${mountPath(lib)}/${lib.globalStyle}`))
    .map((lib) => `@import "/${mountPath(lib)}/${lib.globalStyle}";\n`)
    .join('');
}

module.exports = { EXTENDED_LIBS, MOUNT_DIR, requestedLibs, mountPath, libraryOfPath, globalStyleImports };
