// @ts-check
/**
 * The headless endpoint in a process of its own, for security.test.ts: it measures its own heap and answers the
 * test over IPC ('peak': the largest heapUsed seen, 'peakRss': the largest resident size, 'dropped': how many
 * clients it disconnected).
 * Argument: the project folder.
 */
const { startServer } = require('../../../tools/headless/index');

let peak = 0;
let peakRss = 0;
let dropped = 0;
const sample = () => {
  const memory = process.memoryUsage();
  peak = Math.max(peak, memory.heapUsed);
  // The whole process: queued replies wait in Buffers outside the JS heap.
  peakRss = Math.max(peakRss, memory.rss);
};
setInterval(sample, 5).unref();

startServer({
  port: 0,
  quiet: true,
  project: process.argv[2],
  token: null,
  limits: { stallMs: 2000 },
  log: (line) => {
    if (line.includes('disconnected a client')) dropped += 1;
  },
}).then(
  (server) => {
    process.on('message', (what) => {
      sample();
      if (what === 'peak') process.send?.({ answer: what, value: peak });
      if (what === 'peakRss') process.send?.({ answer: what, value: peakRss });
      if (what === 'dropped') process.send?.({ answer: what, value: dropped });
    });
    process.on('disconnect', () => void server.close().then(() => process.exit(0)));
    process.send?.({ wsEndpoint: server.wsEndpoint });
  },
  (err) => {
    process.stderr.write(String(err && err.stack));
    process.exit(1);
  },
);
