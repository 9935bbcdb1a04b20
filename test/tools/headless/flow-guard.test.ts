import * as os from 'os';
import { createFlow } from '../../../tools/headless/flow';
import { checkRequest, allowedHosts } from '../../../tools/headless/guard';

// The two rules behind the endpoint's security model, alone: back-pressure per connection, and who may connect.

/** A socket whose unsent output the test sets by hand. */
function fakeSocket() {
  const s = {
    bufferedBytes: 0,
    paused: false,
    dropped: '' as string,
    buffered: () => s.bufferedBytes,
    pause: () => {
      s.paused = true;
    },
    resume: () => {
      s.paused = false;
    },
    drop: (reason: string) => {
      s.dropped = reason;
    },
  };
  return s;
}

/** A handler whose calls finish when the test says. */
function gatedHandler() {
  const started: string[] = [];
  const finishers: (() => void)[] = [];
  const handle = (text: string) =>
    new Promise<void>((resolve) => {
      started.push(text);
      finishers.push(resolve);
    });
  return { started, finishers, handle };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('flow: back-pressure per connection', () => {
  it('runs at most maxInFlight requests at once, in order', async () => {
    const socket = fakeSocket();
    const h = gatedHandler();
    const flow = createFlow(socket, h.handle, { maxInFlight: 2 });
    ['a', 'b', 'c', 'd'].forEach((t) => flow.push(t));
    expect(h.started).toEqual(['a', 'b']);
    h.finishers[0]();
    await tick();
    expect(h.started).toEqual(['a', 'b', 'c']);
    flow.dispose();
  });

  it('starts nothing and pauses reading while unsent output is over highWater; resumes when it drains', async () => {
    const socket = fakeSocket();
    const h = gatedHandler();
    const flow = createFlow(socket, h.handle, { highWater: 100, stallMs: 10000 });
    socket.bufferedBytes = 150;
    flow.push('a');
    flow.push('b');
    expect(h.started).toEqual([]);
    expect(socket.paused).toBe(true);
    expect(flow.stats()).toEqual({ queued: 2, inFlight: 0, paused: true });
    socket.bufferedBytes = 0;
    await new Promise((r) => setTimeout(r, 60)); // the flow looks again every 20 ms while blocked
    expect(h.started).toEqual(['a', 'b']);
    expect(socket.paused).toBe(false);
    flow.dispose();
  });

  it('pauses reading when too many requests wait, even with no output', () => {
    const socket = fakeSocket();
    const h = gatedHandler();
    const flow = createFlow(socket, h.handle, { maxInFlight: 1, maxQueued: 3 });
    for (let i = 0; i < 3; i += 1) flow.push(`r${i}`);
    expect(socket.paused).toBe(false);
    flow.push('r3');
    expect(socket.paused).toBe(true);
    flow.dispose();
  });

  it('drops a client whose output passes hardLimit at once', () => {
    const socket = fakeSocket();
    const flow = createFlow(socket, gatedHandler().handle, { highWater: 100, hardLimit: 1000 });
    socket.bufferedBytes = 1001;
    flow.pump();
    expect(socket.dropped).toBe('unread replies exceeded 1000 bytes');
    flow.push('ignored after the drop');
    expect(flow.stats().queued).toBe(0);
  });

  it('drops a client whose output stays over highWater for stallMs, not one that drains in time', async () => {
    const slow = fakeSocket();
    const flow = createFlow(slow, gatedHandler().handle, { highWater: 100, stallMs: 50 });
    slow.bufferedBytes = 200;
    flow.pump();
    await new Promise((r) => setTimeout(r, 120));
    expect(slow.dropped).toBe('replies left unread for 50 ms');

    const fine = fakeSocket();
    const flow2 = createFlow(fine, gatedHandler().handle, { highWater: 100, stallMs: 80 });
    fine.bufferedBytes = 200;
    flow2.pump();
    await new Promise((r) => setTimeout(r, 30));
    fine.bufferedBytes = 0;
    await new Promise((r) => setTimeout(r, 120));
    expect(fine.dropped).toBe('');
    flow2.dispose();
  });
});

describe('guard: who may connect', () => {
  const hosts = allowedHosts('127.0.0.1', 9420);
  const req = (headers: Record<string, string>, url = '/') => ({ headers, url });

  it('names the loopback addresses and the bound one, with the port', () => {
    expect([...hosts].sort()).toEqual(['127.0.0.1:9420', '[::1]:9420', 'localhost:9420']);
    expect(allowedHosts('::1', 5)).toEqual(new Set(['127.0.0.1:5', 'localhost:5', '[::1]:5']));
    expect(allowedHosts('192.168.1.20', 5).has('192.168.1.20:5')).toBe(true);
  });

  it('bound to every interface, accepts each interface address', () => {
    const all = allowedHosts('0.0.0.0', 7);
    for (const list of Object.values(os.networkInterfaces())) {
      for (const net of list || []) {
        const name = net.family === 'IPv6' ? `[${net.address.toLowerCase()}]` : net.address;
        expect(all.has(`${name}:7`)).toBe(true);
      }
    }
    expect(all.has('evil.example:7')).toBe(false);
  });

  it('refuses an Origin first, then a foreign Host, then a missing or wrong token', () => {
    const policy = { hosts, token: 't0k' };
    expect(checkRequest(req({ host: '127.0.0.1:9420', origin: 'null' }, '/?token=t0k'), policy)?.status).toBe(403);
    expect(checkRequest(req({ host: 'evil.example:9420' }, '/?token=t0k'), policy)?.status).toBe(403);
    expect(checkRequest(req({}, '/?token=t0k'), policy)?.reason).toContain('Host ""');
    expect(checkRequest(req({ host: '127.0.0.1:9420' }), policy)?.status).toBe(401);
    expect(checkRequest(req({ host: '127.0.0.1:9420' }, '/?token=t0'), policy)?.reason).toBe('refused: wrong token');
    expect(checkRequest(req({ host: 'LocalHost:9420' }, '/?token=t0k'), policy)).toBeNull();
    expect(checkRequest(req({ host: '127.0.0.1:9420' }), { hosts, token: null })).toBeNull();
  });
});
