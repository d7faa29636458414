import { Alert, App, Button, Card, Flex, Popconfirm, Table, Tag, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Process, ScopeClause } from '../../../shared/scope/contract';
import { call } from '../../api/client';
import { can } from '../../api/permissions';
import { useApi } from '../../api/useApi';
import { useSignedIn } from '../auth/session-context';
import { PageHeader } from '../shell/PageHeader';
import { ClauseModal } from './ClauseModal';
import { ProcessModal } from './ProcessModal';

/** 体系范围: which clauses apply (with the reason for an exclusion) and the organisation's processes. Everyone reads; quality managers edit. */
export function ScopePage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const { user } = useSignedIn();
  const scope = useApi('scope.get', {});
  const [clause, setClause] = useState<ScopeClause | null>(null);
  const [process, setProcess] = useState<Process | null | 'new'>(null);
  const editClauses = can('scope.setClause', user.role);
  const editProcesses = can('processes.create', user.role);
  const en = i18n.language === 'en';

  async function run(action: () => Promise<unknown>) {
    try {
      await action();
      message.success(t('scope.saved'));
      scope.reload();
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <>
      <PageHeader title={t('scope.title')} />
      {scope.error && <Alert type="error" showIcon message={scope.error.message} />}
      <Flex vertical gap={16}>
        <Card title={t('scope.clauses')} size="small">
          <Table<ScopeClause>
            rowKey="clause"
            size="small"
            pagination={false}
            loading={scope.loading && !scope.data}
            dataSource={scope.data?.clauses ?? []}
            data-testid="scope-clauses"
            columns={[
              { title: t('scope.clause'), dataIndex: 'clause', width: 80 },
              { title: t('scope.name'), render: (_, c) => (en ? c.nameEn : c.nameZh) },
              {
                title: t('scope.applicability'),
                width: 100,
                render: (_, c) => (c.applicable ? <Tag color="green">{t('scope.applicable')}</Tag> : <Tag color="default">{t('scope.excluded')}</Tag>),
              },
              { title: t('scope.justification'), dataIndex: 'justification', render: (j: string | null) => j ?? '' },
              ...(editClauses
                ? [
                    {
                      title: '',
                      width: 80,
                      render: (_: unknown, c: ScopeClause) => (
                        <Button size="small" type="link" onClick={() => setClause(c)} data-testid={`clause-edit-${c.clause}`}>
                          {t('scope.edit')}
                        </Button>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        </Card>
        <Card
          title={t('scope.processes')}
          size="small"
          extra={
            editProcesses && (
              <Button type="primary" size="small" onClick={() => setProcess('new')} data-testid="process-new">
                {t('scope.newProcess')}
              </Button>
            )
          }
        >
          <Table<Process>
            rowKey="id"
            size="small"
            pagination={false}
            locale={{ emptyText: t('scope.noProcesses') }}
            dataSource={scope.data?.processes ?? []}
            data-testid="scope-processes"
            columns={[
              { title: t('scope.code'), dataIndex: 'code', width: 110 },
              { title: t('scope.name'), dataIndex: 'name' },
              { title: t('scope.owner'), dataIndex: 'ownerUnitName', render: (n: string | null) => n ?? '' },
              { title: t('scope.order'), dataIndex: 'order', width: 80 },
              { title: t('scope.status'), width: 90, render: (_, p) => (p.closed ? <Tag>{t('scope.closed')}</Tag> : <Tag color="blue">{t('scope.open')}</Tag>) },
              ...(editProcesses
                ? [
                    {
                      title: '',
                      width: 200,
                      render: (_: unknown, p: Process) => (
                        <Flex gap={4}>
                          <Button size="small" type="link" onClick={() => setProcess(p)}>
                            {t('scope.edit')}
                          </Button>
                          <Button size="small" type="link" onClick={() => void run(() => call('processes.update', { id: p.id, version: p.version, closed: !p.closed }))}>
                            {p.closed ? t('scope.reopen') : t('scope.close')}
                          </Button>
                          {p.referenced ? (
                            <Tooltip title={t('scope.referenced')}>
                              <Button size="small" type="link" disabled>
                                {t('scope.delete')}
                              </Button>
                            </Tooltip>
                          ) : (
                            <Popconfirm title={t('scope.deleteConfirm', { name: p.name })} onConfirm={() => void run(() => call('processes.delete', { id: p.id, version: p.version }))}>
                              <Button size="small" type="link" danger>
                                {t('scope.delete')}
                              </Button>
                            </Popconfirm>
                          )}
                        </Flex>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        </Card>
      </Flex>
      {clause && (
        <ClauseModal
          clause={clause}
          onClose={() => setClause(null)}
          onSaved={() => {
            setClause(null);
            scope.reload();
          }}
        />
      )}
      {process && (
        <ProcessModal
          process={process === 'new' ? null : process}
          onClose={() => setProcess(null)}
          onSaved={() => {
            setProcess(null);
            scope.reload();
          }}
        />
      )}
    </>
  );
}
