import { Empty, Flex, Switch, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Block, DiffRow, StructureEvent } from './revisionDiff';
import './revisions.css';

function Label({ block }: { block: Block }) {
  return block.label ? <span className="diff-label">{block.label}</span> : null;
}

function Row({ row }: { row: DiffRow }) {
  const { t } = useTranslation();
  switch (row.kind) {
    case 'same':
      return (
        <div className="diff-row diff-same">
          <Label block={row.block} />
          {row.block.text}
        </div>
      );
    case 'renumbered':
      return (
        <div className="diff-row diff-renumbered">
          <span className="diff-label">
            <del>{row.before.label}</del> → <ins>{row.after.label}</ins>
          </span>
          {row.after.text}
        </div>
      );
    case 'removed':
      return (
        <div className="diff-row diff-removed" aria-label={t('revisions.diff.removed')}>
          <Label block={row.block} />
          <del>{row.block.text || ' '}</del>
        </div>
      );
    case 'added':
      return (
        <div className="diff-row diff-added" aria-label={t('revisions.diff.added')}>
          <Label block={row.block} />
          <ins>{row.block.text || ' '}</ins>
        </div>
      );
    case 'changed':
      return (
        <div className="diff-row diff-changed">
          {row.before.label === row.after.label ? (
            <Label block={row.after} />
          ) : (
            <span className="diff-label">
              {row.before.label && <del>{row.before.label}</del>} {row.after.label && <ins>{row.after.label}</ins>}
            </span>
          )}
          {row.words.map((w, i) => (w.added ? <ins key={i}>{w.value}</ins> : w.removed ? <del key={i}>{w.value}</del> : <span key={i}>{w.value}</span>))}
        </div>
      );
  }
}

function EventTag({ event }: { event: StructureEvent }) {
  const { t } = useTranslation();
  if (event.kind === 'renumbered')
    return (
      <Tag color="blue">
        {event.count === 1
          ? t('revisions.diff.eventRenumbered', { from: event.from, to: event.to })
          : t('revisions.diff.eventRenumberedRun', { from: event.from, last: event.last, to: event.to, lastTo: event.lastTo })}
      </Tag>
    );
  return <Tag color={event.kind === 'added' ? 'green' : 'red'}>{t(`revisions.diff.event.${event.kind}`, { label: event.label })}</Tag>;
}

type Gap = { gap: number; renumbered: number };

/**
 * Runs of unchanged blocks, and of blocks whose only change is their number (already summarised above),
 * shrink to one "… n unchanged …" line unless everything is shown.
 */
function collapse(rows: readonly DiffRow[], all: boolean): ({ row: DiffRow } | Gap)[] {
  const out: ({ row: DiffRow } | Gap)[] = [];
  for (const row of rows) {
    const last = out[out.length - 1];
    if (all || (row.kind !== 'same' && row.kind !== 'renumbered')) out.push({ row });
    else {
      const gap = last && 'gap' in last ? last : (out[out.push({ gap: 0, renumbered: 0 }) - 1] as Gap);
      gap.gap += 1;
      if (row.kind === 'renumbered') gap.renumbered += 1;
    }
  }
  return out;
}

/** Changes between two revisions: a summary of structure changes, then the text, block by block. */
export function DiffView({ rows, events }: { rows: DiffRow[]; events: StructureEvent[] }) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  const changed = rows.filter((r) => r.kind !== 'same' && r.kind !== 'renumbered').length;
  return (
    <Flex vertical gap={12} data-testid="revision-diff">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text>{t('revisions.diff.summary', { count: changed })}</Typography.Text>
        <Flex gap={6} align="center">
          <Switch size="small" checked={all} onChange={setAll} />
          {t('revisions.diff.showAll')}
        </Flex>
      </Flex>
      {events.length > 0 && (
        <Flex wrap gap={4} data-testid="structure-changes">
          <Typography.Text type="secondary">{t('revisions.diff.structure')}</Typography.Text>
          {events.map((e, i) => (
            <EventTag key={i} event={e} />
          ))}
        </Flex>
      )}
      {changed === 0 && events.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('revisions.diff.identical')} />
      ) : (
        <div className="diff-body">
          {collapse(rows, all).map((item, i) =>
            'gap' in item ? (
              <div key={i} className="diff-gap">
                {item.renumbered
                  ? t('revisions.diff.unchangedRenumbered', { count: item.gap, renumbered: item.renumbered })
                  : t('revisions.diff.unchanged', { count: item.gap })}
              </div>
            ) : (
              <Row key={i} row={item.row} />
            ),
          )}
        </div>
      )}
    </Flex>
  );
}
