import {
  createVersionedStore,
  forgetLoadedProgress,
  get,
  listKeys,
  readProgress,
  remove,
  set,
  takeStorageNotice,
  updateProgress,
} from '../../../miniprogram/services/storage';
import { setLang } from '../../../miniprogram/core/progress/actions';
import { PROGRESS_KEY, PROGRESS_VERSION } from '../../../miniprogram/core/progress/model';

/** The four wx storage calls the service uses, over a Map, with a switch to make writes fail. */
function installFakeWx() {
  const data = new Map<string, unknown>();
  const state = { full: false };
  const fake = {
    getStorageSync: (key: string) => (data.has(key) ? data.get(key) : ''),
    setStorageSync: (key: string, value: unknown) => {
      if (state.full) throw new Error('setStorageSync:fail exceed storage max size');
      data.set(key, value);
    },
    removeStorageSync: (key: string) => {
      data.delete(key);
    },
    getStorageInfoSync: () => ({ keys: Array.from(data.keys()), currentSize: 0, limitSize: 10240 }),
  };
  (globalThis as unknown as { wx: typeof fake }).wx = fake;
  return { data, state };
}

describe('storage service (wx)', () => {
  beforeEach(() => forgetLoadedProgress());

  it('get/set/remove/listKeys go through wx storage and never throw', () => {
    const { data, state } = installFakeWx();
    expect(get('missing')).toBe('');
    expect(set('a', 'x')).toBe(true);
    expect(get('a')).toBe('x');
    expect(listKeys()).toEqual(['a']);
    remove('a');
    expect(data.has('a')).toBe(false);
    state.full = true;
    expect(set('b', 'y')).toBe(false);
  });

  it('createVersionedStore saves an envelope and loads it back', () => {
    const { data } = installFakeWx();
    const store = createVersionedStore<{ n: number }>({
      key: 'console.world',
      version: 1,
      validate: (v: unknown): v is { n: number } =>
        typeof v === 'object' && v !== null && typeof (v as { n?: unknown }).n === 'number',
      initial: () => ({ n: 0 }),
    });
    expect(store.load().value).toEqual({ n: 0 });
    store.save({ n: 3 });
    expect(JSON.parse(data.get('console.world') as string)).toEqual({ schema: 1, data: { n: 3 } });
    expect(store.load()).toEqual({ value: { n: 3 } });
  });

  it('loads progress once, saves updates, and after a "restart" finds them again', () => {
    const { data } = installFakeWx();
    expect(readProgress().lang).toBe('zh');
    expect(takeStorageNotice()).toBeUndefined();
    updateProgress((p) => setLang(p, 'en'));
    expect(JSON.parse(data.get(PROGRESS_KEY) as string).schema).toBe(PROGRESS_VERSION);
    forgetLoadedProgress();
    expect(readProgress().lang).toBe('en');
  });

  it('hands the corrupt-progress notice to the first page that asks, with the data backed up', () => {
    const { data } = installFakeWx();
    data.set(PROGRESS_KEY, '%%% not json');
    expect(readProgress().lang).toBe('zh');
    const notice = takeStorageNotice();
    expect(notice?.problem).toBe('unparsable');
    expect(notice?.backupKey).toMatch(/^reglab\.progress\.backup\.\d+$/);
    expect(data.get(notice?.backupKey ?? '')).toBe('%%% not json');
    expect(takeStorageNotice()).toBeUndefined();
  });
});
