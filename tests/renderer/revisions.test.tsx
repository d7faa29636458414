import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { setLanguage } from '../../renderer/i18n';
import { Refusal } from './fake-backend';
import { user } from './fixtures';
import { renderSignedIn } from './render-app';
import { HASH, inReview, REVISION_ID, regulationDoc, revision, revisionHash, summary } from './revision-fixtures';

beforeEach(async () => {
  await setLanguage('zh-CN');
});

const WRONG_PASSWORD = '当前密码不正确。';
const signature = {
  id: '01950000-0000-7000-8000-0000000000f1',
  signerId: user('quality_manager').id,
  signerName: '张华',
  signerRole: 'quality_manager' as const,
  meaning: 'approved' as const,
  contentHash: HASH,
  comment: '同意发布',
  signedAt: '2026-03-02T08:00:00.000Z',
  round: 1,
  step: 1,
  voidedAt: null,
  voidReason: null,
};
const effective = () => revision({ status: 'effective', changeReason: '首次发布', effectiveDate: '2026-03-02', signatures: [signature] });
const docPage = `#/documents/${regulationDoc.id}`;
const history = () => ({ items: [], total: 0 });

describe('who is offered what', () => {
  it('shows an auditor an effective revision read-only, with no way to edit, submit or sign', async () => {
    await renderSignedIn('auditor', revisionHash(), { 'documents.get': () => regulationDoc, 'revisions.get': effective });
    expect(await screen.findByTestId('read-only')).toHaveTextContent('此修订为现行有效版本，仅供查阅。');
    expect(screen.getByTestId('editor')).toHaveAttribute('contenteditable', 'false');
    for (const id of ['tool-bold', 'tool-article', 'revision-submit', 'revision-sign', 'revision-reject', 'revision-discard'])
      expect(screen.queryByTestId(id)).not.toBeInTheDocument();
    expect(screen.getByTestId('export-word')).toBeInTheDocument();
    expect(screen.getByTestId('signatures')).toHaveTextContent('张华');
    expect(screen.getByTestId('signatures')).toHaveTextContent(HASH.slice(0, 10));
  });

  it('lists revisions with their signatures to an executive, with no way to start or import one', async () => {
    await renderSignedIn('executive', docPage, {
      'documents.get': () => regulationDoc,
      'revisions.list': () => [summary({ status: 'effective', changeReason: '首次发布', signatures: [signature] })],
      'audit.history': history,
    });
    const panel = await screen.findByTestId('revisions-panel');
    await waitFor(() => expect(panel).toHaveTextContent('首次发布'));
    expect(panel).toHaveTextContent('张华质量经理批准');
    expect(screen.queryByTestId('revision-new')).not.toBeInTheDocument();
    expect(screen.queryByTestId('revision-import')).not.toBeInTheDocument();
  });

  it('offers an author a new revision, from a template when there is none yet, and opens it', async () => {
    const { backend } = await renderSignedIn('author', docPage, {
      'documents.get': () => regulationDoc,
      'revisions.list': () => [],
      'audit.history': history,
      'revisions.startDraft': () => revision(),
      'revisions.get': () => revision(),
    });
    fireEvent.click(await screen.findByTestId('revision-templates'));
    fireEvent.click(await screen.findByText('从模板开始：服务质量管理制度'));
    await screen.findByTestId('regulation-editor');
    expect(backend.inputsOf('revisions.startDraft')).toEqual([{ documentId: regulationDoc.id, templateId: 'service-quality-regulation' }]);
    expect(window.location.hash).toBe(revisionHash());
  });
});

describe('approval', () => {
  it('submits a draft with the reason for change and the current version', async () => {
    const { backend } = await renderSignedIn('author', revisionHash(), {
      'documents.get': () => regulationDoc,
      'revisions.get': () => revision(),
      'revisions.submit': () => summary({ status: 'in_review', version: 4 }),
    });
    fireEvent.click(await screen.findByTestId('revision-submit'));
    fireEvent.click(await screen.findByTestId('submit-ok'));
    expect(await screen.findByText('请输入修订原因')).toBeInTheDocument();
    fireEvent.change(screen.getByTestId('submit-reason'), { target: { value: '调整投诉处理时限' } });
    fireEvent.click(screen.getByTestId('submit-ok'));
    // Submitting signs 编制: the password is asked for.
    expect(await screen.findByText('请输入登录密码（签署“编制”）')).toBeInTheDocument();
    fireEvent.change(screen.getByTestId('submit-password'), { target: { value: 'Lina@2026' } });
    fireEvent.click(screen.getByTestId('submit-ok'));
    await waitFor(() => expect(backend.inputsOf('revisions.submit')).toHaveLength(1));
    expect(backend.inputsOf('revisions.submit')[0]).toEqual({ id: REVISION_ID, version: 3, changeReason: '调整投诉处理时限', effectiveDate: null, password: 'Lina@2026' });
  });

  it('signs the route’s current step; nothing on a wrong password, and shows why; the right one approves', async () => {
    let attempts = 0;
    const { backend } = await renderSignedIn('quality_manager', revisionHash(), {
      'documents.get': () => regulationDoc,
      'revisions.get': () => revision(inReview({ may: { sign: true, return: true, withdraw: false } })),
      'revisions.sign': (input) =>
        ++attempts === 1
          ? new Refusal('VALIDATION', WRONG_PASSWORD, [{ path: ['password'], message: 'wrong password', code: 'custom' }])
          : summary({ status: 'approved', version: input.version + 1 }),
    });
    fireEvent.click(await screen.findByTestId('revision-sign'));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByTestId('sign-step')).toHaveTextContent('签署步骤：第 1 步 · 批准');
    fireEvent.change(within(dialog).getByTestId('sign-password'), { target: { value: 'not-my-password' } });
    fireEvent.click(within(dialog).getByTestId('sign-ok'));
    expect(await within(dialog).findByText(WRONG_PASSWORD)).toBeInTheDocument();
    expect(screen.queryByText('已签署：批准。')).not.toBeInTheDocument();

    fireEvent.change(within(dialog).getByTestId('sign-password'), { target: { value: 'Zhanghua@2026' } });
    fireEvent.click(within(dialog).getByTestId('sign-ok'));
    expect(await screen.findByText('已签署：批准。')).toBeInTheDocument();
    // The step, its meaning, the signer and the content seen are sent, so the server refuses any mismatch.
    expect(backend.inputsOf('revisions.sign')[1]).toEqual({
      id: REVISION_ID,
      version: 3,
      step: 1,
      meaning: 'approved',
      signerId: user('quality_manager').id,
      contentHash: HASH,
      password: 'Zhanghua@2026',
    });
  });

  it('offers the author no signature on their own revision, but withdrawal (撤回) while nobody has signed', async () => {
    const authored = { ...signature, signerId: user('author').id, signerName: '李娜', signerRole: 'author' as const, meaning: 'authored' as const, step: 0, comment: null };
    const { backend } = await renderSignedIn('author', revisionHash(), {
      'documents.get': () => regulationDoc,
      'revisions.get': () => revision(inReview({ signatures: [authored], may: { sign: false, return: false, withdraw: true } })),
      'revisions.withdraw': () => summary({ status: 'draft', version: 5 }),
    });
    expect(await screen.findByTestId('route-steps')).toHaveTextContent('李娜');
    fireEvent.click(await screen.findByTestId('revision-withdraw'));
    expect(screen.queryByTestId('revision-sign')).not.toBeInTheDocument();
    expect(screen.queryByTestId('revision-reject')).not.toBeInTheDocument();
    fireEvent.click(await screen.findByTestId('withdraw-ok'));
    await waitFor(() => expect(backend.inputsOf('revisions.withdraw')).toEqual([{ id: REVISION_ID, version: 3 }]));
  });

  it('shows void signatures struck through, and explains the content fingerprint', async () => {
    const voided = { ...signature, voidedAt: '2026-03-03T08:00:00.000Z', voidReason: 'returned' as const };
    await renderSignedIn('quality_manager', revisionHash(), {
      'documents.get': () => regulationDoc,
      'revisions.get': () => revision({ rejection: '请补充职责', round: 1, signatures: [voided] }),
      'routes.effective': () => ({ source: 'type' as const, steps: [{ meaning: 'approved' as const, mode: 'any' as const, assignees: [{ kind: 'documentApprovers' as const }] }] }),
    });
    const line = await screen.findByTestId('signature-void');
    expect(line).toHaveTextContent('已作废（退回）');
    expect(line.querySelector('del')).not.toBeNull();
    expect(line).toHaveTextContent('内容指纹');
    expect(await screen.findByTestId('route-steps')).toHaveTextContent('按文件类型设置的路线');
  });

  it('requires a comment to return a revision', async () => {
    const { backend } = await renderSignedIn('quality_manager', revisionHash(), {
      'documents.get': () => regulationDoc,
      'revisions.get': () => revision(inReview({ may: { sign: true, return: true, withdraw: false } })),
      'revisions.reject': () => summary({ status: 'draft', rejection: '请补充职责', version: 4 }),
    });
    fireEvent.click(await screen.findByTestId('revision-reject'));
    fireEvent.click(await screen.findByTestId('reject-ok'));
    expect(await screen.findByText('请输入退回意见')).toBeInTheDocument();
    fireEvent.change(screen.getByTestId('reject-comment'), { target: { value: '请补充职责' } });
    act(() => screen.getByTestId('reject-ok').click());
    await waitFor(() => expect(backend.inputsOf('revisions.reject')).toEqual([{ id: REVISION_ID, version: 3, comment: '请补充职责' }]));
  });
});
