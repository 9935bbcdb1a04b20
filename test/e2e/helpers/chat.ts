import automator from 'miniprogram-automator';
import type MiniProgram from 'miniprogram-automator/out/MiniProgram';
import { startServer, createChat } from '../../../tools/headless/index';
import type { HeadlessServer, Chat } from '../../../tools/headless/index';
import { REPO } from './app';

/**
 * Several phones in one WeChat group: one headless endpoint each (its own storage and files), sharing the simulated
 * chat of tools/headless/chat.js (files, share cards, the projector). Headless only: WeChat DevTools has no chat (one
 * tests this with real phones), so test/e2e/jest.config.js leaves the files that use it out when WECHAT_DEVTOOLS_CLI
 * is set.
 */

export interface Phone {
  name: string;
  mp: MiniProgram;
  server: HeadlessServer;
  /** Messages of exceptions this phone's app threw since the last check. */
  exceptions: string[];
}

export interface Group {
  chat: Chat;
  phones: Phone[];
  /** The phone of a member. */
  phone(name: string): Phone;
  close(): Promise<void>;
}

/** Starts one endpoint per member, in one chat, and connects the official client to each. */
export async function launchGroup(names: string[]): Promise<Group> {
  const chat = createChat();
  const phones: Phone[] = [];
  for (const name of names) {
    const server = await startServer({ port: 0, quiet: true, project: REPO, chat, name });
    const mp = await automator.connect({ wsEndpoint: server.wsEndpoint });
    const exceptions: string[] = [];
    mp.on('exception', (e: { message?: string }) =>
      exceptions.push(String(e && e.message ? e.message : JSON.stringify(e))),
    );
    phones.push({ name, mp, server, exceptions });
  }
  return {
    chat,
    phones,
    phone(name) {
      const p = phones.find((x) => x.name === name);
      if (!p) throw new Error(`no phone named ${name}`);
      return p;
    },
    async close() {
      for (const p of phones) {
        p.mp.disconnect();
        await p.server.close();
      }
    },
  };
}

/**
 * One group per test file: launched before the first test, closed after the last; every test fails if any phone's
 * app threw an exception while it ran.
 */
export function useGroup(names: string[]): () => Group {
  let group: Group | null = null;
  beforeAll(async () => {
    group = await launchGroup(names);
  }, 180000);
  afterAll(async () => {
    if (group) await group.close();
  });
  afterEach(() => {
    if (!group) return;
    const thrown = group.phones.flatMap((p) => p.exceptions.splice(0).map((m) => `${p.name}: ${m}`));
    expect(thrown).toEqual([]);
  });
  return () => {
    if (!group) throw new Error('the group is not running (did beforeAll fail?)');
    return group;
  };
}
