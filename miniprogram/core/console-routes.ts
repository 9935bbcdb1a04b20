/**
 * The console subpackage's pages, by name: the one list that navigation, the console menus, the lessons' "try it in
 * the console" links and the availability table all read. app.json declares the same pages (tests check both agree).
 */
export const CONSOLE_PAGES = {
  register: '/console/register/index',
  mailbox: '/console/mailbox/index',
  phone: '/console/phone/index',
  login: '/console/login/index',
  home: '/console/home/index',
  basic: '/console/basic/index',
  dev: '/console/dev/index',
  members: '/console/members/index',
  versions: '/console/versions/index',
  filing: '/console/filing/index',
  privacy: '/console/privacy/index',
  verify: '/console/verify/index',
  mission: '/console/mission/index',
  library: '/console/library/index',
  builder: '/console/builder/index',
} as const;

/** Every console page's route, in flow order. */
export const CONSOLE_ROUTES: readonly string[] = Object.values(CONSOLE_PAGES);

/**
 * The classroom's pages (课堂, docs/classroom.md): in the console subpackage too, because they use the missions and
 * the classroom model that live there, but not pages of the simulated console (no toolbar, no lesson links to them).
 * app.json's console subpackage declares CONSOLE_ROUTES and CLASSROOM_ROUTES (tested).
 */
export const CLASSROOM_PAGES = {
  join: '/console/classroom/join/index',
  teach: '/console/classroom/teach/index',
  roster: '/console/classroom/roster/index',
  handin: '/console/classroom/handin/index',
} as const;

export const CLASSROOM_ROUTES: readonly string[] = Object.values(CLASSROOM_PAGES);
