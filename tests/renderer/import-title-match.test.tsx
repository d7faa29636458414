import { fireEvent, screen, waitFor } from '@testing-library/react';
import { setLanguage } from '../../renderer/i18n';
import { Refusal } from './fake-backend';
import { doc } from './fixtures';
import { renderSignedIn } from './render-app';

beforeEach(async () => {
  await setLanguage('zh-CN');
});

const REVISION = '01950000-0000-7000-8000-0000000000b1';
const existing = doc(9, { number: 'QM-R-009', title: '客户投诉处理管理办法' });

describe('Word import of a title the register has', () => {
  it('asks, and imports as the next revision of that document when told so', async () => {
    const { backend } = await renderSignedIn('author', '#/documents', {
      'documents.list': () => ({ items: [existing], total: 1 }),
      'word.import': (input) =>
        input.documentId || input.onTitleMatch === 'new'
          ? { documentId: input.documentId ?? existing.id, revisionId: REVISION, report: { chapters: 1, articles: 2, tables: 0, images: 0, lost: [] } }
          : new Refusal('CONFLICT', '已有同名文件 QM-R-009《客户投诉处理管理办法》。', { documentId: existing.id, number: 'QM-R-009', title: existing.title }),
    });
    fireEvent.click(await screen.findByTestId('documents-import'));
    const picker = document.querySelector('.ant-modal input[type=file]') as HTMLInputElement;
    fireEvent.change(picker, { target: { files: [new File(['PK'], '客户投诉处理管理办法.docx')] } });
    fireEvent.click(screen.getByTestId('import-ok'));
    expect(await screen.findByText('已有同名文件 QM-R-009《客户投诉处理管理办法》')).toBeInTheDocument();
    expect(backend.inputsOf('word.import')[0]).toMatchObject({ onTitleMatch: 'ask', fileName: '客户投诉处理管理办法.docx' });
    fireEvent.click(screen.getByTestId('title-match-revision'));
    await screen.findByTestId('import-open');
    expect(backend.inputsOf('word.import')[1]).toMatchObject({ documentId: existing.id });
    await waitFor(() => expect(backend.inputsOf('word.import')).toHaveLength(2));
  });
});
