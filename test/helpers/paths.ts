import * as path from 'path';

export const PROJECT_ROOT = path.resolve(__dirname, '..', '..');
export const MINIPROGRAM_ROOT = path.join(PROJECT_ROOT, 'miniprogram');

/**
 * How the mini program runtime resolves a `usingComponents` value: relative paths against the using file,
 * `/…` against the mini program root, and anything else (an npm package path such as `@vant/weapp/button/index`)
 * through `miniprogram_npm/`, which `npm install` builds with miniprogram-ci's packNpm.
 */
export function resolveUsingComponent(fromFile: string, value: string): string {
  if (value.startsWith('/')) return path.join(MINIPROGRAM_ROOT, value);
  if (value.startsWith('.')) return path.join(path.dirname(fromFile), value);
  return path.join(MINIPROGRAM_ROOT, 'miniprogram_npm', value);
}

/** The root-absolute form (`/miniprogram_npm/...`) that miniprogram-simulate resolves against its rootPath. */
export function npmToRootPath(value: string): string {
  return value.startsWith('/') || value.startsWith('.') ? value : `/miniprogram_npm/${value}`;
}
