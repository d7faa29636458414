import { describe, expect, it } from 'vitest';
import { openTestBackend } from '../helpers/backend';

describe('durable commits', () => {
  it('syncs the write-ahead log on every commit (synchronous=FULL in WAL), so an acknowledged signature survives a power cut', async () => {
    const t = openTestBackend();
    try {
      const { sqlite } = t.backend.store;
      expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(sqlite.pragma('synchronous', { simple: true })).toBe(2); // FULL
      if (process.platform === 'darwin') expect(sqlite.pragma('fullfsync', { simple: true })).toBe(1);
    } finally {
      await t.close();
    }
  });
});
