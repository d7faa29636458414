import { Alert, Button, Card, Empty, Flex, List, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditStatus, AuditSummary, Programme } from '../../../shared/audits/schemas';
import { call } from '../../api/client';
import { AuditExportButton } from './AuditExportButton';
import { can } from '../../api/permissions';
import { useApi } from '../../api/useApi';
import { useSignedIn } from '../auth/session-context';
import { LoadError } from '../shell/LoadError';
import { PageHeader } from '../shell/PageHeader';
import { auditPath, href, navigate, programmePath } from '../shell/router';
import { STATUS_COLORS } from './common';
import { CELL_STYLE, CoverageLegend, CoverageMatrix } from './CoverageMatrix';
import { AddAuditModal, JustifyGapModal, StepModal } from './ProgrammeModals';

type Dialog = null | 'add' | 'justify' | 'submit' | 'sign' | 'return' | 'reopen';

/** 年度内审计划: the year's audits by month, its coverage matrix with gaps and suggestions, and its approval. */
export function ProgrammePage({ year }: { year: number }) {
  const { t } = useTranslation();
  const { user } = useSignedIn();
  const programme = useApi('programmes.get', { year });
  const coverage = useApi('programmes.coverage', { year });
  const [dialog, setDialog] = useState<Dialog>(null);
  const [gapClause, setGapClause] = useState<string | undefined>();
  const reload = () => {
    programme.reload();
    coverage.reload();
  };
  const done = () => {
    setDialog(null);
    reload();
  };
  const p = programme.data;
  const cov = coverage.data;
  const title = `${year} ${t('audits.programme')}`;

  const yearNav = (
    <Space.Compact>
      <Button onClick={() => navigate(programmePath(year - 1))}>‹ {year - 1}</Button>
      <Button onClick={() => navigate(programmePath(year + 1))}>{year + 1} ›</Button>
    </Space.Compact>
  );
  if (programme.error) return <LoadError error={programme.error} onRetry={reload} />;
  if (programme.loading && !p) return <PageHeader title={title} />;
  if (!p)
    return (
      <>
        <PageHeader title={title} extra={yearNav} />
        <Empty description={t('audits.prog.none', { year })}>
          {can('programmes.create', user.role) && (
            <Button type="primary" data-testid="create-programme" onClick={() => void call('programmes.create', { year }).then(reload)}>
              {t('audits.prog.create', { year })}
            </Button>
          )}
        </Empty>
      </>
    );

  const actions = (
    <>
      {yearNav}
      <AuditExportButton label={t('auditExports.programme')} start={() => call('programmes.exportStart', { year })} testId="export-programme" />
      {p.canEdit && (
        <Button onClick={() => setDialog('add')} data-testid="add-audit">
          {t('audits.prog.addAudit')}
        </Button>
      )}
      {p.canEdit && (
        <Button type="primary" onClick={() => setDialog('submit')} data-testid="submit-programme">
          {t('audits.prog.submit')}
        </Button>
      )}
      {p.canSign && (
        <>
          <Button onClick={() => setDialog('return')}>{t('audits.prog.return')}</Button>
          <Button type="primary" onClick={() => setDialog('sign')} data-testid="sign-programme">
            {t('audits.prog.sign')}
          </Button>
        </>
      )}
      {p.status !== 'draft' && can('programmes.reopen', user.role) && <Button onClick={() => setDialog('reopen')}>{t('audits.prog.reopen')}</Button>}
    </>
  );
  return (
    <>
      <PageHeader title={p.title} sub={<Tag data-testid="programme-status">{t(`audits.programmeStatus.${p.status}`)}</Tag>} extra={actions} />
      <Flex vertical gap={16}>
        <Card title={t('audits.prog.audits')} size="small">
          <Table<AuditSummary>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={p.audits}
            data-testid="programme-audits"
            columns={[
              { title: t('audits.list.month'), dataIndex: 'plannedMonth', width: 90, render: (m: number) => t('audits.list.monthValue', { month: m }) },
              { title: t('audits.list.code'), dataIndex: 'code', width: 130, render: (c: string, a) => <a href={href(auditPath(a.id))}>{c}</a> },
              { title: t('audits.list.name'), dataIndex: 'title' },
              { title: t('audits.list.units'), render: (_v, a) => a.units.map((u) => u.name).join(t('common.listSeparator')) },
              { title: t('audits.plan.clauses'), render: (_v, a) => a.clauses.join(' ') },
              { title: t('audits.list.status'), dataIndex: 'status', width: 100, render: (s: AuditStatus) => <Tag color={STATUS_COLORS[s]}>{t(`audits.status.${s}`)}</Tag> },
            ]}
          />
        </Card>
        <Card
          title={t('audits.prog.coverage')}
          size="small"
          extra={
            p.canEdit && (
              <Button size="small" onClick={() => (setGapClause(undefined), setDialog('justify'))}>
                {t('audits.prog.justify')}
              </Button>
            )
          }
        >
          {coverage.error && <LoadError error={coverage.error} onRetry={coverage.reload} />}
          {cov && (
            <Flex vertical gap={12}>
              {cov.uncoveredClauses.length > 0 ? (
                <Alert
                  type="warning"
                  showIcon
                  data-testid="uncovered-clauses"
                  message={t('audits.prog.uncovered', { clauses: cov.uncoveredClauses.join(t('common.listSeparator')) })}
                  action={
                    p.canEdit && (
                      <Button size="small" onClick={() => (setGapClause(cov.uncoveredClauses[0]), setDialog('justify'))}>
                        {t('audits.prog.justify')}
                      </Button>
                    )
                  }
                />
              ) : (
                <Alert type="success" showIcon message={t('audits.prog.allCovered')} />
              )}
              {cov.uncoveredUnits.length > 0 && <Alert type="info" showIcon message={t('audits.prog.uncoveredUnits', { units: cov.uncoveredUnits.map((u) => u.name).join(t('common.listSeparator')) })} />}
              <CoverageLegend />
              <CoverageMatrix coverage={cov} />
              {cov.processes.length > 0 && (
                <Flex gap={8} wrap align="center">
                  <Typography.Text type="secondary">{t('audits.prog.processes')}</Typography.Text>
                  {cov.processes.map((proc, i) => (
                    <Tag key={proc.processId} style={{ background: CELL_STYLE[cov.processCells[i]!].bg, color: CELL_STYLE[cov.processCells[i]!].fg }}>
                      {CELL_STYLE[cov.processCells[i]!].mark} {proc.code} {proc.name}
                    </Tag>
                  ))}
                </Flex>
              )}
            </Flex>
          )}
        </Card>
        <Flex gap={16} wrap>
          <Card title={t('audits.prog.suggestions')} size="small" style={{ flex: '1 1 360px' }}>
            {cov && cov.suggestions.length === 0 ? (
              <Typography.Text type="secondary">{t('audits.prog.noSuggestions')}</Typography.Text>
            ) : (
              <List size="small" dataSource={cov?.suggestions ?? []} renderItem={(s) => <List.Item>{t('audits.prog.suggestion', { label: s.label, count: s.findings })}</List.Item>} />
            )}
          </Card>
          <GapsCard programme={p} onChanged={reload} />
          <Card title={t('audits.prog.signatures')} size="small" style={{ flex: '1 1 260px' }}>
            <List size="small" dataSource={p.signatures} renderItem={(s) => <List.Item>{`${t(`revisions.meaning.${s.meaning}`, s.meaning)} · ${s.signerName} · ${s.signedAt.slice(0, 10)}`}</List.Item>} />
          </Card>
        </Flex>
      </Flex>
      <AddAuditModal open={dialog === 'add'} onClose={() => setDialog(null)} onDone={done} programmeId={p.id} year={year} coverage={cov} />
      <JustifyGapModal open={dialog === 'justify'} onClose={() => setDialog(null)} onDone={done} programmeId={p.id} clause={gapClause} key={gapClause ?? 'none'} />
      <StepModal open={dialog === 'submit'} onClose={() => setDialog(null)} onDone={done} title={t('audits.prog.submit')} field="password" action={(password) => call('programmes.submit', { id: p.id, version: p.version, password })} />
      <StepModal open={dialog === 'sign'} onClose={() => setDialog(null)} onDone={done} title={t('audits.prog.sign')} field="password" action={(password) => call('programmes.sign', { id: p.id, version: p.version, password })} />
      <StepModal open={dialog === 'return'} onClose={() => setDialog(null)} onDone={done} title={t('audits.prog.return')} field="comment" action={(comment) => call('programmes.return', { id: p.id, version: p.version, comment })} />
      <StepModal open={dialog === 'reopen'} onClose={() => setDialog(null)} onDone={done} title={t('audits.prog.reopen')} field="reason" action={(reason) => call('programmes.reopen', { id: p.id, version: p.version, reason })} />
    </>
  );
}

function GapsCard({ programme, onChanged }: { programme: Programme; onChanged: () => void }) {
  const { t } = useTranslation();
  return (
    <Card title={t('audits.prog.gaps')} size="small" style={{ flex: '1 1 360px' }}>
      <List
        size="small"
        dataSource={programme.gaps}
        data-testid="programme-gaps"
        renderItem={(g) => (
          <List.Item
            actions={
              programme.canEdit
                ? [
                    <Button key="rm" type="link" size="small" onClick={() => void call('programmes.removeGap', { programmeId: programme.id, gapId: g.id }).then(onChanged)}>
                      {t('audits.plan.remove')}
                    </Button>,
                  ]
                : []
            }
          >
            {`${g.clause}${g.unitName ? `（${g.unitName}）` : ''}：${g.justification}`}
          </List.Item>
        )}
      />
    </Card>
  );
}
