import { installPrivacyHandler } from './services/privacy';

App<IAppOption>({
  globalData: {},
  onLaunch() {
    // `__usePrivacyCheck__`: WeChat asks before the first privacy-relevant call (docs/privacy.md).
    installPrivacyHandler();
  },
});
