import type { HomeView, InfoCardView, MenuGroup, World } from '../engine/index';
import { consoleMenu, findInfoCard, homeView, infoCardView } from '../engine/index';
import { CONSOLE_PAGES } from '../../core/console-routes';
import { consoleBehavior } from '../behaviors/console';
import { localize } from '../../core/i18n';
import { toast } from '../../services/dialog';
import { navigateTo, redirectTo } from '../../services/navigation';
import { lessonUrlFor } from './page-utils';
import { HOME_STRINGS } from './strings';
import type { HomeStringKey } from './strings';

interface HomeData {
  s: Record<HomeStringKey, string>;
  home: HomeView | null;
  menu: MenuGroup[];
  card: InfoCardView | null;
}

type HomeMethods = {
  onLoad(query: Record<string, string | undefined>): void;
  onShow(): void;
  renderWorld(world: World): void;
  onOpen(e: WechatMiniprogram.TouchEvent): void;
  open(target: string): void;
  onCloseCard(): void;
  onLogout(): void;
  onLogin(): void;
  onRegister(): void;
};

Component<
  HomeData,
  WechatMiniprogram.Component.PropertyOption,
  HomeMethods,
  [typeof consoleBehavior],
  Record<never, never>,
  true
>({
  behaviors: [consoleBehavior],
  data: { s: localize(HOME_STRINGS, 'zh'), home: null, menu: [], card: null },
  methods: {
    onLoad(query) {
      this.consoleStart(query);
    },
    onShow() {
      this.consoleShow();
    },
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
        const card = findInfoCard(target.slice(5));
        if (card) this.update({ card: infoCardView(card, this.data.lang, lessonUrlFor) });
        return;
      }
      if (target === CONSOLE_PAGES.home) {
        toast(this.data.s.alreadyHere);
        return;
      }
      if (target) navigateTo(target);
    },
    onCloseCard() {
      if (this.data.card) this.update({ card: null });
    },
    onLogout() {
      const result = this.send({ type: 'login.logout' });
      if (result.ok) {
        toast(this.data.s.loggedOut);
        redirectTo(CONSOLE_PAGES.login);
      }
    },
    onLogin() {
      navigateTo(CONSOLE_PAGES.login);
    },
    onRegister() {
      navigateTo('/console/register/index');
    },
  },
});
