import { App, Button, Card, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_ROUTE, type RouteStep } from '../../../shared/routes/contract';
import { DOCUMENT_TYPES, type DocumentType } from '../../../shared/documents/types';
import { call } from '../../api/client';
import { useApi } from '../../api/useApi';
import { useLabels } from '../../i18n/labels';
import { RouteEditor } from './RouteEditor';
import { routeText } from './routeText';

/** 审批流程: the route of each document type (the default where none is set), for quality managers. */
export function RoutesCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const labels = useLabels();
  const routes = useApi('routes.list', {});
  const people = useApi('users.directory', {});
  const [editing, setEditing] = useState<{ type: DocumentType; steps: readonly RouteStep[] } | null>(null);

  const rows = DOCUMENT_TYPES.map((type) => {
    const own = routes.data?.find((r) => r.documentType === type && r.documentId === null);
    return { type, steps: own?.steps ?? DEFAULT_ROUTE, set: Boolean(own) };
  });
  const perDocument = routes.data?.filter((r) => r.documentId !== null).length ?? 0;

  async function reset(type: DocumentType) {
    try {
      await call('routes.clear', { scope: { documentType: type } });
      message.success(t('routes.resetDone', { type: labels.type(type) }));
      routes.reload();
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <Card title={t('routes.title')} size="small" data-testid="routes-card">
      <Typography.Paragraph type="secondary">{t('routes.help')}</Typography.Paragraph>
      <Table
        size="small"
        rowKey="type"
        pagination={false}
        loading={routes.loading && !routes.data}
        dataSource={rows}
        columns={[
          { key: 'type', title: t('routes.type'), width: 110, render: (_, r) => labels.type(r.type) },
          {
            key: 'route',
            title: t('approval.route.title'),
            render: (_, r) => (
              <Space orientation="vertical" size={0}>
                <span data-testid={`route-of-${r.type}`}>{routeText(t, r.steps, people.data, labels.role)}</span>
                {!r.set && <Tag>{t('approval.route.source.default')}</Tag>}
              </Space>
            ),
          },
          {
            key: 'actions',
            width: 150,
            render: (_, r) => (
              <Space size={4}>
                <Button size="small" onClick={() => setEditing({ type: r.type, steps: r.steps })} data-testid={`route-edit-${r.type}`}>
                  {t('routes.edit')}
                </Button>
                {r.set && (
                  <Popconfirm title={t('routes.resetConfirm', { type: labels.type(r.type) })} onConfirm={() => reset(r.type)} okButtonProps={{ danger: true }}>
                    <Button size="small" danger data-testid={`route-reset-${r.type}`}>
                      {t('routes.reset')}
                    </Button>
                  </Popconfirm>
                )}
              </Space>
            ),
          },
        ]}
      />
      {perDocument > 0 && <Typography.Text type="secondary">{t('routes.perDocument', { count: perDocument })}</Typography.Text>}
      {editing && (
        <RouteEditor
          scope={{ documentType: editing.type }}
          initial={editing.steps}
          title={t('routes.editTitle', { type: labels.type(editing.type) })}
          onClose={() => setEditing(null)}
          onSaved={() => {
            message.success(t('routes.saved'));
            setEditing(null);
            routes.reload();
          }}
        />
      )}
    </Card>
  );
}
