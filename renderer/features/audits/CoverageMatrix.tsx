import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { COVERAGE_CELLS, type Coverage, type CoverageCell } from '../../../shared/audits/schemas';

/** Cell colours and marks: colour for the eye, a mark so that the matrix also reads in grey print. */
export const CELL_STYLE: Record<CoverageCell, { bg: string; fg: string; mark: string }> = {
  done: { bg: '#b7eb8f', fg: '#135200', mark: '✓' },
  planned: { bg: '#bae0ff', fg: '#003eb3', mark: '○' },
  gap: { bg: '#fff1f0', fg: '#cf1322', mark: '✕' },
  justified: { bg: '#ffe7ba', fg: '#ad4e00', mark: '!' },
  excluded: { bg: '#f0f0f0', fg: '#8c8c8c', mark: '—' },
};

export function CoverageLegend() {
  const { t } = useTranslation();
  return (
    <Flex gap={16} wrap data-testid="coverage-legend" align="center">
      <Typography.Text type="secondary">{t('audits.prog.legend')}</Typography.Text>
      {COVERAGE_CELLS.map((c) => (
        <Flex key={c} gap={6} align="center">
          <span className="coverage-cell" style={{ background: CELL_STYLE[c].bg, color: CELL_STYLE[c].fg }}>
            {CELL_STYLE[c].mark}
          </span>
          <span>{t(`audits.cell.${c}`)}</span>
        </Flex>
      ))}
    </Flex>
  );
}

/**
 * Units × clauses, readable at 40+ units: the unit column and the clause header stay put while the matrix
 * scrolls; units are indented by depth; a cell's tooltip names unit, clause and state.
 */
export function CoverageMatrix({ coverage }: { coverage: Coverage }) {
  const { t } = useTranslation();
  const uncovered = new Set<string>(coverage.uncoveredClauses);
  const idle = new Set(coverage.uncoveredUnits.map((u) => u.unitId));
  return (
    <div className="coverage-wrap" data-testid="coverage-matrix">
      <table className="coverage">
        <thead>
          <tr>
            <th className="coverage-unit" />
            {coverage.clauses.map((c) => (
              <th key={c.clause} className={!c.applicable ? 'coverage-excluded' : uncovered.has(c.clause) ? 'coverage-uncovered' : ''}>
                {c.clause}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {coverage.units.map((u, i) => (
            <tr key={u.unitId} data-testid={`coverage-row-${u.name}`}>
              <th className={idle.has(u.unitId) ? 'coverage-unit coverage-uncovered' : 'coverage-unit'} style={{ paddingInlineStart: 6 + u.depth * 14 }} title={u.name}>
                {u.name}
              </th>
              {coverage.cells[i]!.map((cell, k) => {
                const s = CELL_STYLE[cell];
                const clause = coverage.clauses[k]!.clause;
                return (
                  <td key={clause} data-cell={cell} title={`${u.name} · ${clause} · ${t(`audits.cell.${cell}`)}`} style={{ background: s.bg, color: s.fg }}>
                    {s.mark}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
