import { GRADE_COLORS, GRADE_LABELS, GRADES } from '../audits/labels';
import type { FindingGrade } from '../audits/report-data';

/**
 * The two charts of an audit report, from plain data: findings by clause (stacked by grade) and findings by grade.
 * The same series feed the ECharts options (screens, pictures) and the native Word charts of the report.
 */
export interface ClauseFindings {
  clause: string;
  findings: Record<FindingGrade, number>;
}

export interface ChartSeriesData {
  categories: string[];
  series: { grade: FindingGrade; name: string; color: string; values: number[] }[];
}

/** Clauses with at least one finding, in clause order, each grade a series. */
export function findingsByClauseSeries(byClause: readonly ClauseFindings[]): ChartSeriesData {
  const rows = byClause.filter((c) => GRADES.some((g) => c.findings[g] > 0));
  return {
    categories: rows.map((r) => r.clause),
    series: GRADES.map((grade) => ({ grade, name: GRADE_LABELS[grade], color: GRADE_COLORS[grade], values: rows.map((r) => r.findings[grade]) })),
  };
}

/** How many findings of each grade, every grade shown (zero too). */
export function findingsByGradeSeries(grades: readonly FindingGrade[]): { grade: FindingGrade; name: string; color: string; value: number }[] {
  return GRADES.map((grade) => ({ grade, name: GRADE_LABELS[grade], color: GRADE_COLORS[grade], value: grades.filter((g) => g === grade).length }));
}

/** ECharts option: stacked columns of findings per clause. */
export function findingsByClauseOption(byClause: readonly ClauseFindings[], title = '按条款分布的审核发现') {
  const data = findingsByClauseSeries(byClause);
  return {
    title: { text: title, left: 'center', textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'axis' as const },
    legend: { bottom: 0 },
    grid: { left: 40, right: 20, top: 40, bottom: 60, containLabel: true },
    xAxis: { type: 'category' as const, data: data.categories, name: '条款', axisLabel: { interval: 0 } },
    yAxis: { type: 'value' as const, name: '项数', minInterval: 1 },
    series: data.series.map((s) => ({ type: 'bar' as const, name: s.name, stack: 'grade', data: s.values, itemStyle: { color: `#${s.color}` } })),
  };
}

/** ECharts option: a pie of findings by grade (grades without findings left out of the slices, kept in the legend). */
export function findingsByGradeOption(grades: readonly FindingGrade[], title = '按等级分布的审核发现') {
  const data = findingsByGradeSeries(grades);
  return {
    title: { text: title, left: 'center', textStyle: { fontSize: 14 } },
    tooltip: { trigger: 'item' as const },
    legend: { bottom: 0 },
    series: [
      {
        type: 'pie' as const,
        radius: ['0%', '60%'],
        label: { formatter: '{b}：{c}' },
        data: data.filter((d) => d.value > 0).map((d) => ({ name: d.name, value: d.value, itemStyle: { color: `#${d.color}` } })),
      },
    ],
  };
}
