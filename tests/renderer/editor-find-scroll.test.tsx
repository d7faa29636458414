import { fireEvent, screen, waitFor } from '@testing-library/react';
import { setLanguage } from '../../renderer/i18n';
import { renderSignedIn } from './render-app';
import { regulationDoc, revision, revisionHash, summary } from './revision-fixtures';

beforeEach(async () => {
  await setLanguage('zh-CN');
});

/** Records which elements were asked to scroll into view. */
function watchScrolling() {
  const scrolled: Element[] = [];
  const original = Element.prototype.scrollIntoView;
  Element.prototype.scrollIntoView = function (this: Element) {
    scrolled.push(this);
  };
  return { scrolled, restore: () => (Element.prototype.scrollIntoView = original) };
}

const backend = {
  'documents.get': () => regulationDoc,
  'revisions.get': () => revision({ status: 'effective', effectiveDate: '2026-03-01' }),
  'revisions.save': (input: { version: number }) => summary({ version: input.version + 1 }),
};

describe('find scrolls the match into view', () => {
  it('moves the page to the next match on Enter and on 下一个', async () => {
    const watch = watchScrolling();
    try {
      await renderSignedIn('author', revisionHash(), backend);
      fireEvent.click(await screen.findByTestId('tool-find'));
      fireEvent.change(screen.getByTestId('find-input'), { target: { value: '范围' } });
      await waitFor(() => expect(watch.scrolled.some((el) => el.classList.contains('find-match-current'))).toBe(true));
      watch.scrolled.length = 0;
      fireEvent.keyDown(screen.getByTestId('find-input'), { key: 'Enter' });
      await waitFor(() => expect(watch.scrolled.at(-1)).toHaveClass('find-match-current'));
      watch.scrolled.length = 0;
      fireEvent.click(screen.getByTestId('find-next'));
      await waitFor(() => expect(watch.scrolled.at(-1)).toHaveClass('find-match-current'));
      expect(screen.getByTestId('find-next')).toHaveTextContent('下一个');
      expect(screen.getByTestId('find-previous')).toHaveTextContent('上一个');
    } finally {
      watch.restore();
    }
  });

  it('opens a revision from a search hit with the words found and in view', async () => {
    const watch = watchScrolling();
    try {
      await renderSignedIn('auditor', `${revisionHash()}?find=${encodeURIComponent('质量管理部')}`, backend);
      await screen.findByTestId('find-bar');
      expect(screen.getByTestId('find-input')).toHaveValue('质量管理部');
      await waitFor(() => expect(screen.getByTestId('find-count')).toHaveTextContent('1/1'));
      await waitFor(() => expect(watch.scrolled.at(-1)).toHaveTextContent('质量管理部'));
    } finally {
      watch.restore();
    }
  });
});
