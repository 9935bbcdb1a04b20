import { getWorld } from '../../miniprogram/console/services/session';
import type { World } from '../../miniprogram/console/engine/index';
import { renderPage } from '../helpers/render';
import type { RenderedPage } from '../helpers/render';
import { find, tap, tapVant, text, typeInto } from '../helpers/dom';
import { actAll, startScenario } from '../helpers/console';
import { fake } from '../helpers/environment';

let page: RenderedPage | undefined;

const app = () => getWorld().apps[0];

/** The simulated phone confirms the newest pending scan (what the phone page's 允许 button does). */
function confirmOnPhone(): World {
  const scan = getWorld()
    .phone.scans.filter((s) => s.status === 'pending')
    .pop();
  if (!scan) throw new Error('no scan waits on the phone');
  return actAll([{ type: 'phone.confirmScan', scanId: scan.id }]);
}

describe('members: administrator and project members', () => {
  it('shows the administrator card, the role filters and the places left', async () => {
    startScenario({ scenario: 'ready-to-release' });
    page = await renderPage('console/members/index');
    expect(text(page, '#admin-card')).toContain('管理员');
    expect(text(page, '#admin-card')).toContain(getWorld().learner.wechatId);
    for (const f of ['全部成员 (0)', '运营者 (0)', '开发者 (0)', '数据分析者 (0)']) {
      expect(text(page, '#project-list')).toContain(f);
    }
    expect(text(page, '#project-remaining')).toBe('剩余可添加人数: 15');
    expect(text(page, '#limit-note')).toContain('个人主体：项目成员和体验成员各 15 / 15 人');
    await tap(page, '#admin-modify');
    expect(text(page, '#card', '#info-card')).toContain('更换管理员');
  });

  it('adds a developer by WeChat ID with the roles ticked, after the administrator scans', async () => {
    startScenario({ scenario: 'ready-to-release' });
    page = await renderPage('console/members/index');
    await tapVant(page, '#add-member');
    expect(text(page, '#add-sheet')).toContain('通过微信号找到我');
    expect(text(page, '#add-sheet')).toContain('剩余可添加人数: 15');

    await typeInto(page, '#add-wechat', '小明');
    expect(text(page, '#wechat-error')).toContain('注意不是昵称');
    await typeInto(page, '#add-wechat', 'hidden_xiaoli');
    await tapVant(page, '#add-search');
    expect(text(page, '#wechat-error')).toContain('对方关闭了“通过微信号找到我”');

    await typeInto(page, '#add-wechat', 'dev_xiaoming');
    await tapVant(page, '#add-search');
    expect(text(page, '#add-found')).toBe('已找到：小明（示例）');
    await tapVant(page, '#add-confirm');
    expect(text(page, '#roles-error')).toContain('请至少勾选一个权限');
    expect(text(page, '#role-developer')).toContain('开发模块权限，可使用体验版');
    await tap(page, '#role-developer');
    await tapVant(page, '#add-confirm');
    expect(text(page, '#add-waiting')).toBe('等待管理员扫码确认');
    expect(app().members).toHaveLength(0);
    expect(text(page, '#pending')).toContain('确认添加 小明（示例） 为项目成员');

    await tapVant(page, '#add-phone');
    expect(fake.navigations.pop()?.url).toBe('/console/phone/index');
    confirmOnPhone();
    expect(find(page, '#add-sheet')).toBeUndefined();
    expect(find(page, '#pending')).toBeUndefined();
    expect(text(page, '#member-dev_xiaoming')).toContain('小明（示例）');
    expect(text(page, '#member-dev_xiaoming')).toContain('开发者');
    expect(text(page, '#project-remaining')).toBe('剩余可添加人数: 14');
    expect(app().members).toEqual([
      expect.objectContaining({ wechatId: 'dev_xiaoming', kind: 'project', roles: ['developer'] }),
    ]);
  });

  it('filters by role, edits roles and removes after a confirmation', async () => {
    startScenario({ scenario: 'ready-to-release' });
    actAll([{ type: 'members.add', wechatId: 'dev_xiaoming', kind: 'project', roles: ['developer'] }]);
    confirmOnPhone();
    actAll([{ type: 'members.add', wechatId: 'ops_xiaohong', kind: 'project', roles: ['operator'] }]);
    confirmOnPhone();
    page = await renderPage('console/members/index');
    expect(text(page, '#filter-all')).toBe('全部成员 (2)');
    await tap(page, '#filter-operator');
    expect(find(page, '#member-ops_xiaohong')).toBeDefined();
    expect(find(page, '#member-dev_xiaoming')).toBeUndefined();
    await tap(page, '#filter-all');
    expect(find(page, '#member-dev_xiaoming')).toBeDefined();

    await tap(page, '#edit-dev_xiaoming');
    await tap(page, '#edit-role-developer');
    await tapVant(page, '#roles-save');
    expect(text(page, '#edit-roles-error')).toContain('请至少勾选一个权限');
    await tap(page, '#edit-role-dataAnalyst');
    await tapVant(page, '#roles-save');
    expect(find(page, '#roles-sheet')).toBeUndefined();
    expect(text(page, '#member-dev_xiaoming')).toContain('数据分析者');

    fake.modalAnswers.push(true);
    await tap(page, '#remove-ops_xiaohong');
    expect(fake.modals[0].title).toBe('删除成员？');
    expect(find(page, '#member-ops_xiaohong')).toBeUndefined();
    expect(app().members.map((m) => m.wechatId)).toEqual(['dev_xiaoming']);
  });

  it('says when the project members are full, with 剩余可添加人数 0', async () => {
    startScenario({ scenario: 'members-full' });
    page = await renderPage('console/members/index');
    expect(text(page, '#project-remaining')).toBe('剩余可添加人数: 0');
    await tapVant(page, '#add-member');
    await typeInto(page, '#add-wechat', 'dev_xiaoming');
    await tap(page, '#role-developer');
    await tapVant(page, '#add-confirm');
    expect(text(page, '#wechat-error')).toContain('项目成员已达上限（15 人），剩余可添加人数：0');
  });

  it('lets the learner view the console as a member, where admin-only actions are refused', async () => {
    startScenario({ scenario: 'ready-to-release' });
    actAll([{ type: 'members.add', wechatId: 'dev_xiaoming', kind: 'project', roles: ['developer'] }]);
    confirmOnPhone();
    page = await renderPage('console/members/index');
    await tap(page, '#act-dev_xiaoming');
    expect(text(page, '#acting')).toContain('你正在以 dev_xiaoming 的身份查看控制台');
    await tapVant(page, '#add-member');
    await typeInto(page, '#add-wechat', 'data_laowang');
    await tap(page, '#role-dataAnalyst');
    await tapVant(page, '#add-confirm');
    expect(text(page, '#wechat-error')).toContain('没有“项目成员管理”的权限');
    await tapVant(page, '#add-close');
    await tap(page, '#back-to-admin');
    expect(find(page, '#acting')).toBeUndefined();
  });
});

describe('members: experience members', () => {
  it('adds an experience member without roles, after the scan', async () => {
    startScenario({ scenario: 'ready-to-release' });
    page = await renderPage('console/members/index', { query: { tab: 'experience' } });
    expect(text(page, '#experience-list')).toContain('可使用体验版小程序，但不属于项目成员');
    expect(text(page, '#experience-remaining')).toBe('剩余可添加人数: 15');
    await tapVant(page, '#add-member');
    expect(find(page, '#role-developer')).toBeUndefined();
    await tap(page, '#add-sample', '.sb');
    await tapVant(page, '#add-confirm');
    expect(text(page, '#add-waiting')).toBe('等待管理员扫码确认');
    confirmOnPhone();
    expect(text(page, '#member-tester_amy')).toContain('Amy（示例）');
    expect(text(page, '#experience-remaining')).toBe('剩余可添加人数: 14');
    await tap(page, '#tab-project');
    expect(text(page, '#filter-all')).toBe('全部成员 (0)');
  });
});
