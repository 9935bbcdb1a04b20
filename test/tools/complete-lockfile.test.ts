import * as fs from 'fs';
import * as path from 'path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { platformOf, complete } = require('../../tools/complete-lockfile.js') as {
  platformOf: (name: string) => { os: string; cpu: string; libc?: string } | null;
  complete: (lock: { packages: Record<string, Record<string, unknown>> }) => string[];
};

type Lock = { packages: Record<string, { optionalDependencies?: Record<string, string>; os?: string[] }> };

describe('tools/complete-lockfile.js', () => {
  it('reads the platform from a platform package name', () => {
    expect(platformOf('@unrs/resolver-binding-darwin-arm64')).toEqual({ os: 'darwin', cpu: 'arm64' });
    expect(platformOf('@unrs/resolver-binding-linux-arm-musleabihf')).toEqual({
      os: 'linux',
      cpu: 'arm',
      libc: 'musl',
    });
    expect(platformOf('@unrs/resolver-binding-linux-riscv64-gnu')).toEqual({
      os: 'linux',
      cpu: 'riscv64',
      libc: 'glibc',
    });
    expect(platformOf('@unrs/resolver-binding-win32-ia32-msvc')).toEqual({ os: 'win32', cpu: 'ia32' });
    expect(platformOf('napi-postinstall')).toBeNull();
  });

  it('adds missing optional platform entries that npm skips on this machine, and nothing else', () => {
    const lock = {
      packages: {
        '': { name: 'x' },
        'node_modules/unrs-resolver': {
          dev: true,
          optionalDependencies: {
            '@unrs/resolver-binding-darwin-x64': '1.0.0',
            '@unrs/resolver-binding-linux-x64-gnu': '1.0.0',
          },
        },
        'node_modules/@unrs/resolver-binding-linux-x64-gnu': { version: '1.0.0', os: ['linux'], cpu: ['x64'] },
      },
    };
    expect(complete(lock)).toEqual(['@unrs/resolver-binding-darwin-x64@1.0.0']);
    expect(lock.packages['node_modules/@unrs/resolver-binding-darwin-x64' as keyof typeof lock.packages]).toEqual({
      version: '1.0.0',
      cpu: ['x64'],
      dev: true,
      optional: true,
      os: ['darwin'],
    });
    expect(complete(lock)).toEqual([]);
  });

  it('finds nothing missing in the committed lockfile (else `npm ci` would refuse it)', () => {
    const lock = JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', '..', 'package-lock.json'), 'utf8')) as Lock;
    expect(complete(lock as never)).toEqual([]);
  });
});
