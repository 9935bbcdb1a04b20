import WebSocket from 'ws';
import { startServer } from '../../../tools/headless/index';
import type { HeadlessServer } from '../../../tools/headless/index';
import { FIXTURE } from './fixture';

// The wire protocol itself, below the official client: frames the client would never send, concurrency,
// events, and methods the client reaches only through typed wrappers.
interface Frame {
  id?: string | number | null;
  method?: string;
  result?: Record<string, unknown>;
  error?: { message: string };
  params?: Record<string, unknown>;
}

let server: HeadlessServer;
let ws: WebSocket;
const frames: Frame[] = [];
let waiters: (() => void)[] = [];

function connect(): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(server.wsEndpoint);
    socket.on('message', (data) => {
      frames.push(JSON.parse(data.toString()) as Frame);
      const w = waiters;
      waiters = [];
      w.forEach((fn) => fn());
    });
    socket.once('open', () => resolve(socket));
    socket.once('error', reject);
  });
}

/** Waits until a frame matching `pred` has arrived. */
async function next(pred: (f: Frame) => boolean, timeoutMs = 3000): Promise<Frame> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const hit = frames.find(pred);
    if (hit) return hit;
    if (Date.now() > deadline) throw new Error('no matching frame');
    await new Promise<void>((r) => {
      waiters.push(r);
      setTimeout(r, 50);
    });
  }
}

let seq = 0;
async function call(method: string, params: Record<string, unknown> = {}): Promise<Frame> {
  seq += 1;
  const id = `t${seq}`;
  ws.send(JSON.stringify({ id, method, params }));
  return next((f) => f.id === id);
}

beforeAll(async () => {
  server = await startServer({ port: 0, quiet: true, project: FIXTURE });
  ws = await connect();
});

afterAll(async () => {
  ws.close();
  await server.close();
});

describe('malformed input', () => {
  it('answers invalid JSON with an error frame and keeps serving', async () => {
    ws.send('{not json');
    const err = await next((f) => f.id === null && !!f.error && f.error.message.includes('invalid JSON'));
    expect(err.error?.message).toMatch(/^invalid JSON frame/);
    const ok = await call('Tool.getInfo');
    expect(ok.result?.SDKVersion).toBe('3.7.0');
  });

  it('answers a frame without an id, a non-object, and a binary frame with errors', async () => {
    const before = frames.length;
    ws.send(JSON.stringify({ method: 'Tool.getInfo' }));
    ws.send('[1,2,3]');
    ws.send(Buffer.from([1, 2, 3]), { binary: true });
    await next(() => frames.slice(before).filter((f) => f.error).length >= 3);
    const errors = frames.slice(before).filter((f) => f.error);
    expect(errors).toHaveLength(3);
    expect(errors.every((f) => f.id === null)).toBe(true);
    expect((await call('Tool.getInfo')).error).toBeUndefined();
  });

  it('answers an unknown method with an error naming it', async () => {
    const res = await call('App.doesNotExist');
    expect(res.error?.message).toBe('unknown method App.doesNotExist');
  });

  it('answers a missing method with an error', async () => {
    ws.send(JSON.stringify({ id: 'm1', params: {} }));
    const res = await next((f) => f.id === 'm1');
    expect(res.error?.message).toContain('"method" must be a string');
  });

  it('answers bad parameters with errors, not crashes', async () => {
    expect((await call('Page.getElement', { pageId: 9999, selector: 'view' })).error?.message).toContain(
      'page 9999 is not open',
    );
    expect((await call('Element.tap', { elementId: 'nope', pageId: 1 })).error?.message).toContain(
      'element nope is unknown',
    );
    expect((await call('App.callFunction', { functionDeclaration: 'not a function (' })).error?.message).toContain(
      'does not compile',
    );
    expect((await call('App.callWxMethod', {})).error?.message).toContain('method is required');
    const page = await call('App.getCurrentPage');
    expect(page.result?.path).toBe('pages/home/index');
  });
});

describe('element functions the client wraps by type', () => {
  it('rejects a built-in function on the wrong element, and an unknown function', async () => {
    const page = (await call('App.getCurrentPage')).result as { pageId: number };
    const el = (await call('Page.getElement', { pageId: page.pageId, selector: '#inc' })).result as {
      elementId: string;
    };
    const wrong = await call('Element.callFunction', {
      ...el,
      pageId: page.pageId,
      functionName: 'input.input',
      args: ['x'],
    });
    expect(wrong.error?.message).toBe('input.input needs a <input> element, got <view>');
    const unknown = await call('Element.callFunction', {
      ...el,
      pageId: page.pageId,
      functionName: 'video.play',
      args: [],
    });
    expect(unknown.error?.message).toContain('"video.play" is not supported');
  });
});

describe('concurrent requests', () => {
  it('answers every request once, matched by id, whatever the order they finish in', async () => {
    const page = (await call('App.getCurrentPage')).result as { pageId: number };
    const ids: string[] = [];
    for (let i = 0; i < 30; i += 1) {
      const id = `c${i}`;
      ids.push(id);
      const kind = i % 3;
      const frame =
        kind === 0
          ? {
              id,
              method: 'App.callFunction',
              params: {
                functionDeclaration: `async function(){ await new Promise(r => setTimeout(r, ${30 - i})); return ${i}; }`,
                args: [],
              },
            }
          : kind === 1
            ? { id, method: 'Page.getData', params: { pageId: page.pageId, path: 'title' } }
            : { id, method: 'Tool.getInfo', params: {} };
      ws.send(JSON.stringify(frame));
    }
    await next(() => ids.every((id) => frames.some((f) => f.id === id)), 5000);
    for (let i = 0; i < 30; i += 1) {
      const replies = frames.filter((f) => f.id === `c${i}`);
      expect(replies).toHaveLength(1);
      const r = replies[0].result;
      if (i % 3 === 0) expect(r?.result).toBe(i);
      else if (i % 3 === 1) expect(r?.data).toBe('Home');
      else expect(r?.SDKVersion).toBe('3.7.0');
    }
  });
});

describe('events', () => {
  it('sends App.logAdded without an id after App.enableLog', async () => {
    await call('App.enableLog');
    await call('App.callFunction', { functionDeclaration: 'function(){ console.info("raw log", 1) }', args: [] });
    const ev = await next((f) => f.method === 'App.logAdded');
    expect(ev.id).toBeUndefined();
    expect(ev.params).toEqual({ type: 'info', args: ['raw log', 1] });
  });

  it('sends App.bindingCalled when app code calls an added binding', async () => {
    await call('App.addBinding', { name: 'ping' });
    await call('App.callFunction', { functionDeclaration: 'function(){ ping("x", 2) }', args: [] });
    const ev = await next((f) => f.method === 'App.bindingCalled');
    expect(ev.params).toEqual({ name: 'ping', args: ['x', 2] });
  });
});

describe('Tool.close', () => {
  it('answers, then closes this connection; the server keeps accepting others', async () => {
    const closed = new Promise<void>((r) => ws.once('close', () => r()));
    const res = await call('Tool.close');
    expect(res.result).toEqual({});
    await closed;
    ws = await connect();
    expect((await call('Tool.getInfo')).result?.SDKVersion).toBe('3.7.0');
  });
});
