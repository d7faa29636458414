import { screen, waitFor, within } from '@testing-library/react';
import { setLanguage } from '../../renderer/i18n';
import { renderSignedIn } from './render-app';

beforeEach(async () => {
  await setLanguage('zh-CN');
});

const UNIT = '0190a000-0000-7000-8000-0000000000d1';
const P1 = '0190a000-0000-7000-8000-0000000000d2';
const P2 = '0190a000-0000-7000-8000-0000000000d3';
const T1 = '0190a000-0000-7000-8000-0000000000d4';
const T2 = '0190a000-0000-7000-8000-0000000000d5';

describe('培训与能力', () => {
  it('shows the competence matrix by unit with the gap counts', async () => {
    await renderSignedIn('quality_manager', '#/training', {
      'training.person': () => ({ personId: null, name: null, records: [], gaps: [], headOf: [] }),
      'departments.tree': () => [],
      'training.matrix': () => ({
        people: [
          { personId: P1, name: '孙丽', unitId: UNIT, hasLogin: false },
          { personId: P2, name: '赵磊', unitId: UNIT, hasLogin: false },
        ],
        topics: [
          { id: T1, title: '服务礼仪' },
          { id: T2, title: '消防安全' },
        ],
        cells: [
          { personId: P1, topicId: T1, status: 'ok', heldOn: '2026-03-02', expiresOn: null },
          { personId: P1, topicId: T2, status: 'expired', heldOn: '2025-01-10', expiresOn: '2026-01-10' },
          { personId: P2, topicId: T1, status: 'never', heldOn: null, expiresOn: null },
        ],
        total: 2,
      }),
      'training.unitCounts': () => [{ unitId: UNIT, unitName: '东城网点 / 客服组', people: 2, peopleWithGaps: 2, never: 1, superseded: 0, expired: 1 }],
      'training.sessions': () => ({ items: [], total: 0 }),
      'training.topicsList': () => [],
    });
    const matrix = await screen.findByTestId('matrix');
    await waitFor(() => expect(within(matrix).getByText('孙丽').closest('tr')).toHaveTextContent('符合已过期'));
    expect(within(matrix).getByText('赵磊').closest('tr')).toHaveTextContent('从未培训');
    expect(within(matrix).getAllByText('服务礼仪').length).toBeGreaterThan(0);
    expect(screen.getByTestId('unit-counts')).toHaveTextContent('东城网点 / 客服组22101');
  });
});
