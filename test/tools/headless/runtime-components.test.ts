import { openPage, useFixture, $ } from './fixture';
import type { FixtureSession } from './fixture';
import type Page from 'miniprogram-automator/out/Page';
import type { InputElement, SliderElement, SwitchElement } from 'miniprogram-automator/out/Element';

// Built-in components' native behaviour, custom components, npm components and WXS.
let s: FixtureSession;
let home: Page;

useFixture((session, first) => {
  s = session;
  home = first;
});

const openForm = (): Promise<Page> => openPage(s.mp, '/pages/form/index');

describe('forms', () => {
  it("a form-type submit button submits every named field's value", async () => {
    const form = await openForm();
    await ((await $(form, '#nickname')) as InputElement).input('Ann');
    await ((await $(form, '#bio')) as InputElement).input('hi');
    await ((await $(form, '#agree')) as SwitchElement).tap();
    await ((await $(form, '#level')) as SliderElement).slideTo(4);
    await (await $(form, '#kind-y')).tap();
    await (await $(form, '#fruit')).trigger('change', { value: 1 });
    await (await $(form, '#submit')).tap();
    expect(JSON.parse((await form.data('out')) as string)).toEqual({
      nickname: 'Ann',
      code: '',
      bio: 'hi',
      agree: true,
      level: 4,
      tags: ['b'],
      kind: 'y',
      fruit: 1,
    });
  });

  it('labels forward taps to their checkbox, and the group reports checked values', async () => {
    const form = await openForm();
    await (await $(form, '#tag-a')).tap();
    await (await $(form, '#tag-b')).tap();
    expect(await form.data('events')).toBe('tags=a+b,tags=a');
  });

  it('a tap on the checkbox inside a label toggles it once', async () => {
    const form = await openForm();
    const label = await $(form, '#tag-a');
    const box = await label.$('checkbox');
    if (!box) throw new Error('no checkbox');
    await box.tap();
    expect(await form.data('events')).toBe('tags=a+b');
  });

  it('radio groups select one value', async () => {
    const form = await openForm();
    await (await $(form, '#kind-x')).tap();
    await (await $(form, '#kind-y')).tap();
    await (await $(form, '#kind-y')).tap();
    expect(await form.data('events')).toBe('kind=x,kind=y');
    expect(await (await $(form, '#kind-x')).property('checked')).toBe(false);
  });

  it('reset clears the fields and fires reset', async () => {
    const form = await openForm();
    const nickname = (await $(form, '#nickname')) as InputElement;
    await nickname.input('Ann');
    await (await $(form, '#reset')).tap();
    expect(await nickname.value()).toBe('');
    expect(await form.data('events')).toBe('reset');
  });

  it('model:value binds both ways', async () => {
    const form = await openForm();
    const input = (await $(form, '#model-input')) as InputElement;
    expect(await input.value()).toBe('start');
    await input.input('typed');
    expect(await form.data('modelText')).toBe('typed');
    expect(await (await $(form, '#model-out')).text()).toBe('typed');
    await form.setData({ modelText: 'from data' });
    expect(await input.value()).toBe('from data');
  });

  it('a disabled button still fires bindtap, as on a phone, but does not submit', async () => {
    const form = await openForm();
    await (await $(form, '#off')).tap();
    expect(await form.data('events')).toBe('off-tap');
    expect(await form.data('out')).toBe('');
  });
});

describe('custom and npm components', () => {
  it('pass properties down and events up', async () => {
    const box = await $(home, '#box');
    expect(await (await box.$('.label'))?.text()).toBe('Home');
    await home.setData({ title: 'Renamed' });
    expect(await (await box.$('.label'))?.text()).toBe('Renamed');
  });

  it('an app.json global component resolves through miniprogram_npm and runs its WXS', async () => {
    const badge = await $(home, '#badge');
    expect(await badge.text()).toBe('0');
    await home.setData({ count: 150 });
    expect(await badge.text()).toBe('99+');
  });

  it("external classes reach the component's DOM", async () => {
    const badge = await $(home, '#badge');
    const inner = await badge.$('.fx-badge');
    expect(await inner?.attribute('class')).toBe('custom-class fx-badge');
    expect(await inner?.style('color')).toBe('rgb(0, 128, 0)');
  });
});
