import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Task } from '../../shared/tasks/contract';
import { setLanguage } from '../../renderer/i18n';
import { summary } from './fixtures';
import { renderSignedIn } from './render-app';
import { REVISION_ID, regulationDoc, revision, revisionHash } from './revision-fixtures';

beforeEach(async () => {
  await setLanguage('zh-CN');
});

const toSign: Task = {
  kind: 'sign',
  entityType: 'revision',
  entityId: REVISION_ID,
  documentId: regulationDoc.id,
  documentNumber: 'QM-R-007',
  documentTitle: '服务质量管理制度',
  label: 'A/1',
  meaning: 'approved',
  comment: null,
  since: '2026-03-02T08:00:00.000Z',
};
const toRevise: Task = { ...toSign, kind: 'revise', meaning: null, documentNumber: 'QM-P-007', documentTitle: '外部供方评价与管理程序', comment: '请补充评分标准' };

describe('what awaits me', () => {
  it('lists 待我审批 and 待我修改 on the home page, each linking to its revision', async () => {
    await renderSignedIn('executive', '#/', {
      'documents.summary': () => summary,
      'tasks.mine': () => [toSign, toRevise],
      'documents.get': () => regulationDoc,
      'revisions.get': () => revision(),
    });
    const card = await screen.findByTestId('awaiting-me');
    await waitFor(() => expect(within(card).getByTestId('task-sign')).toHaveTextContent('待我审批批准：QM-R-007 服务质量管理制度（修订 A/1）'));
    expect(within(card).getByTestId('task-revise')).toHaveTextContent('待我修改退回修改：QM-P-007 外部供方评价与管理程序（修订 A/1）“请补充评分标准”');
    // The 审核中 card counts revisions in review, not register statuses.
    expect(screen.getByTestId('stat-inReview')).toHaveTextContent('审核中1');
    await userEvent.setup().click(within(within(card).getByTestId('task-sign')).getByRole('link'));
    await waitFor(() => expect(window.location.hash).toBe(revisionHash()));
  });

  it('says so when nothing awaits, in English too', async () => {
    await setLanguage('en');
    await renderSignedIn('author', '#/', { 'documents.summary': () => summary, 'tasks.mine': () => [] });
    expect(await within(await screen.findByTestId('awaiting-me')).findByText('Nothing is waiting for you.')).toBeInTheDocument();
  });
});
