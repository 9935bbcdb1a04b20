/** Page navigation: the only place pages' taps turn into wx routing calls. Failures are swallowed (logged by wx). */

function noop(): void {
  // Navigation failures (e.g. the page stack is full) leave the learner where they are.
}

export function navigateTo(url: string): void {
  wx.navigateTo({ url, fail: noop });
}

/** Replaces the current page (e.g. quiz → result), so "back" skips it. */
export function redirectTo(url: string): void {
  wx.redirectTo({ url, fail: noop });
}

/** Opens a tab page (pages/learn|practice|lab|me/index). */
export function switchTab(url: string): void {
  wx.switchTab({ url, fail: noop });
}

export function navigateBack(delta = 1): void {
  wx.navigateBack({ delta, fail: noop });
}

/** Builds `route?key=value&…` with the values URI-encoded (empty values left out). */
export function urlWithQuery(route: string, query: Readonly<Record<string, string | number | undefined>>): string {
  const parts: string[] = [];
  for (const key of Object.keys(query)) {
    const value = query[key];
    if (value !== undefined && value !== '') parts.push(`${key}=${encodeURIComponent(String(value))}`);
  }
  return parts.length ? `${route}?${parts.join('&')}` : route;
}
