import { App, Button, type ButtonProps, Card, Descriptions, Flex, Input, Modal, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useApi } from '../../api/useApi';
import { LoadError } from '../shell/LoadError';
import { PageHeader } from '../shell/PageHeader';
import { ActionNeededTag, FindingStatusTag, GradeTag } from './FindingTags';
import { navigate } from '../shell/router';
import { AuditExportButton } from './AuditExportButton';
import { Thumbnail } from './Thumbnail';

/** 不符合项报告: the facts, requirement, evidence photos, and the auditee's acknowledgment. */
export function FindingPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const loaded = useApi('findings.get', { id });
  const capas = useApi('capa.forSource', { sourceType: 'audit_finding', sourceId: id });
  const [ack, setAck] = useState<string | null>(null);
  const [withdraw, setWithdraw] = useState<string | null>(null);
  const f = loaded.data;
  if (loaded.error && !f) return <LoadError error={loaded.error} onRetry={loaded.reload} />;
  if (!f) return <Skeleton active />;

  const live = (capas.data ?? []).filter((c) => c.status !== 'cancelled');
  const raise = async () => {
    try {
      const capa = await call('capa.raiseFromSource', { sourceType: 'audit_finding', sourceId: f.id });
      void message.success(t('auditExports.capaRaised', { number: capa.number }));
      navigate(`/capa/${capa.id}`);
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e));
    }
  };

  const run = async (action: () => Promise<unknown>) => {
    try {
      await action();
      setAck(null);
      setWithdraw(null);
      loaded.reload();
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <>
      <PageHeader
        title={`${f.number}${f.provisional ? ' *' : ''}`}
        sub={
          <Space size={4}>
            <GradeTag grade={f.grade} />
            <ActionNeededTag finding={f} />
            <FindingStatusTag status={f.status} />
          </Space>
        }
        extra={
          <>
            {f.may.acknowledge && (
              <Button type="primary" onClick={() => setAck('')} data-testid="acknowledge">
                {t('findings.acknowledge')}
              </Button>
            )}
            {f.may.withdraw && <Button onClick={() => setWithdraw('')}>{t('findings.withdraw')}</Button>}
            <Button href={`#/audits/${encodeURIComponent(f.auditId)}/checklist`}>{t('findings.openChecklist')}</Button>
            <AuditExportButton label={t('auditExports.finding')} start={() => call('audits.exportFindingStart', { findingId: f.id })} testId="export-finding" />
          </>
        }
      />
      <Card>
        <Descriptions column={{ xs: 1, md: 2 }} bordered size="small">
          <Descriptions.Item label={t('findings.audit')}>{`${f.auditCode} ${f.auditTitle}`}</Descriptions.Item>
          <Descriptions.Item label={t('findings.unit')}>{f.unitName}</Descriptions.Item>
          <Descriptions.Item label={t('findings.clauses')}>{f.clauses.map((c) => <Tag key={c}>ISO {c}</Tag>)}</Descriptions.Item>
          <Descriptions.Item label={t('findings.auditor')}>{f.auditorName}</Descriptions.Item>
          {f.article && (
            <Descriptions.Item label={t('findings.article')} span={2}>
              <Typography.Text strong>
                {f.article.documentNumber} {f.article.documentTitle}（{f.article.revisionLabel}）{f.article.label}
              </Typography.Text>
              <Typography.Paragraph style={{ marginBottom: 0 }}>{f.article.text}</Typography.Paragraph>
            </Descriptions.Item>
          )}
          <Descriptions.Item label={t('findings.facts')} span={2}>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }} data-testid="finding-facts-text">{f.facts}</Typography.Paragraph>
          </Descriptions.Item>
          <Descriptions.Item label={t('findings.evidence')} span={2}>
            <Flex gap={8} wrap>
              {f.attachments.map((a) => (
                <Thumbnail key={a.id} file={a} size={120} />
              ))}
            </Flex>
          </Descriptions.Item>
          <Descriptions.Item label={t('auditExports.capa')} span={2}>
            {live.length > 0 ? (
              <Space>
                {live.map((c) => (
                  <a key={c.id} href={`#/capa/${encodeURIComponent(c.id)}`} data-testid="finding-capa">
                    {c.number}
                  </a>
                ))}
              </Space>
            ) : f.actionNeeded && f.status !== 'withdrawn' ? (
              <Space>
                <Typography.Text type="warning">{t('auditExports.capaNeeded')}</Typography.Text>
                <Button size="small" type="primary" onClick={() => void raise()} data-testid="raise-capa">
                  {t('auditExports.raiseCapa')}
                </Button>
              </Space>
            ) : (
              t('auditExports.capaNotNeeded')
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('findings.acknowledgment')} span={2}>
            {f.acknowledgment ? (
              <span data-testid="ack-line">
                {t('findings.ackBy', { name: f.acknowledgment.name, capacity: t(`findings.capacity.${f.acknowledgment.capacity}`), at: f.acknowledgment.at.slice(0, 10) })}
                {f.acknowledgment.comment && `：${f.acknowledgment.comment}`}
              </span>
            ) : f.status === 'withdrawn' ? (
              `${t('findings.statuses.withdrawn')}：${f.withdrawReason ?? ''}`
            ) : (
              t('findings.waiting')
            )}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Modal open={ack !== null} title={t('findings.acknowledge')} onCancel={() => setAck(null)} onOk={() => void run(() => call('findings.acknowledge', { id: f.id, version: f.version, comment: ack || undefined }))} okButtonProps={{ 'data-testid': 'acknowledge-ok' } as ButtonProps}>
        <Input.TextArea placeholder={t('findings.ackComment')} value={ack ?? ''} onChange={(e) => setAck(e.target.value)} data-testid="ack-comment" />
      </Modal>
      <Modal open={withdraw !== null} title={t('findings.withdraw')} okButtonProps={{ disabled: !withdraw?.trim() }} onCancel={() => setWithdraw(null)} onOk={() => void run(() => call('findings.withdraw', { id: f.id, version: f.version, reason: withdraw ?? '' }))}>
        <Input.TextArea placeholder={t('findings.withdrawReason')} value={withdraw ?? ''} onChange={(e) => setWithdraw(e.target.value)} />
      </Modal>
    </>
  );
}
