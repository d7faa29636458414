import { userInfo } from 'node:os';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/backend';
import { qms } from '../helpers/cli';
import { docxPart } from '../helpers/libreoffice';
import { docxOf } from '../helpers/word';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.cleanup());


describe('qms doc', () => {
  it('imports a .docx as a draft and exports it again, with the audit trail naming the CLI', { timeout: 120_000 }, async () => {
    const db = join(tmp.dir, 'demo.sqlite');
    await qms('demo', '--db', db);
    const input = join(tmp.dir, 'in.docx');
    writeFileSync(input, await docxOf());
    const imported = await qms('doc', 'import', '--db', db, '--in', input, '--number', 'QM-R-900');
    expect(imported).toMatchObject({ code: 0 });
    expect(imported.out).toContain('11 chapters, 32 articles');
    const out = join(tmp.dir, 'out.docx');
    expect(await qms('doc', 'export', '--db', db, '--number', 'QM-R-900', '--out', out)).toMatchObject({ code: 0 });
    const body = await docxPart(readFileSync(out), 'word/document.xml');
    expect(body).toContain('第三十二条');
    const doc = JSON.parse((await qms('call', 'documents.get', '{"number":"QM-R-900"}', '--db', db, '--user', 'zhanghua', '--password', 'Zhanghua@2026')).out);
    const trail = await qms('call', 'audit.history', JSON.stringify({ entity: 'document', entityId: doc.data.id }), '--db', db, '--user', 'zhanghua', '--password', 'Zhanghua@2026');
    expect(JSON.parse(trail.out).data.items).toEqual([expect.objectContaining({ action: 'create', actorId: null, actorName: `qms CLI (${userInfo().username})` })]);
    expect(await qms('verify', '--db', db)).toMatchObject({ code: 0 });
  });

  it('exports the effective revision of a demo regulation in the official style', { timeout: 120_000 }, async () => {
    const db = join(tmp.dir, 'demo.sqlite');
    await qms('demo', '--db', db);
    const out = join(tmp.dir, 'official.docx');
    expect(await qms('doc', 'export', '--db', db, '--number', 'QM-R-001', '--style', 'official', '--out', out)).toMatchObject({ code: 0 });
    expect(await docxPart(readFileSync(out), 'word/styles.xml')).toContain('w:eastAsia="仿宋"');
    const gb = join(tmp.dir, 'gb2312.docx');
    expect(await qms('doc', 'export', '--db', db, '--number', 'QM-R-001', '--style', 'official', '--fonts', 'gb2312', '--out', gb)).toMatchObject({ code: 0 });
    expect(await docxPart(readFileSync(gb), 'word/styles.xml')).toContain('仿宋_GB2312');
  });

  it('explains what is missing or wrong', async () => {
    const db = join(tmp.dir, 'demo.sqlite');
    await qms('demo', '--db', db);
    expect((await qms('doc', 'export', '--db', db, '--number', 'QM-X-404', '--out', join(tmp.dir, 'x.docx'))).code).toBe(1);
    expect((await qms('doc', 'export', '--db', db)).code).toBe(2);
    const notWord = join(tmp.dir, 'notes.docx');
    writeFileSync(notWord, 'plain text');
    const r = await qms('doc', 'import', '--db', db, '--in', notWord);
    expect(r.code).toBe(1);
    expect(r.err).toContain('not a valid Word document');
  });
});

describe('file-level commands name the operating-system user in the trail', () => {
  it('qms backup records a trail entry as "qms CLI (<OS user>)"', async () => {
    const t2 = tempDir();
    try {
      const db = join(t2.dir, 'q.sqlite');
      await qms('init', '--db', db, '--admin', 'zhanghua', '--password', 'Zhanghua@2026');
      expect(await qms('backup', '--db', db, '--out', join(t2.dir, 'b.sqlite'))).toMatchObject({ code: 0 });
      const log = await qms('call', 'audit.list', '{"action":"backup"}', '--db', db, '--user', 'zhanghua', '--password', 'Zhanghua@2026');
      expect(JSON.parse(log.out).data.items).toEqual([
        expect.objectContaining({ actorId: null, actorName: `qms CLI (${userInfo().username})`, after: expect.objectContaining({ osUser: userInfo().username }) }),
      ]);
      expect(await qms('verify', '--db', db)).toMatchObject({ code: 0 });
    } finally {
      t2.cleanup();
    }
  });
});
