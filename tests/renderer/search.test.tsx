import { fireEvent, screen, waitFor } from '@testing-library/react';
import { MARK_END, MARK_START } from '../../shared/search/contract';
import { setLanguage } from '../../renderer/i18n';
import { doc } from './fixtures';
import { renderSignedIn } from './render-app';

beforeEach(async () => {
  await setLanguage('zh-CN');
});

const REV = '0193a1b2-0000-7000-8000-000000000009';
const hit = (n: number, snippet: string, revisionId: string | null = null) => ({
  documentId: doc(n).id,
  revisionId,
  number: doc(n).number,
  title: doc(n).title,
  titleMarked: doc(n).title,
  type: 'procedure' as const,
  status: 'effective' as const,
  snippet,
  terms: ['投诉'],
});

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

    fireEvent.keyDown(screen.getByTestId('global-search'), { key: 'ArrowDown', keyCode: 40, which: 40 });
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

  it('opens the full results page on Enter in the header box', async () => {
    await renderSignedIn('author', '#/', {
      'documents.summary': () => ({ byStatus: { draft: 0, effective: 1, obsolete: 0 }, total: 1, inReview: 0, pending: 0, reviewDue: [], reviewDueTotal: 0 }),
      'search.documents': () => ({ hits: [hit(1, `${MARK_START}投诉${MARK_END}处理`)], total: 1 }),
    });
    fireEvent.change(screen.getByTestId('global-search'), { target: { value: '客户 投诉' } });
    await screen.findAllByTestId('search-option');
    fireEvent.keyDown(screen.getByTestId('global-search'), { key: 'Enter', keyCode: 13, which: 13 });
    await screen.findByTestId('search-results');
    expect(window.location.hash).toBe(`#/search?q=${encodeURIComponent('客户 投诉').replace(/%20/g, '+')}`);
  });

  it('highlights the title and links a body match to its revision, opened at the matching words', async () => {
    await renderSignedIn('author', `#/search?q=${encodeURIComponent('投诉 回访')}`, {
      'search.documents': () => ({
        hits: [{ ...hit(3, `办结后电话${MARK_START}回访${MARK_END}`, REV), titleMarked: `客户${MARK_START}投诉${MARK_END}处理`, title: '客户投诉处理' }],
        total: 1,
      }),
    });
    const title = await screen.findByTestId('search-hit-title');
    expect(title.querySelector('mark')).toHaveTextContent('投诉');
    expect(title.closest('a')).toHaveAttribute('href', `#/documents/${doc(3).id}/revisions/${REV}?find=${encodeURIComponent('回访')}`);
  });
});
