import automator from 'miniprogram-automator';
import { startServer } from '../../../tools/headless/index';

// `npm run bench` drives three journeys through the official client to print their costs; nothing ran them, and the
// console journey stopped at "submit for review" once review needed the privacy guide. Each journey checks where it
// ends (the console one: 1.0.0 online) and throws otherwise, so this test fails when the app and the bench part.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { benchJourneys } = require('../../../tools/headless/bench') as {
  benchJourneys: (
    rt: unknown,
    mp: unknown,
  ) => Promise<{ name: string; ms: number; steps: { label: string; setData: number }[] }[]>;
};

it('runs every benchmark journey to its end, rendering as it goes', async () => {
  const server = await startServer({ port: 0, quiet: true, token: null });
  const mp = await automator.connect({ wsEndpoint: server.wsEndpoint });
  try {
    const journeys = await benchJourneys(await server.runtime(), mp);
    expect(journeys.map((j) => j.name)).toEqual([
      'learn: path → lesson → next section → back',
      'quiz: 练习 → lesson quiz → every answer → result → wrong-answer book',
      'console: fresh sandbox → registration → basic info → filing → 1.0.0 online',
    ]);
    for (const j of journeys) expect(j.steps.reduce((n, st) => n + st.setData, 0)).toBeGreaterThan(j.steps.length);
  } finally {
    mp.disconnect();
    await server.close();
  }
}, 60000);
