import { spawn } from 'child_process';
import * as http from 'http';
import * as path from 'path';
import { startPreviewServer, parseCliArgs } from '../../tools/web/index';

// The browser preview server (npm start): who may read it, and which project it serves.
const ROOT = path.resolve(__dirname, '..', '..');
const FIXTURE = path.join(ROOT, 'test', 'fixtures', 'headless-app');

/** A GET with the Host header we choose (fetch would not let us). */
function get(port: number, pathname: string, host: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: pathname, headers: { Host: host } }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('preview server and DNS rebinding', () => {
  it('refuses a Host that is not its own address, and serves its own', async () => {
    const server = await startPreviewServer({ port: 0, root: path.join(FIXTURE, 'miniprogram') });
    try {
      const refused = await get(server.port, '/favicon.ico', `evil.example:${server.port}`);
      expect(refused.status).toBe(403);
      expect(refused.body).toContain('refused: Host "evil.example:');
      expect((await get(server.port, '/favicon.ico', `localhost:${server.port + 1}`)).status).toBe(403);
      expect((await get(server.port, '/favicon.ico', `127.0.0.1:${server.port}`)).status).toBe(204);
      expect((await get(server.port, '/favicon.ico', `localhost:${server.port}`)).status).toBe(204);
    } finally {
      await server.close();
    }
  });
});

describe('npm start -- --project DIR', () => {
  it('serves the mini program root of another project', () => {
    expect(parseCliArgs(['--project', FIXTURE])).toEqual({
      port: 8420,
      host: '127.0.0.1',
      project: FIXTURE,
      root: path.join(FIXTURE, 'miniprogram/'),
      help: false,
    });
  });

  it('names the problem when the folder holds no mini program, or when --root is given too', () => {
    expect(() => parseCliArgs(['--project', path.join(ROOT, 'docs')])).toThrow(
      /--project .*docs: 没有找到小程序 \(no app\.json in/,
    );
    expect(() => parseCliArgs(['--project', FIXTURE, '--root', 'miniprogram'])).toThrow('not both');
  });

  it('starts on that project: its pages are what /app.js serves', async () => {
    const child = spawn(
      process.execPath,
      [path.join(ROOT, 'tools', 'web', 'cli.js'), '--project', FIXTURE, '--port', '0'],
      {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (c: Buffer) => {
          out += c.toString();
          const m = out.match(/preview: (http:\/\/\S+)/);
          if (m) resolve(m[1]);
        });
        child.once('exit', (code) => reject(new Error(`npm start exited with ${code}: ${out}`)));
      });
      const app = await (await fetch(`${url}/app.js`)).text();
      expect(app).toContain('pages/home/index');
      expect(app).not.toContain('pages/learn/index');
    } finally {
      child.kill();
    }
  }, 60000);
});
