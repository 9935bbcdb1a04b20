/** Types of tools/headless/index.js for TypeScript callers (tests, the e2e helper). */

export interface LaunchOptions {
  /** The page the app opens on ('pages/learn/index'); defaults to app.json's first page. */
  path?: string;
  query?: Record<string, string>;
  scene?: number;
}

export interface ServerOptions {
  /** 0 picks a free port; default 9420. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Folder holding project.config.json; default: this repository. */
  project?: string;
  /** Do not echo the mini program's console to this process's console. */
  quiet?: boolean;
  launch?: LaunchOptions;
  /**
   * Answers App.captureScreenshot with a base64 PNG of the current page (a browser renderer plugs in here);
   * without it the endpoint answers "not supported yet". The argument is the running runtime.
   */
  screenshot?: ((runtime: unknown) => Promise<string>) | null;
}

export interface HeadlessServer {
  port: number;
  /** What `automator.connect({ wsEndpoint })` takes. */
  wsEndpoint: string;
  /** Stops the server and the app. */
  close(): Promise<void>;
}

/** Starts the endpoint and launches the app; resolves once the first page is ready. */
export function startServer(options?: ServerOptions): Promise<HeadlessServer>;
