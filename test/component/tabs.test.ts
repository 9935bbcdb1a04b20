import * as fs from 'fs';
import * as path from 'path';
import { renderPage, settle, textOf } from '../helpers/render';
import { MINIPROGRAM_ROOT } from '../helpers/paths';

interface AppJson {
  tabBar: { list: { pagePath: string; text: string }[] };
}

const appJson = JSON.parse(fs.readFileSync(path.join(MINIPROGRAM_ROOT, 'app.json'), 'utf8')) as AppJson;

describe('tab bar', () => {
  it('has the four tabs 学习 / 练习 / 实操 / 我的 in that order', () => {
    expect(appJson.tabBar.list.map((t) => t.text)).toEqual(['学习', '练习', '实操', '我的']);
  });

  it.each(appJson.tabBar.list.map((t) => [t.text, t.pagePath]))(
    'renders the %s tab (%s) with vant components and its title',
    async (text, pagePath) => {
      const page = await renderPage(pagePath);
      const dom = page.dom as Element;
      // The header names the tab, and at least one vant component rendered inside the page.
      expect(textOf(page.querySelector('.rl-title'))).toBe(text);
      expect(dom.innerHTML).toMatch(/van-(cell|button|tag)/);
      page.detach();
    },
  );
});

describe('实操 tab', () => {
  it('shows the simulation badge and opens the explanation when the vant button is tapped', async () => {
    const page = await renderPage('pages/lab/index');
    const dom = page.dom as Element;
    expect(textOf(dom)).toContain('模拟环境 · 请勿填写真实信息');
    expect(page.querySelector('#intro')).toBeUndefined();

    const button = page.querySelector('#toggle-intro');
    expect(button).toBeTruthy();
    // vant's button renders a native <button> inside; tapping it fires the component's click event.
    const native = button!.querySelector('.van-button');
    expect(native).toBeTruthy();
    native!.dispatchEvent('tap');
    await settle();

    expect(textOf(page.querySelector('#intro'))).toContain('所有数据只保存在本机');
    expect(textOf(button)).toContain('收起说明');

    native!.dispatchEvent('tap');
    await settle();
    expect(page.querySelector('#intro')).toBeUndefined();
    page.detach();
  });
});
