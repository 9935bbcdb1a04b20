import { deserializeWorld, serializeWorld } from '../../miniprogram/console/engine/index';
import type { World } from '../../miniprogram/console/engine/index';
import { MINIPROGRAM } from './helpers';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { consoleStorage } = require('../../tools/web/console-seed') as {
  consoleStorage: (root: string, scenario: string) => Record<string, string>;
};

describe('screenshots: a console scenario seeded into storage', () => {
  it('is the world the app would have saved: under the session key, in the envelope, logged in for ready-to-release', () => {
    const storage = consoleStorage(MINIPROGRAM, 'ready-to-release');
    expect(Object.keys(storage)).toEqual(['reglab.console', 'reglab.sandbox']);
    const summary = JSON.parse(storage['reglab.sandbox']) as { data: { summary: { entry: string; apps: number } } };
    expect(summary.data.summary).toMatchObject({ entry: '/console/home/index', apps: 1 });
    const envelope = JSON.parse(storage['reglab.console']) as {
      schema: number;
      data: { world: World; smsSeen: number };
    };
    const { world } = envelope.data;
    // The engine's own loader accepts it whole.
    const loaded = deserializeWorld(serializeWorld(world));
    expect(loaded.ok).toBe(true);
    expect(world.session?.stage).toBe('active');
    expect(world.apps[0].versions.dev.map((v) => v.version)).toContain('1.0.0');
  });

  it("starts from a mission's start world for mission:<id>: the ready mini program without its filing", () => {
    const storage = consoleStorage(MINIPROGRAM, 'mission:filing');
    const envelope = JSON.parse(storage['reglab.console']) as { data: { world: World } };
    const { world } = envelope.data;
    expect(deserializeWorld(serializeWorld(world)).ok).toBe(true);
    expect(world.session?.stage).toBe('active');
    expect(world.apps[0].filing.stage).toBe('none');
    expect(() => consoleStorage(MINIPROGRAM, 'mission:no-such-mission')).toThrow(/no world/);
  });
});
