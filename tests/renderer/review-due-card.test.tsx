import { screen, within } from '@testing-library/react';
import dayjs from 'dayjs';
import { setLanguage } from '../../renderer/i18n';
import { doc } from './fixtures';
import { renderSignedIn } from './render-app';

const inDays = (n: number) => dayjs().add(n, 'day').format('YYYY-MM-DD');

describe('到期及逾期复审', () => {
  it('is named for both and lists overdue reviews first', async () => {
    await setLanguage('zh-CN');
    const soon = doc(1, { title: '十天后复审', nextReviewDate: inDays(10) });
    const late = doc(2, { title: '已逾期五天', nextReviewDate: inDays(-5) });
    await renderSignedIn('quality_manager', '#/', {
      'documents.summary': () => ({ byStatus: { draft: 0, effective: 2, obsolete: 0 }, total: 2, inReview: 0, pending: 0, reviewDue: [soon, late], reviewDueTotal: 2 }),
    });
    const card = await screen.findByTestId('review-due');
    expect(within(card).getByTestId('review-due-title')).toHaveTextContent('到期及逾期复审');
    const rows = await within(card).findAllByRole('row');
    const titles = rows.slice(1).map((r) => r.textContent);
    expect(titles[0]).toContain('已逾期五天');
    expect(titles[0]).toContain('逾期 5 天');
    expect(titles[1]).toContain('十天后复审');
  });
});
