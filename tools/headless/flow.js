// @ts-check
/**
 * Back-pressure for one connection: a client that sends requests faster than it reads the replies must not make
 * the endpoint hold their answers in memory. Requests wait in a queue; the next one starts only while the
 * socket's unsent output (`bufferedAmount`) is under `highWater` and fewer than `maxInFlight` run. While output is
 * over `highWater` or the queue is long, reading from the socket is paused (TCP then slows the client down). A
 * client whose output stays over `highWater` for `stallMs`, or goes over `hardLimit` (events count too), is
 * disconnected; the app and the other connections carry on.
 */

/**
 * @typedef {object} FlowLimits
 * @property {number} highWater Bytes of unsent output above which no new request starts and reading pauses.
 * @property {number} hardLimit Bytes of unsent output above which the client is disconnected at once.
 * @property {number} stallMs How long output may stay above highWater before the client is disconnected.
 * @property {number} maxInFlight Requests of one connection handled at the same time.
 * @property {number} maxQueued Requests waiting before reading pauses.
 */

/** @type {FlowLimits} */
const DEFAULT_LIMITS = {
  highWater: 8 * 1024 * 1024,
  hardLimit: 64 * 1024 * 1024,
  stallMs: 30_000,
  maxInFlight: 4,
  maxQueued: 64,
};

/**
 * @typedef {object} FlowSocket
 * @property {() => number} buffered Bytes sent but not yet written to the network.
 * @property {() => void} pause Stop reading frames.
 * @property {() => void} resume Read frames again.
 * @property {(reason: string) => void} drop Disconnect the client.
 */

/**
 * @param {FlowSocket} socket
 * @param {(text: string) => Promise<void>} handle Handles one request frame (never rejects).
 * @param {Partial<FlowLimits>} [limits]
 */
function createFlow(socket, handle, limits = {}) {
  const lim = { ...DEFAULT_LIMITS, ...limits };
  /** @type {string[]} */
  const queue = [];
  let inFlight = 0;
  let paused = false;
  let closed = false;
  /** @type {ReturnType<typeof setTimeout> | null} */
  let stallTimer = null;
  /** @type {ReturnType<typeof setInterval> | null} */
  let poll = null;

  function stopTimers() {
    if (stallTimer) clearTimeout(stallTimer);
    if (poll) clearInterval(poll);
    stallTimer = null;
    poll = null;
  }

  /** @param {string} reason */
  function drop(reason) {
    if (closed) return;
    closed = true;
    queue.length = 0;
    stopTimers();
    socket.drop(reason);
  }

  /** Starts what may start, pauses or resumes reading, and watches a client that does not read. */
  function pump() {
    if (closed) return;
    const buffered = socket.buffered();
    if (buffered > lim.hardLimit) {
      drop(`unread replies exceeded ${lim.hardLimit} bytes`);
      return;
    }
    const blocked = buffered >= lim.highWater;
    if (blocked) {
      if (!stallTimer) {
        stallTimer = setTimeout(() => {
          stallTimer = null;
          if (socket.buffered() >= lim.highWater) drop(`replies left unread for ${lim.stallMs} ms`);
          else pump();
        }, lim.stallMs);
      }
      // The socket drains without telling us; look again soon.
      if (!poll) poll = setInterval(pump, 20);
    } else {
      stopTimers();
      while (queue.length > 0 && inFlight < lim.maxInFlight && socket.buffered() < lim.highWater) {
        const text = /** @type {string} */ (queue.shift());
        inFlight += 1;
        void handle(text).finally(() => {
          inFlight -= 1;
          pump();
        });
      }
    }
    const shouldPause = blocked || queue.length >= lim.maxQueued;
    if (shouldPause && !paused) {
      paused = true;
      socket.pause();
    } else if (!shouldPause && paused) {
      paused = false;
      socket.resume();
    }
  }

  return {
    /** @param {string} text A request frame as received. */
    push(text) {
      if (closed) return;
      queue.push(text);
      pump();
    },
    /** Call after output was written (a send callback), so waiting requests start. */
    pump,
    /** The connection is gone: forget what waits. */
    dispose() {
      closed = true;
      queue.length = 0;
      stopTimers();
    },
    /** For tests and logs. */
    stats: () => ({ queued: queue.length, inFlight, paused }),
  };
}

module.exports = { createFlow, DEFAULT_LIMITS };
