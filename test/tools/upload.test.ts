import { BARE_ENV, runTool } from '../helpers/tools';

const run = (args: string[], env = BARE_ENV) => runTool('upload', args, env);

describe('npm run upload', () => {
  it('without AppID and upload key: stops with a clear message naming both and where to get them, sends nothing', () => {
    const r = run(['--version', '1.2.0', '--desc', '第三次实验课']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('npm run upload needs your own mini program credentials');
    expect(r.stderr).toContain('WECHAT_APPID');
    expect(r.stderr).toContain('WECHAT_UPLOAD_KEY_PATH');
    expect(r.stderr).toContain('开发管理 → 开发设置');
    expect(r.stderr).toContain('测试号');
    expect(r.stderr).toContain('nothing was sent anywhere');
    expect(r.stdout).toBe('');
  });

  it('with an AppID but no key file: names only the key', () => {
    const r = run([], {
      ...BARE_ENV,
      WECHAT_APPID: 'wx0123456789abcdef',
      WECHAT_UPLOAD_KEY_PATH: '/nonexistent/private.key',
    });
    expect(r.status).toBe(2);
    expect(r.stderr).not.toContain('- WECHAT_APPID');
    expect(r.stderr).toContain('No file at /nonexistent/private.key');
  });

  it('checks the version, description and robot before anything else', () => {
    expect(run(['--version', '1.2']).stderr).toContain('the version "1.2" must be three numbers');
    expect(run(['--desc', '']).stderr).toContain('--desc must have 1 to 200 characters');
    expect(run(['--robot', '31']).stderr).toContain('--robot must be a whole number from 1 to 30');
    expect(run(['--bogus']).stderr).toContain('unknown argument --bogus');
    expect(run(['--version']).status).toBe(2);
  });
});
