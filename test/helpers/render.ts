import * as path from 'path';
import simulate from 'miniprogram-simulate';
import type { RootComponent } from 'j-component';
import { MINIPROGRAM_ROOT, npmToRootPath } from './paths';

/**
 * Renders a page (written with Component()) of this mini program through miniprogram-simulate: the real component
 * framework (exparser via j-component) and the real wcc. npm component paths resolve through miniprogram_npm/,
 * as in the mini program runtime. Page lifecycles that simulate does not call are called here in the real order:
 * onLoad(query) → onShow → onReady.
 */

// simulate reads each component's JSON through its utils module; map npm paths the way the runtime does.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const simulateUtils = require('miniprogram-simulate/src/utils') as {
  readJson: (file: string) => { usingComponents?: Record<string, string> } | undefined;
  runJs: (file: string) => void;
};
const originalReadJson = simulateUtils.readJson;
simulateUtils.readJson = (file: string) => {
  const json = originalReadJson(file);
  if (json && json.usingComponents) {
    for (const key of Object.keys(json.usingComponents)) {
      json.usingComponents[key] = npmToRootPath(json.usingComponents[key]);
    }
  }
  return json;
};

/*
 * simulate registers a component by running its JS, which calls the global Component(). Jest keeps modules in its
 * own registry (simulate's `delete require.cache[...]` has no effect there), so a component shared by two pages
 * (a vant button, say) would run once and stay unregistered for the second page. Record each file's Component()
 * options the first time and replay them on later loads, as the real runtime registers each component once.
 */
type ComponentOptions = { relations?: Record<string, Record<string, unknown>> } & Record<string, unknown>;
const g = globalThis as unknown as { Component: (options: ComponentOptions) => unknown };
const recorded = new Map<string, ComponentOptions[]>();
const copyOptions = (o: ComponentOptions): ComponentOptions =>
  o.relations
    ? { ...o, relations: Object.fromEntries(Object.entries(o.relations).map(([k, v]) => [k, { ...v }])) }
    : { ...o };
simulateUtils.runJs = (file: string) => {
  const known = recorded.get(file);
  if (known) {
    for (const options of known) g.Component(copyOptions(options));
    return;
  }
  const register = g.Component;
  const captured: ComponentOptions[] = [];
  g.Component = (options) => {
    captured.push(copyOptions(options));
    return register(options);
  };
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require(file);
  } finally {
    g.Component = register;
  }
  recorded.set(file, captured);
};

type PageHooks = {
  onLoad?: (query: Record<string, string>) => void | Promise<void>;
  onShow?: () => void;
  onReady?: () => void;
  onHide?: () => void;
  onUnload?: () => void;
};

type Root = RootComponent<
  WechatMiniprogram.Component.DataOption,
  WechatMiniprogram.Component.PropertyOption,
  WechatMiniprogram.Component.MethodOption
>;

/** A rendered page: j-component's root (attach/detach, querySelector, dom, data) with the page hooks typed. */
export type RenderedPage = Root & { instance: Root['instance'] & PageHooks };

export interface RenderOptions {
  query?: Record<string, string>;
}

// Jest keeps modules in its own registry, so simulate cannot re-run a page's code to register it again:
// each route is loaded once per test file and rendered as often as needed.
const loaded = new Map<string, string>();

/** Registers a page or component of this mini program (by its path from the mini program root) and returns its id. */
export function loadComponent(route: string): string {
  let id = loaded.get(route);
  if (!id) {
    id = simulate.load(path.join(MINIPROGRAM_ROOT, route), { rootPath: MINIPROGRAM_ROOT });
    loaded.set(route, id);
  }
  return id;
}

/** `route` as in app.json, e.g. `pages/lab/index`. */
export async function renderPage(route: string, options: RenderOptions = {}): Promise<RenderedPage> {
  const id = loadComponent(route);
  // j-component types render(string) as a plain Component; it returns the root component.
  const page = simulate.render(id) as unknown as RenderedPage;
  track(page);
  const parent = document.createElement('parent-wrapper');
  page.attach(parent);
  await page.instance.onLoad?.(options.query ?? {});
  page.instance.onShow?.();
  page.instance.onReady?.();
  await settle();
  return page;
}

const rendered = new Set<RenderedPage>();

/** Remembers a rendered page until it is detached, so the test environment can detach what a test left open. */
function track(page: RenderedPage): void {
  rendered.add(page);
  const detach = page.detach.bind(page);
  page.detach = () => {
    if (!rendered.delete(page)) return;
    detach();
  };
}

/** How many rendered pages are still attached. */
export function attachedPages(): number {
  return rendered.size;
}

/** Detaches every page still rendered (called after each component test). */
export function detachRendered(): void {
  for (const page of Array.from(rendered)) page.detach();
}

/**
 * Records every setData a page makes from now on (the patches, in order), to assert a tap sends only what changed.
 */
export function recordSetData(page: RenderedPage): Record<string, unknown>[] {
  const calls: Record<string, unknown>[] = [];
  const instance = page.instance as unknown as { setData: (patch: Record<string, unknown>) => void };
  const setData = instance.setData.bind(instance);
  instance.setData = (patch) => {
    calls.push(patch);
    setData(patch);
  };
  return calls;
}

/** Lets setData, component observers and event handlers run. */
export async function settle(ms = 10): Promise<void> {
  await simulate.sleep(ms);
}

/** Visible text of a rendered tree, whitespace folded (what the learner reads). */
export function textOf(node: { dom?: Element | null } | Element | null | undefined): string {
  const el = node && 'dom' in node ? node.dom : (node as Element | null | undefined);
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export { simulate };
