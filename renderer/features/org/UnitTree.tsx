import { Input, Tag, Tree, Typography } from 'antd';
import type { DataNode } from 'antd/es/tree';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitNode } from '../../../shared/departments/contract';

/** The unit tree in the side panel; a search keeps matching units and their ancestors. */
export function UnitTree({ units, selected, onSelect }: { units: UnitNode[]; selected: string | null; onSelect: (id: string) => void }) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const { tree, keys } = useMemo(() => {
    const needle = q.trim().toLowerCase();
    const keep = new Set<string>();
    const parent = new Map(units.map((u) => [u.id, u.parentId]));
    for (const u of units) {
      if (needle && !u.name.toLowerCase().includes(needle) && !(u.code ?? '').toLowerCase().includes(needle)) continue;
      for (let at: string | null | undefined = u.id; at; at = parent.get(at)) keep.add(at);
    }
    const nodes = new Map<string, DataNode>();
    let root: DataNode | null = null;
    for (const u of units) {
      if (!keep.has(u.id)) continue;
      const node: DataNode = {
        key: u.id,
        title: (
          <span data-testid={`unit-${u.code ?? u.id}`}>
            {u.name}
            {u.code && <Typography.Text type="secondary" className="mono"> {u.code}</Typography.Text>}
            {u.closedAt && <Tag style={{ marginInlineStart: 6 }}>{t('org.closed')}</Tag>}
          </span>
        ),
        children: [],
      };
      nodes.set(u.id, node);
      if (u.parentId === null) root = node;
      else nodes.get(u.parentId)?.children?.push(node);
    }
    const expanded = needle ? [...keep] : units.filter((u) => u.depth < 2).map((u) => u.id);
    return { tree: root ? [root] : [], keys: expanded };
  }, [units, q, t]);

  return (
    <>
      <Input.Search allowClear placeholder={t('org.searchUnits')} onSearch={setQ} onChange={(e) => !e.target.value && setQ('')} style={{ marginBottom: 8 }} data-testid="unit-search" />
      <Tree
        key={`${q}#${units.length}`}
        blockNode
        treeData={tree}
        defaultExpandedKeys={keys}
        selectedKeys={selected ? [selected] : []}
        onSelect={(k) => k[0] && onSelect(String(k[0]))}
        height={640}
      />
    </>
  );
}
