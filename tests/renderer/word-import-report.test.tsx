import { render, screen } from '@testing-library/react';
import { setLanguage } from '../../renderer/i18n';
import { ImportReportView } from '../../renderer/features/word/ImportReportView';

beforeEach(async () => {
  await setLanguage('zh-CN');
});

const report = {
  chapters: 2,
  articles: 4,
  tables: 0,
  images: 0,
  lost: [],
  listNumbered: { chapter: 2, article: 4, clause: 1 },
  renumbered: [
    { from: '第二章 第一条', to: '第三条' },
    { from: '第二章 第二条', to: '第四条' },
  ],
};

describe('the Word import report', () => {
  it('says the numbers came from Word’s own list numbering and lists the renumbered articles', () => {
    render(<ImportReportView report={report} />);
    expect(screen.getByTestId('report-list-numbered')).toHaveTextContent('2 章，4 条，1 项');
    expect(screen.getByTestId('report-renumbered')).toHaveTextContent('共 2 处');
    expect(screen.getByTestId('report-renumbered')).toHaveTextContent('第二章 第一条 → 第三条');
  });

  it('says nothing of either for a file typed by hand', () => {
    render(<ImportReportView report={{ ...report, listNumbered: { chapter: 0, article: 0, clause: 0 }, renumbered: [] }} />);
    expect(screen.queryByTestId('report-list-numbered')).not.toBeInTheDocument();
    expect(screen.queryByTestId('report-renumbered')).not.toBeInTheDocument();
    expect(screen.getByText('全部内容均已保留。')).toBeInTheDocument();
  });
});
