/** Types of tools/web/index.js for TypeScript callers (tests, the headless endpoint). */
import type { Browser, BrowserContext, Page } from 'playwright-core';

export interface PreviewServer {
  /** e.g. http://127.0.0.1:8420 */
  url: string;
  port: number;
  /** Builds the app and the runtime bundle once, so the first page load is fast. */
  warm(): Promise<void>;
  close(): Promise<void>;
}

export interface PreviewServerOptions {
  /** Mini program root (the folder holding app.json); default miniprogram/. */
  root?: string;
  /** 0 picks a free port; default 8420. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  log?: (line: string) => void;
}

export function startPreviewServer(options?: PreviewServerOptions): Promise<PreviewServer>;
export const DEFAULT_PORT: number;
export const DEFAULT_ROOT: string;
export const CSP: string;

export interface ShotResult {
  route: string;
  theme: 'light' | 'dark';
  file: string;
  /** Exceptions the page threw while opening, or why the screenshot failed. */
  problems: string[];
}

export function takeScreenshots(options?: {
  root?: string;
  out?: string;
  only?: string[];
  themes?: ('light' | 'dark')[];
  log?: (line: string) => void;
}): Promise<ShotResult[]>;

export interface CaptureState {
  /** The page stack, bottom first; at least the current page. */
  stack: { route: string; query?: Record<string, string> }[];
  /** wx storage: key → the value's JSON text (the runtime's StorageBackend items). */
  storage?: Record<string, string> | Map<string, string>;
  /** Data set on the top page after it opens (its live state). */
  pageData?: Record<string, unknown>;
  theme?: 'light' | 'dark';
  root?: string;
}

/** The phone screen as a base64 PNG; rejects naming what is missing when Chromium is not installed. */
export function captureScreenshot(state: CaptureState): Promise<string>;
export function closeCapture(): Promise<void>;

/** The part of the headless runtime the screenshot hook reads. */
export interface CapturableRuntime {
  router: { stack: { route: string; query: Record<string, string>; instance: { data: unknown } }[] };
  storage: { items: Map<string, string> };
}

/** App.captureScreenshot for the headless endpoint: `startServer({ screenshot: screenshotHook({ root }) })`. */
export function screenshotHook(options?: {
  root?: string;
  theme?: 'light' | 'dark';
}): (runtime: CapturableRuntime) => Promise<string>;

export interface PageEntry {
  route: string;
  subpackage: string | null;
  tab: boolean;
}

export interface CompiledApp {
  appJson: Record<string, unknown>;
  theme: Record<string, Record<string, string>> | null;
  json: Record<string, string>;
  scripts: Record<string, string>;
  wxmlFiles: string[];
  wxml: string;
  wxss: string;
  assets: string[];
  fingerprint: string;
}

export function compileApp(root: string): CompiledApp;
export function appToScript(app: CompiledApp): string;
export function listPages(appJson: Record<string, unknown>): PageEntry[];
export function unescapeJs(s: string): string;

export interface LaunchedBrowser {
  browser: Browser;
  close(): Promise<void>;
}

export function launchChromium(options?: { executable?: string }): Promise<LaunchedBrowser>;
export function assertChromium(executable?: string): void;
export function chromiumPath(): string;
export function localOnly(context: BrowserContext, origin: string): Promise<void>;

export interface OpenOptions {
  route: string;
  query?: Record<string, string>;
  theme?: 'light' | 'dark';
  /** Only the phone (default true). */
  bare?: boolean;
  language?: 'zh_CN' | 'en';
  /** wx storage to start with: key → the value's JSON text. */
  storage?: Record<string, string>;
  /** Date.now() and new Date() answer this (timers still run). */
  fixedTime?: Date;
}

export const PHONE: { width: number; height: number };
export function openPreview(page: Page, base: string, options: OpenOptions): Promise<void>;
export function previewUrl(base: string, options: OpenOptions): string;
export function waitIdle(page: Page, timeout?: number): Promise<void>;
export function exceptionsOf(page: Page): Promise<{ message: string; where?: string }[]>;
export function screenshotName(route: string): string;

export function transformRpx(rpx: number, width?: number): number;
export function transformInlineRpx(style: string): string;
export function adaptCss(css: string, route?: string | null): string;
export function forceColorScheme(css: string, scheme: 'light' | 'dark' | null): string;
export function dropRemoteFonts(css: string): string;
export function viewportUnitsInCss(css: string): string;

export function parseCliArgs(argv: string[]): { port: number; host: string; root?: string; help: boolean };
