import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import automator from 'miniprogram-automator';
import type MiniProgram from 'miniprogram-automator/out/MiniProgram';
import type Page from 'miniprogram-automator/out/Page';
import { startServer, createChat } from '../../../tools/headless/index';
import type { HeadlessServer, Chat } from '../../../tools/headless/index';
import { parseArgs } from '../../../tools/headless/cli';

// The simulated class chat between several endpoints: files sent and picked, share cards opened as launches, and a
// QR code drawn by one app, put on the projector and scanned by another — all through the official client.

const CHAT_APP = path.resolve(__dirname, '../../fixtures/chat-app');

interface Phone {
  server: HeadlessServer;
  mp: MiniProgram;
  exceptions: string[];
}

let chat: Chat;
let teacher: Phone;
let students: Phone[];

/** The fixture draws its QR codes with qrcode-generator, vendored into it as `npm run build:npm` does for the app. */
function vendorQrcode() {
  const dir = path.join(CHAT_APP, 'miniprogram/vendor');
  fs.mkdirSync(dir, { recursive: true });
  const pkg = path.resolve(__dirname, '../../../node_modules/qrcode-generator/dist/qrcode.js');
  fs.copyFileSync(pkg, path.join(dir, 'qrcode-generator.js'));
}

async function phone(name: string): Promise<Phone> {
  const server = await startServer({ port: 0, quiet: !process.env.DBG, project: CHAT_APP, chat, name });
  const mp = await automator.connect({ wsEndpoint: server.wsEndpoint });
  const exceptions: string[] = [];
  mp.on('exception', (e: { message: string }) => exceptions.push(e.message));
  return { server, mp, exceptions };
}

async function home(p: Phone, name: string): Promise<Page> {
  await p.mp.callWxMethod('reLaunch', { url: '/pages/home/index' });
  const page = (await p.mp.currentPage()) as Page;
  await page.setData({ name, status: '', picked: [] });
  return page;
}

async function text(page: Page, selector: string): Promise<string> {
  const el = await page.$(selector);
  if (!el) throw new Error(`${selector} not found on ${page.path}`);
  return el.text();
}

async function tap(page: Page, selector: string): Promise<void> {
  const el = await page.$(selector);
  if (!el) throw new Error(`${selector} not found on ${page.path}`);
  await el.tap();
}

beforeAll(async () => {
  vendorQrcode();
  chat = createChat();
  teacher = await phone('teacher');
  students = [await phone('student-1'), await phone('student-2')];
}, 120000);

afterAll(async () => {
  for (const p of [teacher, ...students]) {
    p.mp.disconnect();
    await p.server.close();
  }
});

afterEach(() => {
  for (const p of [teacher, ...students]) expect(p.exceptions.splice(0)).toEqual([]);
});

describe('wx.getFileSystemManager', () => {
  it('writes and reads USER_DATA_PATH files, sync and async, as text and as an ArrayBuffer', async () => {
    const out = await teacher.mp.evaluate(async () => {
      const fs = wx.getFileSystemManager();
      const dir = `${wx.env.USER_DATA_PATH}/fs-test`;
      try {
        fs.rmdirSync(dir, true);
      } catch {
        // first run
      }
      fs.mkdirSync(`${dir}/a/b`, true);
      fs.writeFileSync(`${dir}/a/b/t.txt`, '班级 3A', 'utf8');
      const bytes = new Uint8Array(fs.readFileSync(`${dir}/a/b/t.txt`) as ArrayBuffer);
      fs.writeFileSync(`${dir}/bin`, new Uint8Array([0, 255, 7]).buffer);
      const asyncRead = await new Promise<string>((resolve, reject) =>
        fs.readFile({
          filePath: `${dir}/a/b/t.txt`,
          encoding: 'utf8',
          success: (r) => resolve(r.data as string),
          fail: reject,
        }),
      );
      await new Promise((resolve, reject) =>
        fs.writeFile({ filePath: `${dir}/async.txt`, data: 'x', encoding: 'utf8', success: resolve, fail: reject }),
      );
      const stat = fs.statSync(`${dir}/a/b/t.txt`) as WechatMiniprogram.Stats;
      return {
        text: fs.readFileSync(`${dir}/a/b/t.txt`, 'utf8'),
        bytes: Array.from(bytes),
        bin: Array.from(new Uint8Array(fs.readFileSync(`${dir}/bin`) as ArrayBuffer)),
        hex: fs.readFileSync(`${dir}/bin`, 'hex'),
        asyncRead,
        size: stat.size,
        isFile: stat.isFile(),
        dirIsDir: (fs.statSync(`${dir}/a`) as WechatMiniprogram.Stats).isDirectory(),
        list: fs.readdirSync(dir).sort(),
      };
    });
    expect(out).toEqual({
      text: '班级 3A',
      bytes: [231, 143, 173, 231, 186, 167, 32, 51, 65],
      bin: [0, 255, 7],
      hex: '00ff07',
      asyncRead: '班级 3A',
      size: 9,
      isFile: true,
      dirIsDir: true,
      list: ['a', 'async.txt', 'bin'],
    });
  });

  it("fails with WeChat's messages: missing files and folders, a temp path written, a folder unlinked", async () => {
    const out = await teacher.mp.evaluate(async () => {
      const fs = wx.getFileSystemManager();
      const u = wx.env.USER_DATA_PATH;
      const caught = (fn: () => unknown) => {
        try {
          fn();
          return 'no error';
        } catch (err) {
          return (err as Error).message;
        }
      };
      try {
        fs.mkdirSync(`${u}/dir`);
      } catch {
        // exists from an earlier run
      }
      const asyncFail = await new Promise((resolve) =>
        fs.access({ path: `${u}/nope`, success: () => resolve('ok'), fail: (e) => resolve(e.errMsg) }),
      );
      return [
        caught(() => fs.readFileSync(`${u}/nope.txt`, 'utf8')),
        caught(() => fs.accessSync(`${u}/nope.txt`)),
        caught(() => fs.writeFileSync(`${u}/no/dir/x.txt`, 'x', 'utf8')),
        caught(() => fs.writeFileSync('http://tmp/x.txt', 'x', 'utf8')),
        caught(() => fs.mkdirSync(`${u}/p/q`)),
        caught(() => fs.unlinkSync(`${u}/dir`)),
        caught(() => fs.statSync(`${u}/nope`)),
        asyncFail,
      ];
    });
    expect(out).toEqual([
      'readFileSync:fail no such file or directory, open http://usr/nope.txt',
      'accessSync:fail no such file or directory http://usr/nope.txt',
      'writeFileSync:fail no such file or directory, open http://usr/no/dir/x.txt',
      'writeFileSync:fail permission denied, open http://tmp/x.txt',
      'mkdirSync:fail no such file or directory http://usr/p/q',
      'unlinkSync:fail operation not permitted, unlink http://usr/dir',
      'statSync:fail no such file or directory http://usr/nope',
      'access:fail no such file or directory http://usr/nope',
    ]);
  });

  it('keeps each app its own files, and keeps them across App.exit', async () => {
    await teacher.mp.evaluate(() =>
      wx.getFileSystemManager().writeFileSync(`${wx.env.USER_DATA_PATH}/mine.txt`, 'teacher', 'utf8'),
    );
    const other = await students[0].mp.evaluate(() => {
      try {
        wx.getFileSystemManager().accessSync(`${wx.env.USER_DATA_PATH}/mine.txt`);
        return 'visible';
      } catch {
        return 'absent';
      }
    });
    expect(other).toBe('absent');
    await teacher.server.holder.exit(); // what the client's close() asks for (App.exit)
    expect(
      await teacher.mp.evaluate(() =>
        wx.getFileSystemManager().readFileSync(`${wx.env.USER_DATA_PATH}/mine.txt`, 'utf8'),
      ),
    ).toBe('teacher');
  });
});

describe('files through the chat', () => {
  it('a file one app shares is picked by another: newest first, readable through its own file system', async () => {
    const before = chat.files().length;
    for (const [i, s] of students.entries()) {
      const page = await home(s, `s${i + 1}`);
      await tap(page, '#send');
      expect(await text(page, '#status')).toBe('sent');
    }
    const sent = chat.files().slice(before);
    expect(sent.map((m) => [m.from, m.name, m.bytes?.toString('utf8')])).toEqual([
      ['student-1', 's1.json', '{"student":"s1","score":3}'],
      ['student-2', 's2.json', '{"student":"s2","score":3}'],
    ]);

    const page = await home(teacher, 'teacher');
    await tap(page, '#pick');
    expect(await text(page, '#status')).toBe(`picked ${before + 2}`);
    const shown = await page.$$('.picked');
    expect(await shown[0].text()).toBe('s2.json: {"student":"s2","score":3}');
    expect(await shown[1].text()).toBe('s1.json: {"student":"s1","score":3}');
    const picked = (await page.data('picked')) as { path: string; size: number; type: string }[];
    expect(picked[0]).toMatchObject({ size: 26, type: 'file' });
    expect(picked[0].path).toMatch(/^http:\/\/tmp\/.+\.json$/);
  });

  it('picks what the test selects, honours count and extension, and answers a cancelled pick with fail cancel', async () => {
    const page = await home(teacher, 'teacher');
    chat.select(teacher.server, ['s1.json']);
    await tap(page, '#pick');
    expect(await text(page, '#status')).toBe('picked 1');
    expect(await text(page, '.picked')).toBe('s1.json: {"student":"s1","score":3}');

    chat.select(teacher.server, 'cancel');
    await tap(page, '#pick');
    expect(await text(page, '#status')).toBe('chooseMessageFile:fail cancel');

    const picks = await teacher.mp.evaluate(async () => {
      const pick = (o: Record<string, unknown>) =>
        new Promise((resolve) =>
          wx.chooseMessageFile({
            ...(o as unknown as WechatMiniprogram.ChooseMessageFileOption),
            success: (r) => resolve(r.tempFiles.map((f) => f.name)),
            fail: (e) => resolve(e.errMsg),
          }),
        );
      return [
        await pick({ count: 1, type: 'file' }),
        await pick({ count: 5, type: 'file', extension: ['csv'] }),
        await pick({ count: 101 }),
      ];
    });
    expect(picks).toEqual([
      ['s2.json'],
      'chooseMessageFile:fail cancel',
      'chooseMessageFile:fail parameter error: parameter.count should be an integer from 1 to 100',
    ]);
  });

  it('refuses to share a file that does not exist', async () => {
    const errMsg = await students[0].mp.evaluate(
      () =>
        new Promise((resolve) =>
          wx.shareFileMessage({
            filePath: `${wx.env.USER_DATA_PATH}/gone.json`,
            success: () => resolve('ok'),
            fail: (e) => resolve(e.errMsg),
          }),
        ),
    );
    expect(errMsg).toBe('shareFileMessage:fail no such file or directory, open http://usr/gone.json');
  });
});

describe('share cards', () => {
  it('captures the card of a share button and opens it in another app as a cold launch from a group (1044)', async () => {
    const page = await home(teacher, 'teacher');
    await page.setData({ code: 'B7' });
    await tap(page, '#share');
    const card = chat.cards().pop();
    expect(card).toMatchObject({
      from: 'teacher',
      title: 'Assignment B7',
      path: '/pages/open/index?assignment=B7&from=button',
      via: 'button',
    });

    const s = students[0];
    await chat.openCard(s.server, card!, { scene: 1044 });
    const opened = (await s.mp.currentPage()) as Page;
    expect(opened.path).toBe('pages/open/index');
    expect(await text(opened, '#assignment')).toBe('B7');
    expect(await text(opened, '#scene')).toBe('1044');
    expect(await text(opened, '#launch-scene')).toBe('1044');
    expect(await text(opened, '#ticket')).toMatch(/^headless-ticket-/);
    const launch = (await s.mp.evaluate(() => getApp().globalData.launch)) as {
      scene: number;
      query: unknown;
      path: string;
    };
    expect(launch).toMatchObject({
      scene: 1044,
      path: 'pages/open/index',
      query: { assignment: 'B7', from: 'button' },
    });
  });

  it('opens a card in a running app (warm): onHide, onShow with the card, the launch options unchanged', async () => {
    const s = students[1];
    await home(s, 's2');
    const launchScene = await s.mp.evaluate(() => wx.getLaunchOptionsSync().scene);
    const card = chat.cards().pop()!;
    await chat.openCard(s.server, card, { scene: 1007, warm: true });
    const opened = (await s.mp.currentPage()) as Page;
    expect(await text(opened, '#scene')).toBe('1007');
    expect(await text(opened, '#ticket')).toBe('');
    expect(await text(opened, '#launch-scene')).toBe(String(launchScene));
    const app = (await s.mp.evaluate(() => getApp().globalData)) as { hides: number; shows: { scene: number }[] };
    expect(app.hides).toBe(1);
    expect(app.shows[app.shows.length - 1].scene).toBe(1007);
  });

  it('the menu 转发 shares with the same handler, and is refused where sharing is hidden or not offered', async () => {
    await home(teacher, 'teacher');
    const card = await chat.forward(teacher.server);
    expect(card).toMatchObject({ title: 'Assignment A1', path: '/pages/open/index?assignment=A1&from=menu' });
    expect(chat.cards().pop()).toMatchObject({ via: 'menu', path: card.path });

    const count = chat.cards().length;
    await teacher.mp.callWxMethod('reLaunch', { url: '/pages/plain/index?hide=1&handler=1' });
    await expect(chat.forward(teacher.server)).rejects.toThrow('called wx.hideShareMenu()');
    const hidden = (await teacher.mp.currentPage()) as Page;
    await tap(hidden, '#share');
    expect(chat.cards().pop()).toMatchObject({ title: 'plain', path: '/pages/plain/index', via: 'button' });

    await teacher.mp.callWxMethod('reLaunch', { url: '/pages/plain/index' });
    await expect(chat.forward(teacher.server)).rejects.toThrow('has no onShareAppMessage');
    expect(chat.cards().length).toBe(count + 1);
  });

  it("reports what the card's page throws while the relaunched app opens it, to the connected client", async () => {
    const s = students[0];
    await chat.openCard(s.server, { path: '/pages/open/index?boom=1' }, { scene: 1008 });
    expect(s.exceptions.splice(0)).toEqual(['the card led to a broken page']);
    expect(await s.mp.evaluate(() => wx.getEnterOptionsSync().scene)).toBe(1008);
  });

  it('refuses a scene a card cannot open with', async () => {
    await expect(chat.openCard(students[0].server, chat.cards()[0], { scene: 1011 })).rejects.toThrow('not 1011');
  });
});

describe('QR codes on the projector', () => {
  it('decodes the QR code an app drew, and the next scan of another app reads it', async () => {
    const page = await home(teacher, 'teacher');
    const content = 'reglab:assignment:eyJjIjoiM0EiLCJtIjpbImEiLCJiIl19';
    await page.callMethod('drawQr', content);
    expect(await chat.project(teacher.server, '#qr')).toBe(content);
    expect(chat.projector()).toMatchObject({ text: content, from: 'teacher' });

    for (const s of students) {
      const sp = await home(s, 's');
      await tap(sp, '#scan');
      expect(await text(sp, '#status')).toBe(`scanned QR_CODE ${content}`);
      // Each phone reads a projected code once; scanning on (a teacher collecting codes) ends with a cancel.
      await tap(sp, '#scan');
      expect(await text(sp, '#status')).toBe('scanCode:fail cancel');
    }
    await page.callMethod('drawQr', 'second code');
    await chat.project(teacher.server, '#qr');
    const again = await home(students[0], 's');
    await tap(again, '#scan');
    expect(await text(again, '#status')).toBe('scanned QR_CODE second code');
    // A phone does not scan its own screen.
    await tap(page, '#scan');
    expect(await text(page, '#status')).toBe('scanCode:fail cancel');
  });

  it('a mocked scanCode still wins, and a canvas with no QR code is refused', async () => {
    const sp = await home(students[0], 's');
    await students[0].mp.mockWxMethod('scanCode', { result: 'mocked', scanType: 'QR_CODE', charSet: 'UTF-8' });
    await tap(sp, '#scan');
    expect(await text(sp, '#status')).toBe('scanned QR_CODE mocked');
    await students[0].mp.restoreWxMethod('scanCode');

    await students[0].mp.evaluate(
      () =>
        new Promise<void>((resolve) =>
          wx
            .createSelectorQuery()
            .select('#qr')
            .fields({ node: true, size: true })
            .exec((res) => {
              const ctx = res[0].node.getContext('2d');
              ctx.fillStyle = '#000';
              ctx.fillRect(10, 10, 50, 50);
              resolve();
            }),
        ),
    );
    await expect(chat.project(students[0].server, '#qr')).rejects.toThrow('no QR code could be read');
    await expect(chat.project(students[0].server, '#status')).rejects.toThrow(
      'is not a <canvas type="2d"> with a drawing',
    );
  });
});

describe('a chat kept in a folder (endpoints in separate processes)', () => {
  it('shares messages and the projector between chat objects over the same folder', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'headless-chat-'));
    try {
      const a = createChat({ dir });
      const b = createChat({ dir });
      a.join('teacher').shareFile({ name: 'r.json', bytes: new TextEncoder().encode('{"x":1}') });
      const picker = b.join('student');
      const picked = picker.pickFiles({ count: 10, type: 'file', extension: ['json'] });
      expect(picked && picked.map((f) => [f.name, new TextDecoder().decode(f.bytes)])).toEqual([['r.json', '{"x":1}']]);
      expect(b.messages().map((m) => m.from)).toEqual(['teacher']);
      expect(picker.scan()).toBeNull();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the command line takes --chat and --name', () => {
    const opts = parseArgs(['--chat', 'class-chat', '--name', 'teacher', '--port', '0']);
    expect(opts.chat).toBe(path.resolve('class-chat'));
    expect(opts.name).toBe('teacher');
    expect(() => parseArgs(['--name', ''])).toThrow('--name must not be empty');
  });
});
