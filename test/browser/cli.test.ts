import * as path from 'path';
import { parseArgs } from '../../tools/web/cli';

// `npm start -- --project DIR` previews another mini program, as `npm run devtools:headless -- --project DIR` runs it.
const FOREIGN = path.resolve(__dirname, '../fixtures/foreign-app');

describe('npm start options', () => {
  it('--project takes the mini program root from project.config.json (miniprogramRoot)', () => {
    expect(parseArgs(['--project', FOREIGN]).root).toBe(path.join(FOREIGN, 'miniprogram/'));
    expect(parseArgs([`--project=${path.join(FOREIGN, 'miniprogram')}`]).root).toBe(path.join(FOREIGN, 'miniprogram'));
  });

  it('--project on a folder without a mini program says so in both languages', () => {
    expect(() => parseArgs(['--project', __dirname])).toThrow(/没有找到小程序 \(no app\.json in/);
  });
});
