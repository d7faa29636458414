import { App, Form, Input, InputNumber, Modal, Select, TreeSelect } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitNode } from '../../../shared/departments/contract';
import { call } from '../../api/client';
import { applyFieldErrors } from '../../api/formErrors';
import { useApi } from '../../api/useApi';

export type UnitDialog = { mode: 'create'; parent: UnitNode } | { mode: 'edit'; unit: UnitNode } | { mode: 'move'; unit: UnitNode };

interface Values {
  name: string;
  code: string;
  kind: 'department' | 'branch' | 'team';
  headPersonId: string | null;
  order?: number;
  parentId: string;
}

/** Units as a TreeSelect tree (closed ones and the moved unit's own subtree disabled). */
export function unitOptions(units: UnitNode[], disabledUnder?: string) {
  type Opt = { value: string; title: string; disabled: boolean; children: Opt[] };
  const map = new Map<string, Opt>();
  const blocked = new Set<string>();
  const roots: Opt[] = [];
  for (const u of units) {
    if (u.id === disabledUnder || (u.parentId && blocked.has(u.parentId))) blocked.add(u.id);
    const o: Opt = { value: u.id, title: u.code ? `${u.name} (${u.code})` : u.name, disabled: blocked.has(u.id) || !!u.closedAt, children: [] };
    map.set(u.id, o);
    if (u.parentId === null) roots.push(o);
    else map.get(u.parentId)?.children.push(o);
  }
  return roots;
}

export function UnitFormModal({ dialog, units, onClose, onSaved }: { dialog: UnitDialog; units: UnitNode[]; onClose: () => void; onSaved: (id: string) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [q, setQ] = useState('');
  const people = useApi('people.list', dialog.mode === 'move' ? null : { q: q || undefined, pageSize: 50, active: true });
  const unit = dialog.mode === 'create' ? null : dialog.unit;

  async function submit(v: Values) {
    setBusy(true);
    try {
      let id: string;
      if (dialog.mode === 'create')
        id = (await call('departments.create', { name: v.name, code: v.code ?? '', kind: v.kind, parentId: dialog.parent.id, headPersonId: v.headPersonId ?? null })).id;
      else if (dialog.mode === 'edit')
        id = (
          await call('departments.update', {
            id: dialog.unit.id,
            version: dialog.unit.version,
            ...(dialog.unit.parentId !== null && { name: v.name, kind: v.kind }),
            code: v.code ?? '',
            headPersonId: v.headPersonId ?? null,
            ...(v.order !== undefined && v.order !== null && { order: v.order }),
          })
        ).id;
      else id = (await call('departments.move', { id: dialog.unit.id, version: dialog.unit.version, parentId: v.parentId })).id;
      message.success(t('org.saved'));
      onSaved(id);
    } catch (e) {
      setBusy(false);
      if (!applyFieldErrors(form, e)) message.error(e instanceof Error ? e.message : String(e));
    }
  }

  const title = dialog.mode === 'create' ? t('org.newUnit') : dialog.mode === 'edit' ? t('org.editUnit') : t('org.moveUnit');
  const headOptions = [
    ...(unit?.headPersonId && unit.headName ? [{ value: unit.headPersonId, label: unit.headName }] : []),
    ...(people.data?.items ?? []).filter((p) => p.id !== unit?.headPersonId).map((p) => ({ value: p.id, label: p.employeeNo ? `${p.name}（${p.employeeNo}）` : p.name })),
  ];
  return (
    <Modal
      open
      title={title}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ htmlType: 'submit', form: 'unit', loading: busy, ...{ 'data-testid': 'unit-submit' } }}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        name="unit"
        layout="vertical"
        onFinish={submit}
        disabled={busy}
        initialValues={{
          name: unit?.name ?? '',
          code: unit?.code ?? '',
          kind: unit && unit.kind !== 'organisation' ? unit.kind : 'department',
          headPersonId: unit?.headPersonId ?? null,
          order: unit?.order,
          parentId: unit?.parentId ?? undefined,
        }}
      >
        {dialog.mode === 'move' ? (
          <Form.Item name="parentId" label={t('org.moveTo')} rules={[{ required: true }]}>
            <TreeSelect treeData={unitOptions(units, dialog.unit.id)} treeDefaultExpandAll showSearch treeNodeFilterProp="title" data-testid="unit-parent" />
          </Form.Item>
        ) : (
          <>
            {dialog.mode === 'create' && <Form.Item label={t('org.parent')}>{dialog.parent.name}</Form.Item>}
            {unit?.parentId !== null && (
              <Form.Item name="name" label={t('org.name')} rules={[{ required: true, whitespace: true }, { max: 64 }]}>
                <Input data-testid="unit-name" autoFocus />
              </Form.Item>
            )}
            <Form.Item name="code" label={t('org.code')} normalize={(v: string) => v.toUpperCase()} rules={[{ max: 16 }, { pattern: /^[A-Za-z0-9-]*$/, message: t('departments.codeRule') }]}>
              <Input className="mono" data-testid="unit-code" />
            </Form.Item>
            {unit?.parentId !== null && (
              <Form.Item name="kind" label={t('org.kindLabel')}>
                <Select
                  data-testid="unit-kind"
                  options={(['department', 'branch', 'team'] as const).map((k) => ({ value: k, label: t(`org.kind.${k}`) }))}
                />
              </Form.Item>
            )}
            <Form.Item name="headPersonId" label={t('org.head')}>
              <Select allowClear showSearch filterOption={false} onSearch={setQ} options={headOptions} placeholder={t('org.noHead')} data-testid="unit-head" />
            </Form.Item>
            {dialog.mode === 'edit' && unit?.parentId !== null && (
              <Form.Item name="order" label={t('org.order')}>
                <InputNumber min={0} max={1_000_000} />
              </Form.Item>
            )}
          </>
        )}
      </Form>
    </Modal>
  );
}
