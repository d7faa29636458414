import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Empty, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitNode } from '../../../shared/departments/contract';
import type { Position } from '../../../shared/org/contract';
import { call } from '../../api/client';
import { can } from '../../api/permissions';
import { useApi } from '../../api/useApi';
import { useSignedIn } from '../auth/session-context';
import { LoadError } from '../shell/LoadError';
import { PositionFormModal } from './PositionFormModal';

export function PositionsPanel({ unit, onChanged }: { unit: UnitNode; onChanged: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { user } = useSignedIn();
  const list = useApi('positions.list', { departmentId: unit.id, pageSize: 200 });
  const [editing, setEditing] = useState<Position | 'new' | null>(null);
  const edit = can('positions.update', user.role) && !unit.closedAt;

  async function remove(p: Position) {
    try {
      await call('positions.delete', { id: p.id, version: p.version });
      list.reload();
      onChanged();
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <>
      {edit && (
        <Button icon={<PlusOutlined />} onClick={() => setEditing('new')} style={{ marginBottom: 12 }} data-testid="position-new">
          {t('org.position.new')}
        </Button>
      )}
      {list.error && <LoadError error={list.error} onRetry={list.reload} />}
      <Table<Position>
        rowKey="id"
        size="middle"
        loading={list.loading}
        dataSource={list.data?.items ?? []}
        pagination={false}
        locale={{ emptyText: list.loading ? ' ' : <Empty description={t('org.position.none')} /> }}
        expandable={{
          rowExpandable: (p) => !!p.dutiesText || !!p.education || !!p.qualifications || p.trainingTopics.length > 0,
          expandedRowRender: (p) => (
            <div>
              {p.dutiesText && (
                <>
                  <Typography.Text strong>{t('org.position.duties')}</Typography.Text>
                  <ol style={{ marginTop: 4 }}>
                    {p.dutiesText.split('\n').map((d, i) => (
                      <li key={i}>{d}</li>
                    ))}
                  </ol>
                </>
              )}
              <Typography.Text strong>{t('org.position.requirements')}</Typography.Text>
              <div>
                {t('org.position.education')}：{p.education || '—'}；{t('org.position.qualifications')}：{p.qualifications || '—'}
              </div>
              <div style={{ marginTop: 4 }}>
                {p.trainingTopics.map((x) => (
                  <Tag key={x}>{x}</Tag>
                ))}
              </div>
            </div>
          ),
        }}
        columns={[
          { key: 'title', title: t('org.position.title'), dataIndex: 'title' },
          { key: 'headcount', title: t('org.position.headcount'), dataIndex: 'headcount', width: 80, render: (n: number, p) => `${p.holders.length} / ${n}` },
          {
            key: 'holders',
            title: t('org.position.holders'),
            render: (_v, p) =>
              p.holders.slice(0, 6).map((h) => (
                <Tag key={h.personId} color={h.absent ? 'orange' : undefined}>
                  {h.name}
                  {h.absent ? ` · ${t('org.person.absent')}` : ''}
                </Tag>
              )).concat(p.holders.length > 6 ? [<span key="more">… +{p.holders.length - 6}</span>] : []),
          },
          { key: 'deputy', title: t('org.position.deputy'), dataIndex: 'deputyName', render: (n: string | null) => n ?? '—' },
          ...(edit
            ? [
                {
                  key: 'actions',
                  title: t('common.actions'),
                  width: 160,
                  render: (_v: unknown, p: Position) => (
                    <Space size={4}>
                      <Button type="link" size="small" icon={<EditOutlined />} onClick={() => setEditing(p)}>
                        {t('common.edit')}
                      </Button>
                      <Popconfirm title={t('org.position.deleteConfirm', { title: p.title })} onConfirm={() => remove(p)} okButtonProps={{ danger: true }}>
                        <Button type="link" size="small" danger icon={<DeleteOutlined />}>
                          {t('common.delete')}
                        </Button>
                      </Popconfirm>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      {editing && (
        <PositionFormModal
          departmentId={unit.id}
          position={editing === 'new' ? undefined : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            list.reload();
            onChanged();
          }}
        />
      )}
    </>
  );
}
