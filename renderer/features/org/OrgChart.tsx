import { TreeChart } from 'echarts/charts';
import { TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitNode } from '../../../shared/departments/contract';

echarts.use([TreeChart, TooltipComponent, SVGRenderer]);

interface ChartNode {
  name: string;
  id: string;
  value: string;
  collapsed: boolean;
  itemStyle?: { color: string; borderColor: string };
  label?: { color: string };
  children: ChartNode[];
}

/** Nests the depth-first list; branches below the second level start collapsed so 200+ units stay readable. */
export function chartTree(units: UnitNode[], label: (u: UnitNode) => string): ChartNode | null {
  const byId = new Map<string, ChartNode>();
  let root: ChartNode | null = null;
  for (const u of units) {
    const node: ChartNode = {
      name: u.name,
      id: u.id,
      value: label(u),
      collapsed: u.depth >= 2,
      ...(u.closedAt && { itemStyle: { color: '#d9d9d9', borderColor: '#bfbfbf' }, label: { color: '#999' } }),
      children: [],
    };
    byId.set(u.id, node);
    if (u.parentId === null) root = node;
    else byId.get(u.parentId)?.children.push(node);
  }
  return root;
}

/** The org chart: an ECharts tree, left to right, collapsible, zoom and pan; a click selects the unit (pass a stable onSelect). */
export function OrgChart({ units, onSelect }: { units: UnitNode[]; onSelect: (id: string) => void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const chart = echarts.init(el, undefined, { renderer: 'svg' });
    const data = chartTree(units, (u) => t('org.counts', { positions: u.positions, people: u.people }));
    chart.setOption({
      tooltip: { trigger: 'item', formatter: (p: { name: string; value: string }) => `${p.name}<br/>${p.value}` },
      series: [
        {
          type: 'tree',
          data: data ? [data] : [],
          orient: 'LR',
          top: 20,
          bottom: 20,
          left: 200,
          right: 160,
          roam: true,
          symbolSize: 9,
          expandAndCollapse: true,
          initialTreeDepth: -1,
          label: { position: 'left', verticalAlign: 'middle', align: 'right', fontSize: 13 },
          leaves: { label: { position: 'right', verticalAlign: 'middle', align: 'left' } },
          emphasis: { focus: 'descendant' },
          animationDuration: 300,
        },
      ],
    });
    chart.on('click', (p) => {
      const id = (p.data as { id?: string } | undefined)?.id;
      if (id) onSelect(id);
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [units, t, onSelect]);

  return <div ref={ref} data-testid="org-chart" style={{ width: '100%', height: 620 }} />;
}
