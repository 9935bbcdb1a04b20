import type { HomeView, MenuGroup, World } from '../engine/index';
import { consoleMenu, homeView } from '../engine/index';
import { CONSOLE_PAGES } from '../../core/console-routes';
import { consolePage } from '../behaviors/console-page';
import { localize } from '../../core/i18n';
import { toast } from '../../services/dialog';
import { navigateTo, redirectTo } from '../../services/navigation';
import { HOME_STRINGS } from './strings';
import type { HomeStringKey } from './strings';

interface HomeData {
  s: Record<HomeStringKey, string>;
  home: HomeView | null;
  menu: MenuGroup[];
}

type HomeMethods = {
  renderWorld(world: World): void;
  onOpen(e: WechatMiniprogram.TouchEvent): void;
  open(target: string): void;
  onLogout(): void;
  onRegister(): void;
};

consolePage<HomeData, HomeMethods>({
  data: { s: localize(HOME_STRINGS, 'zh'), home: null, menu: [] },
  methods: {
    renderWorld(world) {
      const lang = this.data.lang;
      this.updateText(HOME_STRINGS, lang);
      this.update({
        home: homeView(world, lang),
        menu: consoleMenu(world, lang),
      });
    },
    onOpen(e) {
      const target = e.currentTarget.dataset.target;
      if (typeof target === 'string') this.open(target);
    },
    open(target) {
      if (target.indexOf('card:') === 0) {
        this.openInfoCard(target.slice(5));
        return;
      }
      if (target === CONSOLE_PAGES.home) {
        toast(this.data.s.alreadyHere);
        return;
      }
      if (target) navigateTo(target);
    },
    onLogout() {
      const result = this.send({ type: 'login.logout' });
      if (result.ok) {
        toast(this.data.s.loggedOut);
        redirectTo(CONSOLE_PAGES.login);
      }
    },
    onRegister() {
      navigateTo('/console/register/index');
    },
  },
});
