/// <reference path="../node_modules/miniprogram-api-typings/index.d.ts" />

/** The app instance's own fields, shared by every page through `getApp<IAppOption>()`. */
interface IAppOption {
  globalData: Record<string, never>;
}
