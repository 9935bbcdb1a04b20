import * as path from 'path';
import automator from 'miniprogram-automator';
import type MiniProgram from 'miniprogram-automator/out/MiniProgram';
import type Page from 'miniprogram-automator/out/Page';
import { startServer } from '../../../tools/headless/index';
import type { HeadlessServer } from '../../../tools/headless/index';

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
