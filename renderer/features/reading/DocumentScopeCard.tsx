import { EditOutlined } from '@ant-design/icons';
import { App, Button, Card, Checkbox, Form, Modal, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentScope } from '../../../shared/reading/contract';
import { call } from '../../api/client';
import { can } from '../../api/permissions';
import { useApi } from '../../api/useApi';
import { useSignedIn } from '../auth/session-context';
import { LoadError } from '../shell/LoadError';

/** 适用范围 on the document page: the units and positions a regulation applies to, who reads each revision in force. */
export function DocumentScopeCard({ documentId }: { documentId: string }) {
  const { t } = useTranslation();
  const scope = useApi('reading.scopeGet', { documentId });
  const { user } = useSignedIn();
  const { message } = App.useApp();
  const [editing, setEditing] = useState(false);
  const s = scope.data;
  return (
    <Card
      size="small"
      title={t('reading.scope.title')}
      data-testid="doc-scope"
      extra={
        s?.mayEdit && (
          <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="doc-scope-edit">
            {t('reading.scope.edit')}
          </Button>
        )
      }
    >
      {scope.error && <LoadError error={scope.error} onRetry={scope.reload} />}
      {s && (s.units.length === 0 && s.positions.length === 0 ? (
        <Typography.Text type="secondary">{t('reading.scope.none')}</Typography.Text>
      ) : (
        <Space direction="vertical" size={4}>
          {s.units.length > 0 && (
            <Space wrap size={4}>
              <Typography.Text type="secondary">{t('reading.scope.units')}：</Typography.Text>
              {s.units.map((u) => <Tag key={u.id} color="blue">{u.name}</Tag>)}
            </Space>
          )}
          {s.positions.length > 0 && (
            <Space wrap size={4}>
              <Typography.Text type="secondary">{t('reading.scope.positions')}：</Typography.Text>
              {s.positions.map((p) => <Tag key={p.id}>{`${p.unitName}·${p.title}`}</Tag>)}
            </Space>
          )}
          <Typography.Text type="secondary" data-testid="doc-scope-people">{t('reading.scope.people', { count: s.people })}</Typography.Text>
        </Space>
      ))}
      {s?.openRevision && can('reading.setNeedsTraining', user.role) && (
        <div style={{ marginTop: 8 }}>
          <Checkbox
            checked={s.openRevision.needsTraining}
            data-testid="doc-needs-training"
            onChange={(e) =>
              void call('reading.setNeedsTraining', { revisionId: s.openRevision!.id, needsTraining: e.target.checked }).then(
                (r) => (message.success(t(r.needsTraining ? 'reading.flag.set' : 'reading.flag.cleared')), scope.reload()),
                (err: unknown) => message.error(err instanceof Error ? err.message : String(err)),
              )
            }
          >
            {s.openRevision.label} {t('reading.flag.label')}
          </Checkbox>
        </div>
      )}
      {editing && s && (
        <ScopeModal
          scope={s}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            scope.reload();
          }}
        />
      )}
    </Card>
  );
}

function ScopeModal({ scope, onClose, onSaved }: { scope: DocumentScope; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const units = useApi('departments.tree', { includeClosed: false });
  const positions = useApi('positions.list', { pageSize: 500 });
  const [unitIds, setUnitIds] = useState(scope.units.map((u) => u.id));
  const [positionIds, setPositionIds] = useState(scope.positions.map((p) => p.id));
  const [busy, setBusy] = useState(false);
  async function save() {
    setBusy(true);
    try {
      await call('reading.scopeSet', { documentId: scope.documentId, unitIds, positionIds });
      message.success(t('reading.scope.saved'));
      onSaved();
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }
  return (
    <Modal open width={640} title={t('reading.scope.title')} onCancel={onClose} onOk={save} confirmLoading={busy} okButtonProps={{ 'data-testid': 'doc-scope-save' } as never}>
      <Form layout="vertical">
        <Form.Item label={t('reading.scope.units')}>
          <Select
            mode="multiple"
            value={unitIds}
            onChange={setUnitIds}
            optionFilterProp="label"
            loading={units.loading}
            data-testid="doc-scope-units"
            options={(units.data ?? []).map((u) => ({ value: u.id, label: `${'　'.repeat(u.depth)}${u.name}` }))}
          />
        </Form.Item>
        <Form.Item label={t('reading.scope.positions')}>
          <Select
            mode="multiple"
            value={positionIds}
            onChange={setPositionIds}
            optionFilterProp="label"
            loading={positions.loading}
            data-testid="doc-scope-positions"
            options={(positions.data?.items ?? []).map((p) => ({ value: p.id, label: `${p.departmentName}·${p.title}` }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
