import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/qms';
import { client, openTestBackend, PASSWORD, tempDir, withAllRoles } from '../helpers/backend';
import { qms } from '../helpers/cli';
import { fileHash } from '../helpers/kit';

const tmp = tempDir();
afterAll(() => tmp.cleanup());
const f = (name: string) => join(tmp.dir, name);

describe('qms kit', () => {
  it('exports, shows, opens, packs, verifies and imports a kit end to end; qms verify passes on both files', async () => {
    const main = openTestBackend(f('main.sqlite'));
    const roles = await withAllRoles(main.backend);
    const doc = await roles.author.call('documents.create', { title: '服务质量管理制度', type: 'regulation' });
    await main.close();
    writeFileSync(f('phrase.txt'), '正确的口令 correct\n');
    writeFileSync(f('wrong.txt'), 'wrong passphrase\n');

    const exp = await qms('kit', 'export', '--db', f('main.sqlite'), '--document', doc.number, '--for', 'auditor', '--for', 'author', '--passphrase-file', f('phrase.txt'), '--out', f('k.qmskit'));
    expect(exp).toMatchObject({ code: 0, err: '' });
    expect(exp.out).toContain(`${doc.number} (document:${doc.id}) — sequence 1`);
    expect(exp.out).toContain('Accounts: auditor, author');

    const info = await qms('kit', 'info', '--in', f('k.qmskit'), '--passphrase-file', f('phrase.txt'));
    expect(info.code).toBe(0);
    expect(info.out).toMatch(/Main database: [0-9a-f-]{36}/);
    expect(info.out).toContain('Included records: documents 1');

    const zh: string[] = [];
    expect(await runCli(['kit', 'info', '--in', f('k.qmskit'), '--passphrase-file', f('wrong.txt'), '--lang', 'zh-CN'], { out: (s) => zh.push(s), err: (s) => zh.push(s) })).toBe(1);
    expect(zh.join('\n')).toBe('口令不正确，无法打开现场审核包。');

    expect((await qms('kit', 'open', '--in', f('k.qmskit'), '--passphrase-file', f('phrase.txt'), '--db', f('field.sqlite'))).code).toBe(0);
    const field = openTestBackend(f('field.sqlite'));
    await client(field.backend).call('auth.signIn', { username: 'auditor', password: PASSWORD });
    await field.close();
    const verifiedField = await qms('verify', '--db', f('field.sqlite'));
    expect(verifiedField).toMatchObject({ code: 0 });
    expect(verifiedField.out).toMatch(/Database id: [0-9a-f-]{36} — field kit/);
    expect(verifiedField.out).toContain('Audit trail: 1 entries, ok');

    expect((await qms('kit', 'pack', '--db', f('field.sqlite'), '--passphrase-file', f('phrase.txt'), '--out', f('back.qmskit'))).code).toBe(0);
    const before = fileHash(f('main.sqlite'));
    const verified = await qms('kit', 'verify', '--db', f('main.sqlite'), '--in', f('back.qmskit'), '--passphrase-file', f('phrase.txt'));
    expect(verified).toMatchObject({ code: 0 });
    expect(verified.out).toContain('Verified: ready to merge.');
    expect(fileHash(f('main.sqlite'))).toBe(before);

    const refused = await qms('kit', 'import', '--db', f('main.sqlite'), '--in', f('back.qmskit'), '--passphrase-file', f('wrong.txt'));
    expect(refused).toMatchObject({ code: 1, err: 'Wrong passphrase: the field kit cannot be opened.' });
    expect(fileHash(f('main.sqlite'))).toBe(before);

    const imported = await qms('kit', 'import', '--db', f('main.sqlite'), '--in', f('back.qmskit'), '--passphrase-file', f('phrase.txt'));
    expect(imported).toMatchObject({ code: 0 });
    expect(imported.out).toContain('Merged 1 field trail entries.');
    const again = await qms('kit', 'import', '--db', f('main.sqlite'), '--in', f('back.qmskit'), '--passphrase-file', f('phrase.txt'));
    expect(again.code).toBe(0);
    expect(again.out).toContain('already merged');
    const verifiedMain = await qms('verify', '--db', f('main.sqlite'));
    expect(verifiedMain.code).toBe(0);
    expect(verifiedMain.out).toMatch(/Database id: [0-9a-f-]{36} — main database/);

    expect(await qms('kit', 'export', '--db', f('main.sqlite'))).toMatchObject({ code: 2 });
  }, 60_000);
});
