/**
 * Which "try it in the console" targets (a lesson's `ConsoleLink.target`) can be opened in this build, and the URL
 * each opens. The console pages and missions are built separately: whoever adds one adds its target here. Targets not
 * listed show "即将开放 Coming soon" instead of navigating.
 *
 * Keys are ConsoleLink targets: a console route such as `/console/register/index`, or `mission:<id>`.
 * Values are the URL to open with navigateTo (a route, optionally with a query).
 */
export const AVAILABLE_CONSOLE_TARGETS: Readonly<Record<string, string>> = {
  '/console/register/index': '/console/register/index',
  '/console/mailbox/index': '/console/mailbox/index',
  '/console/phone/index': '/console/phone/index',
  '/console/login/index': '/console/login/index',
  '/console/home/index': '/console/home/index',
  '/console/basic/index': '/console/basic/index',
  '/console/dev/index': '/console/dev/index',
  '/console/members/index': '/console/members/index',
  '/console/versions/index': '/console/versions/index',
  '/console/filing/index': '/console/filing/index',
  '/console/verify/index': '/console/verify/index',
};

/** The URL to open for a console link target, or undefined while that page or mission is not available yet. */
export function consoleUrlFor(target: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(AVAILABLE_CONSOLE_TARGETS, target)
    ? AVAILABLE_CONSOLE_TARGETS[target]
    : undefined;
}
