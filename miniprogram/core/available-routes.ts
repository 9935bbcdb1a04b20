/**
 * Which "try it in the console" targets (a lesson's `ConsoleLink.target`) can be opened in this build, and the URL
 * each opens: every console page (core/console-routes.ts) and every built-in mission as `mission:<id>` (its
 * scenario's first page with `?mission=<id>`: the saved run, or a new one). Targets not listed show
 * "即将开放 Coming soon" instead of navigating.
 *
 * Keys are ConsoleLink targets: a console route such as `/console/register/index`, or `mission:<id>`.
 * Values are the URL to open with navigateTo (a route, optionally with a query).
 */
import { CONSOLE_PAGES, CONSOLE_ROUTES } from './console-routes';
import { findLabScenario } from './lab-scenarios';
import { MISSION_INDEX } from './missions/mission-index';
import { missionUrl } from './missions/save';

/** The URL that opens a built-in mission from outside the 实操 tab (its saved run, or a new one). */
export function missionEntryUrl(id: string): string | undefined {
  const mission = MISSION_INDEX.find((m) => m.id === id);
  if (!mission) return undefined;
  const scenario = findLabScenario(mission.scenario);
  return missionUrl(scenario ? scenario.entry : CONSOLE_PAGES.register, id);
}

export const AVAILABLE_CONSOLE_TARGETS: Readonly<Record<string, string>> = MISSION_INDEX.reduce<Record<string, string>>(
  (targets, m) => {
    targets[`mission:${m.id}`] = missionEntryUrl(m.id) as string;
    return targets;
  },
  CONSOLE_ROUTES.reduce<Record<string, string>>((targets, route) => {
    targets[route] = route;
    return targets;
  }, {}),
);

/** The URL to open for a console link target, or undefined while that page or mission is not available yet. */
export function consoleUrlFor(target: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(AVAILABLE_CONSOLE_TARGETS, target)
    ? AVAILABLE_CONSOLE_TARGETS[target]
    : undefined;
}
