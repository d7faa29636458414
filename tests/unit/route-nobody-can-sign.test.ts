import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Role } from '../../shared/auth/roles';
import { client, openTestBackend, PASSWORD, snapshot, withAllRoles, type Client, type TestBackend } from '../helpers/backend';

// Testers: a route whose 审核 step is "any quality manager", submitted by the only quality manager while
// self-approval is off, went into review and hung there. The submit is refused, naming the step.
let t: TestBackend;
let qm: Client;
let ids: Record<Role, string>;

beforeEach(async () => {
  t = openTestBackend();
  ({ quality_manager: qm, ids } = await withAllRoles(t.backend));
  await qm.call('routes.set', {
    scope: { documentType: 'manual' },
    steps: [
      { meaning: 'reviewed', mode: 'any', assignees: [{ kind: 'role', role: 'quality_manager' }] },
      { meaning: 'approved', mode: 'any', assignees: [{ kind: 'user', userId: ids.executive }] },
    ],
  });
});
afterEach(() => t.close());

async function draftBy(c: Client) {
  const doc = await qm.call('documents.create', { title: '质量手册', type: 'manual', ownerId: ids.quality_manager });
  return c.call('revisions.startDraft', { documentId: doc.id, templateId: 'quality-manual' });
}

describe('a route step nobody but the author could sign', () => {
  it('refuses the submit with a typed error naming the step, in both languages, and changes nothing', async () => {
    const draft = await draftBy(qm);
    const before = snapshot(t.backend);
    const input = { id: draft.id, version: draft.version, changeReason: '首次发布', effectiveDate: null, password: PASSWORD };
    const zh = await qm.raw('revisions.submit', input, 'zh-CN');
    expect(zh).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { reason: 'routes.onlyAuthorCanSign' } } });
    expect(!zh.ok && zh.error.message).toBe('审批路线第 1 步（审核）只有本文件的编制人可以签署，而系统不允许审批自己编制的文件：请先调整审批路线，或增加可签署此步骤的人员。');
    const en = await qm.raw('revisions.submit', input, 'en');
    expect(!en.ok && en.error.message).toBe(
      'Step 1 (Reviewed) of the approval route could only be signed by the document’s author, and approving one’s own document is not allowed: change the route first, or add someone who may sign this step.',
    );
    expect(snapshot(t.backend)).toBe(before);
  });

  it('lets the submit through once another quality manager exists, or self-approval is allowed', async () => {
    const first = await draftBy(qm);
    await qm.call('settings.update', { allowSelfApproval: true });
    expect(await qm.call('revisions.submit', { id: first.id, version: first.version, changeReason: '首次发布', effectiveDate: null, password: PASSWORD })).toMatchObject({ status: 'in_review' });
    await qm.call('settings.update', { allowSelfApproval: false });
    await qm.call('users.create', { username: 'qm2', displayName: '第二位质量经理', role: 'quality_manager', password: PASSWORD });
    const second = await draftBy(qm);
    expect(await qm.call('revisions.submit', { id: second.id, version: second.version, changeReason: '首次发布', effectiveDate: null, password: PASSWORD })).toMatchObject({ status: 'in_review' });
  });

  it('refuses a countersign step that names the author', async () => {
    await qm.call('routes.set', {
      scope: { documentType: 'manual' },
      steps: [
        { meaning: 'countersigned', mode: 'all', assignees: [{ kind: 'user', userId: ids.executive }, { kind: 'user', userId: ids.author }] },
        { meaning: 'approved', mode: 'any', assignees: [{ kind: 'user', userId: ids.executive }] },
      ],
    });
    const author = client(t.backend, (await client(t.backend).call('auth.signIn', { username: 'author', password: PASSWORD })).token);
    const draft = await draftBy(author);
    const res = await author.raw('revisions.submit', { id: draft.id, version: draft.version, changeReason: '首次发布', effectiveDate: null, password: PASSWORD }, 'zh-CN');
    expect(res).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { reason: 'routes.onlyAuthorCanSign' } } });
    expect(!res.ok && res.error.message).toContain('第 1 步（会签）');
  });
});
