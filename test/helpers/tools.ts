import { spawnSync, type SpawnSyncReturns } from 'child_process';
import * as path from 'path';
import { PROJECT_ROOT } from './paths';

/** An environment without credentials: only what node needs to start. */
export const BARE_ENV: Readonly<Record<string, string>> = {
  PATH: process.env.PATH ?? '',
  HOME: process.env.HOME ?? '',
};

/** Runs `tools/<name>.js` with `args` from the tools folder, in `env` (no credentials unless it names them). */
export function runTool(
  name: string,
  args: readonly string[] = [],
  env: Readonly<Record<string, string>> = BARE_ENV,
): SpawnSyncReturns<string> {
  const script = path.join(PROJECT_ROOT, 'tools', `${name}.js`);
  return spawnSync(process.execPath, [script, ...args], { env, encoding: 'utf8', cwd: path.dirname(script) });
}
