import * as path from 'path';
import automator from 'miniprogram-automator';
import type MiniProgram from 'miniprogram-automator/out/MiniProgram';
import type Page from 'miniprogram-automator/out/Page';
import { startServer } from '../../../tools/headless/index';
import type { HeadlessServer } from '../../../tools/headless/index';

/** What a test may pass to startServer (the port, quiet and token are chosen here). */
type EndpointOptions = Omit<NonNullable<Parameters<typeof startServer>[0]>, 'port' | 'quiet' | 'token'>;

/**
 * Starts an endpoint of its own (free port, no token) on `options.project`, connects the official client to it, runs
 * `use` and closes both, whatever `use` does.
 */
export async function withEndpoint<T>(
  options: EndpointOptions,
  use: (client: MiniProgram, server: HeadlessServer) => Promise<T>,
): Promise<T> {
  const server = await startServer({ ...options, port: 0, quiet: true, token: null });
  const client = await automator.connect({ wsEndpoint: server.wsEndpoint });
  try {
    return await use(client, server);
  } finally {
    client.disconnect();
    await server.close();
  }
}

/** The fixture mini program the endpoint's own tests drive (test/fixtures/headless-app). */
export const FIXTURE = path.resolve(__dirname, '../../fixtures/headless-app');

export interface FixtureSession {
  server: HeadlessServer;
  mp: MiniProgram;
  /** App.exceptionThrown events received so far. */
  exceptions: { message: string }[];
  close(): Promise<void>;
}

/** Starts the endpoint on the fixture app (free port) and connects the official client to it. */
export async function connectFixture(): Promise<FixtureSession> {
  const server = await startServer({ port: 0, quiet: true, project: FIXTURE });
  const mp = await automator.connect({ wsEndpoint: server.wsEndpoint });
  const exceptions: { message: string }[] = [];
  mp.on('exception', (e: { message: string }) => exceptions.push(e));
  return {
    server,
    mp,
    exceptions,
    async close() {
      mp.disconnect();
      await server.close();
    },
  };
}

/** Reopens the home tab on a fresh page stack and clears the fixture's log. */
export async function reset(mp: MiniProgram): Promise<Page> {
  await mp.callWxMethod('reLaunch', { url: '/pages/home/index' });
  await mp.evaluate(() => {
    const data = getApp().globalData as { log: string[]; errors: string[] };
    data.log.length = 0;
    data.errors.length = 0;
  });
  const page = await mp.currentPage();
  if (!page) throw new Error('no current page after reLaunch');
  return page;
}

/**
 * Connects to the fixture app once for the test file (closed after it) and, before each test, reopens the home tab on a
 * fresh page stack: `bind(session, home)` receives them, so a file keeps plain `s` / `home` variables.
 */
export function useFixture(bind: (session: FixtureSession, home: Page) => void): void {
  let session: FixtureSession;
  beforeAll(async () => {
    session = await connectFixture();
  });
  afterAll(async () => {
    await session.close();
  });
  beforeEach(async () => {
    bind(session, await reset(session.mp));
  });
}

/** Opens a page over the current one (`navigateTo`) and returns it. */
export async function openPage(mp: MiniProgram, url: string): Promise<Page> {
  await mp.callWxMethod('navigateTo', { url });
  const page = await mp.currentPage();
  if (!page) throw new Error(`no page after navigateTo ${url}`);
  return page;
}

/** The fixture app's lifecycle log. */
export async function appLog(mp: MiniProgram): Promise<string[]> {
  return (await mp.evaluate(() => (getApp().globalData as { log: string[] }).log.slice())) as string[];
}

/** Finds an element or fails with the selector in the message. */
export async function $(page: Page, selector: string) {
  const el = await page.$(selector);
  if (!el) throw new Error(`${selector} not found on ${page.path}`);
  return el;
}

/** An endpoint a test file shares (see useEndpoint). */
export interface EndpointSession {
  server: HeadlessServer;
  mp: MiniProgram;
  /** App.exceptionThrown messages and console warnings since the last `open`. */
  exceptions: string[];
  warnings: string[];
  /** reLaunches a page and returns it, with the exceptions and warnings it caused so far. */
  open(route: string): Promise<{ page: Page; exceptions: string[]; warnings: string[] }>;
}

/**
 * Starts an endpoint (free port, no token) for the test file with the official client connected to it, recording
 * exceptions and warnings; closed after the file. The session's `server` and `mp` are set once it has started.
 */
export function useEndpoint(options: EndpointOptions): EndpointSession {
  const session = { exceptions: [] as string[], warnings: [] as string[] } as EndpointSession;
  beforeAll(async () => {
    session.server = await startServer({ ...options, port: 0, quiet: true, token: null });
    session.mp = await automator.connect({ wsEndpoint: session.server.wsEndpoint });
    session.mp.on('exception', (e: { message: string }) => session.exceptions.push(e.message));
    session.mp.on('console', (e: { type: string; args: unknown[] }) => {
      if (e.type === 'warn') session.warnings.push(String(e.args[0]));
    });
  });
  afterAll(async () => {
    session.mp.disconnect();
    await session.server.close();
  });
  session.open = async (route) => {
    session.exceptions.length = 0;
    session.warnings.length = 0;
    await session.mp.callWxMethod('reLaunch', { url: `/${route}` });
    const page = await session.mp.currentPage();
    if (!page) throw new Error(`no page after reLaunch to ${route}`);
    return { page, exceptions: session.exceptions.slice(), warnings: session.warnings.slice() };
  };
  return session;
}
