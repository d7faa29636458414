import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sniff } from '../../electron/backend/attachments/sniff';
import { fakeExe, fakeHeic, imageOf, minimalPdf, officePackageOf } from '../helpers/files';
import { openTestBackend, withAllRoles, type Client, type TestBackend } from '../helpers/backend';
import { docxOf } from '../helpers/word';

let t: TestBackend;
let qm: Client;
let auditor: Client;
let executive: Client;
const b64 = (b: Buffer) => b.toString('base64');
const rows = () => t.backend.store.sqlite.prepare('SELECT count(*) FROM attachments').pluck().get() as number;
const trail = () => t.backend.store.sqlite.prepare("SELECT count(*) FROM audit_log WHERE entity = 'attachment'").pluck().get() as number;

beforeAll(async () => {
  t = openTestBackend();
  const c = await withAllRoles(t.backend);
  qm = c.quality_manager;
  auditor = c.auditor;
  executive = c.executive;
});
afterAll(() => t.close());

describe('content sniffing', () => {
  it('tells files by their bytes', async () => {
    expect(sniff(minimalPdf())).toEqual({ kind: 'accepted', mediaType: 'application/pdf' });
    expect(sniff(await imageOf(10, 10))).toEqual({ kind: 'accepted', mediaType: 'image/png' });
    expect(sniff(await imageOf(10, 10, 'jpeg'))).toEqual({ kind: 'accepted', mediaType: 'image/jpeg' });
    expect(sniff(await docxOf())).toMatchObject({ mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
    expect(sniff(await officePackageOf('xl'))).toMatchObject({ mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
    expect(sniff(Buffer.from('编号,标题\nQM-R-001,服务质量管理制度\n'))).toEqual({ kind: 'accepted', mediaType: 'text/plain' });
    expect(sniff(fakeExe())).toMatchObject({ kind: 'refused' });
    expect(sniff(fakeHeic())).toMatchObject({ kind: 'heic' });
    expect(sniff(Buffer.from('#!/bin/sh\nrm -rf /\n'))).toMatchObject({ kind: 'refused' });
  });
});

describe('attachments', () => {
  it('stores an image once, with its size and a thumbnail, and records the upload', async () => {
    const png = await imageOf(1200, 800);
    const before = trail();
    const a = await auditor.call('attachments.upload', { name: '前台照片.png', dataBase64: b64(png) });
    expect(a).toMatchObject({ name: '前台照片.png', mediaType: 'image/png', size: png.length, width: 1200, height: 800, hasThumbnail: true, existed: false });
    const again = await qm.call('attachments.upload', { name: '另一个名字.png', dataBase64: b64(png) });
    expect(again).toMatchObject({ id: a.id, existed: true, name: '前台照片.png' });
    expect(trail()).toBe(before + 1);

    const got = await qm.call('attachments.get', { id: a.id });
    expect(Buffer.from(got.dataBase64, 'base64').equals(png)).toBe(true);
    const thumb = Buffer.from((await qm.call('attachments.thumbnail', { id: a.id })).dataBase64, 'base64');
    expect(thumb.subarray(1, 4).toString()).toBe('PNG');
    expect(thumb.readUInt32BE(16)).toBe(320);
    expect(thumb.readUInt32BE(20)).toBe(213);
  });

  it('keeps documents without a thumbnail', async () => {
    const a = await qm.call('attachments.upload', { name: '国家标准.pdf', dataBase64: b64(minimalPdf()) });
    expect(a).toMatchObject({ mediaType: 'application/pdf', hasThumbnail: false, width: null });
    const r = await qm.raw('attachments.thumbnail', { id: a.id });
    expect(r).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('refuses disguised, unknown, HEIC, empty and oversized files in the user language, storing nothing', async () => {
    const count = rows();
    const cases: [string, Buffer, string][] = [
      ['报告.pdf', fakeExe(), 'type'],
      ['照片.jpg', minimalPdf(), 'disguised'],
      ['IMG_0001.HEIC', fakeHeic(), 'heic'],
      ['run.txt', Buffer.from('#!/bin/sh\n'), 'type'],
    ];
    for (const [name, data, reason] of cases) {
      const r = await qm.raw('attachments.upload', { name, dataBase64: b64(data) }, 'zh-CN');
      expect(r, name).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { reason } } });
    }
    const heic = await qm.raw('attachments.upload', { name: 'IMG_0001.HEIC', dataBase64: b64(fakeHeic()) }, 'zh-CN');
    expect(heic.ok ? '' : heic.error.message).toMatch(/HEIC.*兼容性最佳/);
    expect(await qm.raw('attachments.upload', { name: 'x.png', dataBase64: '' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await qm.raw('attachments.upload', { name: 'x.png', dataBase64: '不是base64' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });

    await qm.call('settings.update', { attachmentMaxBytes: 1024 * 1024 });
    const big = await qm.raw('attachments.upload', { name: '大图.png', dataBase64: b64(Buffer.concat([await imageOf(10, 10), Buffer.alloc(1024 * 1024)])) }, 'en');
    expect(big).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: { reason: 'tooLarge' } } });
    expect(big.ok ? '' : big.error.message).toMatch(/too large \(1\.0 MB; the limit is 1\.0 MB\)/);
    await qm.call('settings.update', { attachmentMaxBytes: 20 * 1024 * 1024 });
    expect(rows()).toBe(count);
    expect(await qm.raw('settings.update', { attachmentMaxBytes: 100 * 1024 * 1024 })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('executives read attachments but cannot upload; unknown ids are NOT_FOUND', async () => {
    const a = await qm.call('attachments.upload', { name: '记录.txt', dataBase64: b64(Buffer.from('巡检记录')) });
    expect(await executive.raw('attachments.get', { id: a.id })).toMatchObject({ ok: true });
    expect(await executive.raw('attachments.upload', { name: 'a.txt', dataBase64: b64(Buffer.from('x')) })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await qm.raw('attachments.get', { id: '01950000-0000-7000-8000-000000000001' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
