/**
 * Which "try it in the console" targets (a lesson's `ConsoleLink.target`) can be opened in this build, and the URL
 * each opens: every console page (core/console-routes.ts); missions add their `mission:<id>` targets here when they
 * exist. Targets not listed show "即将开放 Coming soon" instead of navigating.
 *
 * Keys are ConsoleLink targets: a console route such as `/console/register/index`, or `mission:<id>`.
 * Values are the URL to open with navigateTo (a route, optionally with a query).
 */
import { CONSOLE_ROUTES } from './console-routes';

export const AVAILABLE_CONSOLE_TARGETS: Readonly<Record<string, string>> = CONSOLE_ROUTES.reduce<
  Record<string, string>
>((targets, route) => {
  targets[route] = route;
  return targets;
}, {});

/** The URL to open for a console link target, or undefined while that page or mission is not available yet. */
export function consoleUrlFor(target: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(AVAILABLE_CONSOLE_TARGETS, target)
    ? AVAILABLE_CONSOLE_TARGETS[target]
    : undefined;
}
