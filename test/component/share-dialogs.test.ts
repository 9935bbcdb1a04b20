import { initialProgress } from '../../miniprogram/core/progress/model';
import { alert, confirm } from '../../miniprogram/services/dialog';
import { renderPage } from '../helpers/render';
import type { RenderedPage } from '../helpers/render';
import { seedProgress } from '../helpers/quiz';
import { fake } from '../helpers/environment';

let page: RenderedPage | undefined;

type Shareable = { onShareAppMessage(): { title?: string; path?: string } };

describe('share title and dialog buttons follow the learner’s language', () => {
  for (const [lang, title, buttons] of [
    ['zh', '注册实训营：学会注册、完善和发布一个小程序', ['知道了', '确定', '取消']],
    ['en', 'RegLab: learn to register, set up and release a mini program', ['Got it', 'OK', 'Cancel']],
  ] as const) {
    it(`in ${lang}: the share menu's title, and the default buttons of alerts and confirmations`, async () => {
      seedProgress(fake, { ...initialProgress(), lang });
      page = await renderPage('pages/learn/index');
      const share = (page.instance as unknown as Shareable).onShareAppMessage();
      expect(share).toEqual({ title, path: '/pages/learn/index' });
      await alert('t', 'c');
      await confirm({ title: 't', content: 'c' });
      expect(fake.modals.map((m) => [m.confirmText, m.cancelText])).toEqual([
        [buttons[0], undefined],
        [buttons[1], buttons[2]],
      ]);
    });
  }

  it('every console page shares too (the behaviour is on every page)', async () => {
    seedProgress(fake, { ...initialProgress(), lang: 'en' });
    page = await renderPage('console/home/index');
    expect((page.instance as unknown as Shareable).onShareAppMessage().title).toContain('RegLab');
  });
});
