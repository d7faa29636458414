import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { templateContent } from '../../shared/templates/catalog';
import { tempDir } from '../helpers/backend';
import { qms } from '../helpers/cli';
import { docxPart } from '../helpers/libreoffice';
import { docxOf, META } from '../helpers/word';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.cleanup());

const call = async (db: string, method: string, input: unknown) =>
  JSON.parse((await qms('call', method, JSON.stringify(input), '--db', db, '--user', 'zhanghua', '--password', 'Zhanghua@2026')).out).data;

describe('qms doc: Word options', () => {
  it('imports with --type, or reads the type from the title', async () => {
    const db = join(tmp.dir, 'demo.sqlite');
    await qms('demo', '--db', db);
    const manual = join(tmp.dir, 'manual.docx');
    writeFileSync(manual, await docxOf(templateContent('quality-manual', 'zh-CN'), 'zh-CN', 'standard', { ...META, title: '服务质量手册' }));
    expect(await qms('doc', 'import', '--db', db, '--in', manual, '--number', 'QM-M-900')).toMatchObject({ code: 0 });
    expect(await call(db, 'documents.get', { number: 'QM-M-900' })).toMatchObject({ title: '服务质量手册', type: 'manual' });
    const procedure = join(tmp.dir, 'p.docx');
    writeFileSync(procedure, await docxOf(undefined, 'zh-CN', 'standard', { ...META, title: '不合格品控制程序' }));
    expect(await qms('doc', 'import', '--db', db, '--in', procedure, '--number', 'QM-P-900')).toMatchObject({ code: 0 });
    expect(await call(db, 'documents.get', { number: 'QM-P-900' })).toMatchObject({ type: 'procedure' });
    expect(await qms('doc', 'import', '--db', db, '--in', procedure, '--number', 'QM-F-900', '--type', 'form')).toMatchObject({ code: 0 });
    expect(await call(db, 'documents.get', { number: 'QM-F-900' })).toMatchObject({ type: 'form' });
    expect((await qms('doc', 'import', '--db', db, '--in', procedure, '--type', 'poem')).code).toBe(2);
  }, 120_000);

  it('exports an uncontrolled or a numbered controlled copy, and says English has no official style', async () => {
    const db = join(tmp.dir, 'demo.sqlite');
    await qms('demo', '--db', db);
    const out = join(tmp.dir, 'copy.docx');
    expect(await qms('doc', 'export', '--db', db, '--number', 'QM-R-001', '--copy', '015', '--out', out)).toMatchObject({ code: 0 });
    expect(await docxPart(readFileSync(out), 'word/document.xml')).toContain('受控状态：受控\u3000发放号：015');
    const regulation = await call(db, 'documents.get', { number: 'QM-R-001' });
    const revisions = await call(db, 'revisions.list', { documentId: regulation.id });
    const effective = revisions.find((r: { status: string }) => r.status === 'effective');
    const trail = await call(db, 'audit.history', { entity: 'revision', entityId: effective.id });
    expect(trail.items).toEqual(expect.arrayContaining([expect.objectContaining({ action: 'distribute', actorName: expect.stringMatching(/^qms CLI \(.+\)$/) })]));
    expect(await qms('doc', 'export', '--db', db, '--number', 'QM-R-001', '--uncontrolled', '--out', out)).toMatchObject({ code: 0 });
    expect(await docxPart(readFileSync(out), 'word/document.xml')).toContain('受控状态：非受控');
    const help = await qms('--help');
    expect(help.out).toContain('English ones have no official style');
    const english = await call(db, 'documents.create', { title: 'Complaint handling', type: 'procedure', language: 'en' });
    await call(db, 'revisions.startDraft', { documentId: english.id });
    const r = await qms('doc', 'export', '--db', db, '--number', english.number, '--style', 'official', '--out', out, '--lang', 'en');
    expect(r.code).toBe(1);
    expect(r.err).toContain('English documents have no official style');
  }, 120_000);
});
