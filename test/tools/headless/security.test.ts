import { fork } from 'child_process';
import type { ChildProcess } from 'child_process';
import * as path from 'path';
import WebSocket from 'ws';
import automator from 'miniprogram-automator';
import { startServer } from '../../../tools/headless/index';
import type { HeadlessServer } from '../../../tools/headless/index';
import { FIXTURE } from './fixture';

// Who may use the endpoint (it runs code it is sent, so a web page must never reach it) and how much one client
// can make it hold in memory. See docs/headless-devtools.md, "Security model".

/** Opens a raw WebSocket; resolves with the socket, or rejects with the server's refusal. */
function open(url: string, options: WebSocket.ClientOptions = {}): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, options);
    socket.once('open', () => resolve(socket));
    socket.once('unexpected-response', (_req, res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => reject(new Error(`${res.statusCode} ${body}`)));
    });
    socket.once('error', reject);
  });
}

/** Sends one request on a raw socket and waits for its answer. */
function request(socket: WebSocket, method: string, params: Record<string, unknown> = {}): Promise<unknown> {
  const id = `r${Math.random()}`;
  return new Promise((resolve, reject) => {
    const onMessage = (data: WebSocket.RawData) => {
      const frame = JSON.parse(data.toString()) as { id?: string; result?: unknown; error?: { message: string } };
      if (frame.id !== id) return;
      socket.off('message', onMessage);
      if (frame.error) reject(new Error(frame.error.message));
      else resolve(frame.result);
    };
    socket.on('message', onMessage);
    socket.send(JSON.stringify({ id, method, params }));
  });
}

describe('who may connect', () => {
  let server: HeadlessServer;
  beforeAll(async () => {
    server = await startServer({ port: 0, quiet: true, project: FIXTURE, token: null });
  });
  afterAll(async () => {
    await server.close();
  });

  it('refuses a browser: any Origin header, so a web page cannot run code through App.callFunction', async () => {
    await expect(open(server.wsEndpoint, { origin: 'http://evil.example' })).rejects.toThrow(
      /^403 refused: requests from a browser \(Origin: http:\/\/evil\.example\)/,
    );
    await expect(open(server.wsEndpoint, { origin: `http://127.0.0.1:${server.port}` })).rejects.toThrow(/^403/);
  });

  it('refuses a Host that is not the listening address (DNS rebinding)', async () => {
    await expect(open(server.wsEndpoint, { headers: { Host: `evil.example:${server.port}` } })).rejects.toThrow(
      /^403 refused: Host "evil\.example:\d+" is not this server's address/,
    );
    // The right name on another port is another server.
    await expect(open(server.wsEndpoint, { headers: { Host: `localhost:${server.port + 1}` } })).rejects.toThrow(
      /^403/,
    );
    await expect(open(server.wsEndpoint, { headers: { Host: 'localhost' } })).rejects.toThrow(/^403/);
  });

  it('accepts the loopback names of its own port, as the official client sends them', async () => {
    for (const host of [`127.0.0.1:${server.port}`, `localhost:${server.port}`, `LOCALHOST:${server.port}`]) {
      const socket = await open(server.wsEndpoint, { headers: { Host: host } });
      const info = (await request(socket, 'Tool.getInfo')) as { platform: string };
      expect(info.platform).toBe('headless');
      socket.close();
    }
    const mp = await automator.connect({ wsEndpoint: server.wsEndpoint });
    expect(await mp.evaluate(() => getCurrentPages().length)).toBe(1);
    mp.disconnect();
  });

  it('answers plain HTTP without running anything', async () => {
    const res = await fetch(`http://127.0.0.1:${server.port}/`, { method: 'POST', body: '{}' });
    expect(res.status).toBe(426);
  });
});

describe('a token', () => {
  it('is required in the ws URL when set; the official client carries it in wsEndpoint', async () => {
    const server = await startServer({ port: 0, quiet: true, project: FIXTURE, token: 's3cret token' });
    try {
      expect(server.wsEndpoint).toBe(`ws://127.0.0.1:${server.port}/?token=s3cret%20token`);
      const bare = `ws://127.0.0.1:${server.port}`;
      await expect(open(bare)).rejects.toThrow('401 refused: this endpoint needs a token (?token=... in the URL)');
      await expect(open(`${bare}/?token=s3cret`)).rejects.toThrow('401 refused: wrong token');
      // The official client only says it failed; the endpoint's log says why.
      await expect(automator.connect({ wsEndpoint: bare })).rejects.toThrow('Failed connecting');
      await expect(automator.connect({ wsEndpoint: `${bare}/?token=guess` })).rejects.toThrow('Failed connecting');

      const mp = await automator.connect({ wsEndpoint: server.wsEndpoint });
      const page = await mp.currentPage();
      expect(page && page.path).toBe('pages/home/index');
      mp.disconnect();
      // A right token does not excuse a browser.
      await expect(open(server.wsEndpoint, { origin: 'http://evil.example' })).rejects.toThrow(/^403/);
    } finally {
      await server.close();
    }
  });

  it('comes from REGLAB_DEVTOOLS_TOKEN when not given', async () => {
    const saved = process.env.REGLAB_DEVTOOLS_TOKEN;
    process.env.REGLAB_DEVTOOLS_TOKEN = 'from-env';
    try {
      const server = await startServer({ port: 0, quiet: true, project: FIXTURE });
      try {
        expect(server.wsEndpoint).toBe(`ws://127.0.0.1:${server.port}/?token=from-env`);
        await expect(open(`ws://127.0.0.1:${server.port}`)).rejects.toThrow(/^401/);
        const mp = await automator.connect({ wsEndpoint: server.wsEndpoint });
        expect(await mp.evaluate(() => 1 + 1)).toBe(2);
        mp.disconnect();
      } finally {
        await server.close();
      }
    } finally {
      if (saved === undefined) delete process.env.REGLAB_DEVTOOLS_TOKEN;
      else process.env.REGLAB_DEVTOOLS_TOKEN = saved;
    }
  });
});

describe('a client that never reads its replies', () => {
  const MB = 1024 * 1024;
  let child: ChildProcess;
  let wsEndpoint: string;
  const messages: Record<string, unknown>[] = [];

  /** Asks the endpoint process something and waits for the answer. */
  function ask<T>(what: string): Promise<T> {
    return new Promise((resolve) => {
      const onMessage = (m: Record<string, unknown>) => {
        if (m.answer !== what) return;
        child.off('message', onMessage);
        resolve(m.value as T);
      };
      child.on('message', onMessage);
      child.send(what);
    });
  }

  beforeAll(async () => {
    // The endpoint runs in its own process, so its heap is measured alone and a crash cannot take the test down.
    // It may grow to 1 GB before V8 gives up; the test asks that it never passes 512 MB.
    child = fork(path.join(__dirname, 'endpoint-process.js'), [FIXTURE], {
      execArgv: ['--max-old-space-size=1024'],
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    child.on('message', (m: Record<string, unknown>) => messages.push(m));
    wsEndpoint = await new Promise<string>((resolve, reject) => {
      child.once('message', (m: Record<string, unknown>) => resolve(String(m.wsEndpoint)));
      child.once('exit', (code) => reject(new Error(`endpoint process exited with ${code}`)));
    });
  }, 60000);

  afterAll(() => {
    if (child.exitCode === null) child.kill();
  });

  it('is disconnected before the endpoint holds 512 MB, and a well-behaved client keeps working', async () => {
    const good = await automator.connect({ wsEndpoint });
    const bad = await open(wsEndpoint);
    const page = (await request(bad, 'App.getCurrentPage')) as { pageId: number };
    await request(bad, 'Page.setData', { pageId: page.pageId, data: { big: 'x'.repeat(10 * MB) } });

    // Stop reading, then ask for the 10 MB page data 400 times (4 GB of answers).
    bad.pause();
    let closed = false;
    bad.on('close', () => (closed = true));
    for (let i = 0; i < 400; i += 1) {
      bad.send(JSON.stringify({ id: `flood${i}`, method: 'Page.getData', params: { pageId: page.pageId } }));
    }

    // While the flood waits, the other client is served.
    const goodPage = await good.currentPage();
    expect(goodPage && goodPage.path).toBe('pages/home/index');
    expect(await good.evaluate(() => getCurrentPages().length)).toBe(1);

    // The endpoint drops the flooding client once its replies stay unread (stallMs 2 s in endpoint-process.js).
    const deadline = Date.now() + 20000;
    let dropped = 0;
    while (Date.now() < deadline && dropped === 0) {
      await new Promise((r) => setTimeout(r, 200));
      dropped = await ask<number>('dropped');
    }
    expect(dropped).toBe(1);
    bad.resume();
    await new Promise((r) => setTimeout(r, 300));
    expect(closed).toBe(true);

    const peak = await ask<number>('peak');
    expect(peak).toBeLessThan(512 * MB);
    // The whole process too (replies queued for the socket are Buffers, outside the heap).
    const peakRss = await ask<number>('peakRss');
    process.stdout.write(
      `endpoint under a flood: heap peak ${Math.round(peak / MB)} MB, RSS peak ${Math.round(peakRss / MB)} MB\n`,
    );
    expect(peakRss).toBeLessThan(512 * MB);
    expect(child.exitCode).toBeNull();

    // The endpoint and the app are still up: the good client goes on, and a new one connects.
    expect(await good.evaluate(() => getCurrentPages().length)).toBe(1);
    const again = await automator.connect({ wsEndpoint });
    expect(await again.evaluate(() => 2 * 21)).toBe(42);
    again.disconnect();
    good.disconnect();
  }, 60000);
});
