// @ts-check
/**
 * Shared JSDoc types of the headless runtime. The runtime core (this folder) uses no Node API, so a host
 * supplies everything environment-specific through {@link RuntimeHost}: the Node host (../node-host.js)
 * reads files from disk and compiles with wcc and esbuild; a browser host serves a prebuilt bundle.
 */

/**
 * A node of the exparser tree (miniprogram-exparser has no types). Only the fields the runtime reads.
 * @typedef {object} ExpNode
 * @property {string} [is]
 * @property {string} [id]
 * @property {string} [class]
 * @property {string} [textContent]
 * @property {{ getClassNames(): string, contains(name: string): boolean } | null} [classList]
 * @property {Record<string, unknown>} [dataset]
 * @property {ExpNode[]} [childNodes]
 * @property {ExpNode[]} [__wxSlotChildren]
 * @property {ExpNode | null} [parentNode]
 * @property {ExpNode | null} [shadowRoot]
 * @property {ExpNode | null} [ownerShadowRoot]
 * @property {ExpNode} [__wxHost]
 * @property {boolean} [__virtual]
 * @property {Record<string, boolean>} [__propPublic]
 * @property {Record<string, string> | null} [__attributes]
 * @property {VNode} [_vt]
 * @property {HTMLElement | Text | null} [$$]
 * @property {Record<string, unknown>} [data]
 * @property {PageRecord} [__headlessPage]
 * @property {(name: string, fn: (e: ExpEvent) => unknown, opts?: { capture?: boolean }) => void} [addListener]
 * @property {(name: string, args: unknown[]) => void} [triggerLifeTime]
 * @property {(name: string, args: unknown[]) => void} [triggerPageLifeTime]
 */

/**
 * A j-component virtual node, kept on each exparser node as `_vt`.
 * @typedef {object} VNode
 * @property {number} type
 * @property {string} tagName
 * @property {string} [componentId]
 * @property {{ name: string, value: unknown }[]} attrs
 * @property {Record<string, { name: string, handler: string }>} event
 */

/**
 * An exparser event as handlers receive it.
 * @typedef {object} ExpEvent
 * @property {string} type
 * @property {unknown} detail
 */

/**
 * A component instance as user code sees it (`this` in a page or component).
 * @typedef {Record<string, unknown> & {
 *   data: Record<string, unknown>,
 *   setData(data: Record<string, unknown>, cb?: () => void): void,
 *   _exparserNode: ExpNode,
 * }} Instance
 */

/**
 * A wcc template generator (what `$gwx('pages/x/index.wxml')` returns).
 * @typedef {(data: Record<string, unknown>) => unknown} TemplateFunction
 */

/**
 * The parameters of the function a host compiles each module into, in this order.
 * @typedef {(...args: unknown[]) => void} ModuleFactory
 */

/**
 * What the runtime needs from its environment.
 * @typedef {object} RuntimeHost
 * @property {(path: string) => string | null} readFile Text of a project file ('app.json'), or null when absent.
 * @property {(path: string) => boolean} exists
 * @property {(path: string, params: string[]) => ModuleFactory} compileModule Compiles a .js/.ts file (TS transpiled) into a function taking `params`.
 * @property {(wxmlPath: string) => TemplateFunction | null} getTemplate The wcc generator of a .wxml file, or null.
 * @property {(wxssPath: string) => string | null} [getStyle] CSS (already transformed) for a .wxss file, or null.
 * @property {(stylePath: string) => string | null} [compileStyle] WXSS from a .less, .scss or .sass file (DevTools' compiler plugins), or null.
 * @property {{ jComponent: JComponent, exparser: Exparser, internals?: import('./bindings').JInternals }} framework j-component and miniprogram-exparser, loaded after the DOM globals exist; `internals` (j-component's `render` and `transform` modules) lets template updates apply only the bindings that read changed data, as WeChat does; with its `utils`, component instances in data stay instances (exparser-patch.js).
 * @property {Document} document The document pages render into.
 * @property {StorageBackend} [storage] Where wx storage lives; survives App.exit for the life of the host.
 * @property {(name: string, source: string) => unknown} [evaluate] Evaluates a script (for function declarations sent by the client); defaults to `new Function`.
 */

/**
 * @typedef {object} JComponent
 * @property {(definition: Record<string, unknown>) => string} register
 * @property {(id: string, properties?: Record<string, unknown>) => { _exparserNode: ExpNode, dom: HTMLElement } | undefined} create
 */

/**
 * @typedef {object} Exparser
 * @property {{ getMethodCaller(node: ExpNode): Instance, pretendAttached(node: ExpNode): void, pretendDetached(node: ExpNode): void, isAttached(node: ExpNode): boolean }} Element
 * @property {{ listPublicProperties(node: ExpNode): string[], hasPublicProperty(node: ExpNode, name: string): boolean, getDataProxy(node: ExpNode): unknown }} Component
 * @property {{ create(name: string, detail: unknown, options: Record<string, unknown>): ExpEvent, dispatchEvent(node: ExpNode, event: ExpEvent): void }} Event
 * @property {Function} TextNode
 * @property {Function} VirtualNode
 * @property {Function} ShadowRoot
 * @property {Function} NativeNode
 * @property {(fn: (err: unknown, info: { message?: string, element?: ExpNode }) => unknown) => unknown} addGlobalErrorListener
 * @property {(fn: unknown) => void} removeGlobalErrorListener
 */

/**
 * A key-value store with the sizes WeChat enforces. Values are kept as JSON text.
 * @typedef {object} StorageBackend
 * @property {Map<string, string>} items
 */

/**
 * A page on (or kept alive beside) the page stack.
 * @typedef {object} PageRecord
 * @property {number} id The webview id (`pageId` in the automator protocol).
 * @property {string} route 'pages/learn/index'
 * @property {Record<string, string>} query
 * @property {ExpNode} root The page component's exparser node.
 * @property {Instance} instance
 * @property {HTMLElement} container
 * @property {boolean} isTab
 * @property {Instance | null} [tabBar] Its custom tab bar (app.json `tabBar.custom`), which `getTabBar()` answers.
 * @property {'loading' | 'shown' | 'hidden' | 'unloaded'} state
 * @property {number} scrollTop
 * @property {{ setDataCount: number, setDataBytes: number, renderMs: number }} stats
 * @property {unknown} [openerChannel]
 * @property {string} [navigationBarTitle]
 * @property {{ shown?: boolean, withShareTicket?: boolean }} [shareMenu] What wx.showShareMenu/hideShareMenu said.
 */

/**
 * A file in a chat, as a member's picker sees it.
 * @typedef {object} ChatFile
 * @property {string} name
 * @property {Uint8Array} bytes
 * @property {number} time Milliseconds since the epoch, when it was sent.
 */

/**
 * A share card: what `onShareAppMessage` returned, with WeChat's defaults filled in.
 * @typedef {object} ShareCard
 * @property {string} title
 * @property {string} path '/pages/x/index?a=1', as the page gave it
 * @property {string} imageUrl
 * @property {'button' | 'menu'} from
 * @property {boolean} withShareTicket Whether the sharer asked for a shareTicket (wx.showShareMenu).
 */

/**
 * How one app takes part in a simulated chat (../chat.js `createChat().join(name)`): what it sends, what its
 * pickers and scanner find there. No Node API is needed to implement it.
 * @typedef {object} ChatPort
 * @property {string} member Who this app's user is in the chat.
 * @property {(file: { name: string, bytes: Uint8Array }) => void} shareFile wx.shareFileMessage
 * @property {(card: ShareCard) => void} shareCard onShareAppMessage's card
 * @property {(options: { count: number, type: string, extension: string[] | null }) => ChatFile[] | null} pickFiles
 *   wx.chooseMessageFile: the files picked, or null when the pick is cancelled
 * @property {() => string | null} scan wx.scanCode: the text of the QR code on the projector, or null
 */

module.exports = {};
