import { App, Checkbox, Form, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Staff } from '../../../shared/org/contract';
import { call } from '../../api/client';
import { useApi } from '../../api/useApi';

/** Gives a person a position (of any open unit; the selected unit's first). */
export function AssignModal({ person, departmentId, onClose, onSaved }: { person: Staff; departmentId: string; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [q, setQ] = useState('');
  const [positionId, setPositionId] = useState<string | null>(null);
  const [primary, setPrimary] = useState(person.positions.length === 0);
  const [busy, setBusy] = useState(false);
  const here = useApi('positions.list', { departmentId, pageSize: 200 });
  const found = useApi('positions.list', q ? { q, pageSize: 50 } : null);
  const items = q ? (found.data?.items ?? []) : (here.data?.items ?? []);

  async function submit() {
    if (!positionId) return;
    setBusy(true);
    try {
      await call('people.assign', { id: person.id, version: person.version, positionId, primary });
      message.success(t('org.saved'));
      onSaved();
    } catch (e) {
      setBusy(false);
      message.error(e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <Modal
      open
      title={t('org.person.assignTitle', { name: person.name })}
      okText={t('org.person.assign')}
      cancelText={t('common.cancel')}
      okButtonProps={{ disabled: !positionId, loading: busy, ...{ 'data-testid': 'assign-submit' } }}
      onOk={submit}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form layout="vertical">
        <Form.Item label={t('org.person.choosePosition')}>
          <Select
            showSearch
            filterOption={false}
            onSearch={setQ}
            value={positionId}
            onChange={setPositionId}
            data-testid="assign-position"
            options={items.map((p) => ({ value: p.id, label: `${p.departmentName} · ${p.title}` }))}
          />
        </Form.Item>
        <Checkbox checked={primary} onChange={(e) => setPrimary(e.target.checked)} data-testid="assign-primary">
          {t('org.person.asPrimary')}
        </Checkbox>
      </Form>
    </Modal>
  );
}
