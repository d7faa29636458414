import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { setLanguage } from '../../renderer/i18n';
import type { Job } from '../../shared/jobs/contract';
import { renderSignedIn } from './render-app';
import { regulationDoc, revision, revisionHash } from './revision-fixtures';

const JOB_ID = '01950000-0000-7000-8000-0000000000b1';
const file = { fileName: 'QM-R-007 服务质量管理制度 A.docx', base64: 'UEsDBA==', pageNumbers: 'computed' as const, distributed: true };

beforeEach(async () => {
  await setLanguage('zh-CN');
  URL.createObjectURL = () => 'blob:x';
  URL.revokeObjectURL = () => {};
});

/** The input of a radio (antd puts the test id on the input itself). */
const radio = (id: string) => {
  const el = screen.getByTestId(id);
  return el.tagName === 'INPUT' ? el : el.querySelector('input')!;
};

/** A job that runs for two polls, then finishes. */
function jobs(result: unknown = file) {
  let polls = 0;
  const job = (over: Partial<Job>): Job => ({ id: JOB_ID, kind: 'word.export', status: 'running', progress: 0.3, stage: 'layout', cancellable: true, result: null, error: null, ...over });
  return {
    'jobs.get': () => (++polls < 3 ? job({ progress: polls * 0.3 }) : job({ status: 'done', progress: 1, stage: 'write', cancellable: false, result })),
  };
}

describe('the Word export dialog', () => {
  it('exports an effective revision as a controlled copy with a copy number, showing the progress of the job', async () => {
    const { backend } = await renderSignedIn('auditor', revisionHash(), {
      'documents.get': () => regulationDoc,
      'revisions.get': () => revision({ status: 'effective', effectiveDate: '2026-03-02' }),
      'word.exportStart': () => ({ jobId: JOB_ID }),
      ...jobs(),
    });
    fireEvent.click(await screen.findByTestId('export-word'));
    const dialog = (await screen.findByText('导出 Word', { selector: '.ant-modal-title' })).closest('.ant-modal') as HTMLElement;
    expect(radio('export-controlled')).toBeChecked();
    expect(within(dialog).queryByTestId('export-draft-note')).not.toBeInTheDocument();
    fireEvent.click(radio('export-official'));
    await within(dialog).findByTestId('export-fonts-gb2312');
    fireEvent.click(radio('export-fonts-gb2312'));
    fireEvent.change(within(dialog).getByTestId('export-copy-number'), { target: { value: '012' } });
    fireEvent.click(within(dialog).getByTestId('export-ok'));
    expect(await screen.findByTestId('job-progress')).toBeInTheDocument();
    expect(await screen.findByText('已导出 QM-R-007 服务质量管理制度 A.docx，并记入发放记录。')).toBeInTheDocument();
    expect(backend.inputsOf('word.exportStart')).toEqual([{ revisionId: revision().id, style: 'official', fonts: 'gb2312', controlled: true, copyNumber: '012' }]);
    expect(backend.inputsOf('jobs.get').length).toBeGreaterThanOrEqual(3);
  });

  it('says a draft exports without TOC page numbers and cannot be a controlled copy', async () => {
    await renderSignedIn('author', revisionHash(), { 'documents.get': () => regulationDoc, 'revisions.get': () => revision({ status: 'draft' }) });
    fireEvent.click(await screen.findByTestId('export-word'));
    expect(await screen.findByTestId('export-draft-note')).toHaveTextContent('目录不含页码');
    expect(radio('export-uncontrolled')).toBeChecked();
    expect(radio('export-controlled')).toBeDisabled();
  });

  it('offers no official style for an English document, and says why', async () => {
    await renderSignedIn('author', revisionHash(), { 'documents.get': () => ({ ...regulationDoc, language: 'en' }), 'revisions.get': () => revision({ status: 'draft', language: 'en' }) });
    fireEvent.click(await screen.findByTestId('export-word'));
    await waitFor(() => expect(radio('export-official')).toBeDisabled());
    expect(screen.getByText('英文文件没有公文格式：GB/T 9704 只适用于中文公文。')).toBeInTheDocument();
  });
});
