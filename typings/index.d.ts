/** The app instance's own fields, shared by every page through `getApp<IAppOption>()`. */
interface IAppOption {
  globalData: Record<string, never>;
}
