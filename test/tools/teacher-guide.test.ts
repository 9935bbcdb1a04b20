import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const script = path.resolve(__dirname, '..', '..', 'tools', 'teacher-guide.js');
const guide = path.resolve(__dirname, '..', '..', 'docs', 'teacher-guide.md');

function check(file: string) {
  return spawnSync(process.execPath, [script, '--check', '--file', file], { encoding: 'utf8' });
}

describe('docs/teacher-guide.md answer keys', () => {
  it('match the built-in missions reference solutions (npm run teacher-guide writes them)', () => {
    const r = check(guide);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const text = fs.readFileSync(guide, 'utf8');
    expect(text).toContain('#### 从零到上线 · From zero to online (`walkthrough`, par 27)');
  });

  it('the check fails when a step of an answer key differs from the mission', () => {
    const copy = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'guide-')), 'teacher-guide.md');
    fs.writeFileSync(copy, fs.readFileSync(guide, 'utf8').replace('2. `mail.openLink`', '2. `mail.delete`'));
    const r = check(copy);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('the answer keys differ');
  });
});
