import { fireEvent, screen, waitFor } from '@testing-library/react';
import { MARK_END, MARK_START } from '../../shared/search/contract';
import { setLanguage } from '../../renderer/i18n';
import { doc } from './fixtures';
import { renderSignedIn } from './render-app';

beforeEach(async () => {
  await setLanguage('zh-CN');
});

const hit = (n: number, snippet: string) => ({ documentId: doc(n).id, number: doc(n).number, title: doc(n).title, type: 'procedure' as const, status: 'effective' as const, snippet });

describe('global search', () => {
  it('finds with a two-character Chinese query, highlights with <mark> and never renders HTML from a snippet', async () => {
    const { backend } = await renderSignedIn('auditor', '#/', {
      'documents.summary': () => ({ byStatus: { draft: 0, effective: 2, obsolete: 0 }, total: 2, inReview: 0, pending: 0, reviewDue: [], reviewDueTotal: 0 }),
      'search.documents': () => ({
        hits: [hit(1, `客户${MARK_START}投诉${MARK_END}应在两日内答复 <img src=x onerror="window.pwned=1">`), hit(2, `${MARK_START}投诉${MARK_END}处理`)],
        total: 2,
      }),
      'documents.get': () => doc(1),
      'audit.history': () => ({ items: [], total: 0 }),
      'revisions.list': () => [],
    });
    fireEvent.change(screen.getByTestId('global-search'), { target: { value: '投诉' } });
    const options = await screen.findAllByTestId('search-option');
    expect(options).toHaveLength(2);
    expect(backend.inputsOf('search.documents')).toEqual([{ q: '投诉', limit: 8 }]);
    const marks = options[0]!.querySelectorAll('mark');
    expect([...marks].map((m) => m.textContent)).toEqual(['投诉']);
    expect(options[0]!.querySelector('img')).toBeNull();
    expect(options[0]).toHaveTextContent('<img src=x onerror="window.pwned=1">');

    fireEvent.keyDown(screen.getByTestId('global-search'), { key: 'Enter', keyCode: 13, which: 13 });
    await screen.findByTestId('document-details');
    expect(window.location.hash).toBe(`#/documents/${doc(1).id}`);
  });

  it('shows every hit on the results page', async () => {
    await renderSignedIn('author', `#/search?q=${encodeURIComponent('质')}`, {
      'search.documents': (input) => ({ hits: [hit(3, `服务${MARK_START}${input.q}${MARK_END}量`)], total: 1 }),
    });
    const results = await screen.findByTestId('search-results');
    expect(results).toHaveTextContent('QM-P-003');
    expect(results.querySelector('mark')).toHaveTextContent('质');
    await waitFor(() => expect(screen.getByText('“质”共 1 条结果')).toBeInTheDocument());
  });
});
