import { BARE_ENV, runTool } from '../helpers/tools';

describe('npm run preview without credentials', () => {
  it('stops with a clear message naming what is missing and where to get it', () => {
    const run = runTool('preview');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('WECHAT_APPID');
    expect(run.stderr).toContain('WECHAT_UPLOAD_KEY_PATH');
    expect(run.stderr).toContain('开发管理 → 开发设置');
    expect(run.stderr).toContain('测试号');
    expect(run.stderr).toContain('nothing was sent anywhere');
  });

  it('names only the key when the AppID is given but the key file does not exist', () => {
    const run = runTool('preview', [], {
      ...BARE_ENV,
      WECHAT_APPID: 'wx0123456789abcdef',
      WECHAT_UPLOAD_KEY_PATH: '/nonexistent/private.key',
    });
    expect(run.status).toBe(2);
    expect(run.stderr).not.toContain('- WECHAT_APPID');
    expect(run.stderr).toContain('No file at /nonexistent/private.key');
  });
});
