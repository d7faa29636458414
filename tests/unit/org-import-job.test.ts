import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Job } from '../../shared/jobs/contract';
import { openTestBackend, snapshot, withAllRoles, type Client, type TestBackend } from '../helpers/backend';
import { orgWorkbook } from '../helpers/org';

let t: TestBackend;
let qm: Client;
let author: Client;

beforeEach(async () => {
  t = openTestBackend();
  ({ quality_manager: qm, author } = await withAllRoles(t.backend));
});
afterEach(() => t.close());

async function finished(jobId: string): Promise<Job> {
  for (;;) {
    const job = await qm.call('jobs.get', { jobId });
    if (job.status !== 'running') return job;
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('org.importStart', () => {
  it('imports a workbook as a background job and answers the report', async () => {
    const data = (await orgWorkbook([['CS', '客户服务部', '部门', '', '', '']], [], [])).toString('base64');
    const { jobId } = await qm.call('org.importStart', { dataBase64: data, commit: true });
    const job = await finished(jobId);
    expect(job).toMatchObject({ status: 'done', kind: 'org.import', progress: 1, result: { committed: true, units: { created: 1 } } });
    const tree = await qm.call('departments.tree', {});
    expect(JSON.stringify(tree)).toContain('客户服务部');
  });

  it('a corrupt workbook fails the job with a typed error and changes nothing; authors may not start it', async () => {
    const before = snapshot(t.backend);
    const { jobId } = await qm.call('org.importStart', { dataBase64: Buffer.from('not a workbook').toString('base64'), commit: true });
    const job = await finished(jobId);
    expect(job).toMatchObject({ status: 'failed', error: { code: 'VALIDATION' } });
    expect(await author.raw('org.importStart', { dataBase64: 'UEsDBA==', commit: true }, 'en')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(snapshot(t.backend)).toBe(before);
  });
});
