import * as fs from 'fs';
import * as path from 'path';
import { installPrivacyHandler } from '../../miniprogram/services/privacy';
import { useClassroomWx } from '../helpers/classroom';
import { find, must, tap, tapCell, tapVant, text } from '../helpers/dom';
import { fake } from '../helpers/environment';
import { MINIPROGRAM_ROOT } from '../helpers/paths';
import { renderPage, settle } from '../helpers/render';

jest.setTimeout(30000);

const device = useClassroomWx();

describe('the classroom entry', () => {
  it('is reachable from 我的 and from 实操, and leads a teacher to a new assignment', async () => {
    const me = await renderPage('pages/me/index');
    await tapCell(me, '#classroom');
    expect(fake.navigations.pop()).toEqual({ kind: 'navigateTo', url: '/console/classroom/join/index' });
    const lab = await renderPage('pages/lab/index');
    await tapVant(lab, '#classroom');
    expect(fake.navigations.pop()).toEqual({ kind: 'navigateTo', url: '/console/classroom/join/index' });
    const entry = await renderPage('console/classroom/join/index');
    expect(text(entry, '#join-code')).toContain('作业码');
    await tapVant(entry, '#teacher-new');
    expect(fake.navigations.pop()).toEqual({ kind: 'navigateTo', url: '/console/classroom/teach/index' });
  });
});

describe('privacy check', () => {
  it('app.json turns the check on', () => {
    const app = JSON.parse(fs.readFileSync(path.join(MINIPROGRAM_ROOT, 'app.json'), 'utf8')) as Record<string, unknown>;
    expect(app.__usePrivacyCheck__).toBe(true);
  });

  it('a held privacy call shows the notice; agreeing lets it go on, declining makes it fail', async () => {
    installPrivacyHandler();
    const page = await renderPage('console/classroom/join/index');
    expect(find(page, '#privacy', '#agree-btn')).toBeUndefined();
    const answers: unknown[] = [];
    device().privacyListener?.((r) => answers.push(r), { referrer: 'scanCode' });
    await settle();
    expect(text(page, '#privacy')).toContain('只有你自己选择分享的聊天才会收到');
    must(page, '#privacy', '#agree-btn').dispatchEvent('agreeprivacyauthorization');
    await settle();
    expect(answers).toEqual([{ buttonId: 'agree-btn', event: 'agree' }]);
    expect(find(page, '#privacy', '#agree-btn')).toBeUndefined();
    device().privacyListener?.((r) => answers.push(r), { referrer: 'chooseMessageFile' });
    await settle();
    await tap(page, '#privacy', '#privacy-decline');
    expect(answers[1]).toEqual({ event: 'disagree' });
  });
});
