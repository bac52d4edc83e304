import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveDataDir } from '../../../src-main/electron/data-dir';

const userData = path.resolve('/home/ada/.config/Factdeck');

describe('resolveDataDir', () => {
  it('uses userData when FACTDECK_DATA_DIR is not set', () => {
    expect(resolveDataDir({}, userData)).toEqual({ dataDir: userData, source: 'userData', ignored: null });
    expect(resolveDataDir({ FACTDECK_DATA_DIR: '  ' }, userData).ignored).toBeNull();
  });

  it('uses an absolute FACTDECK_DATA_DIR, normalised', () => {
    const dir = path.resolve('/tmp/factdeck-test');
    expect(resolveDataDir({ FACTDECK_DATA_DIR: `${dir}/sub/..` }, userData)).toEqual({ dataDir: dir, source: 'env', ignored: null });
  });

  it.each(['relative/dir', './.factdeck-data', '~/factdeck', `${path.sep}tmp\0x`])('ignores %j with a reason', (value) => {
    const choice = resolveDataDir({ FACTDECK_DATA_DIR: value }, userData);
    expect(choice.dataDir).toBe(userData);
    expect(choice.source).toBe('userData');
    expect(choice.ignored).toMatch(/FACTDECK_DATA_DIR/);
  });

  it('follows Windows path rules on Windows', () => {
    expect(resolveDataDir({ FACTDECK_DATA_DIR: 'D:\\Factdeck' }, 'C:\\Users\\ada\\AppData', path.win32).dataDir).toBe('D:\\Factdeck');
    expect(resolveDataDir({ FACTDECK_DATA_DIR: 'Factdeck' }, 'C:\\Users\\ada\\AppData', path.win32).source).toBe('userData');
  });
});
