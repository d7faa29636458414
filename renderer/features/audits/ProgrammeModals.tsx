import { App, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Coverage } from '../../../shared/audits/schemas';
import { call } from '../../api/client';
import { useFormAction } from '../../api/useFormAction';
import { useClauseOptions, useUnitOptions } from './common';

interface Base {
  open: boolean;
  onClose: () => void;
  onDone: () => void;
}

/** 新增审核: a planned audit of the programme, with the units and clauses/processes it covers. */
export function AddAuditModal({ open, onClose, onDone, programmeId, year, coverage }: Base & { programmeId: string; year: number; coverage: Coverage | undefined }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const { busy, run } = useFormAction(form);
  const units = useUnitOptions();
  const clauses = useClauseOptions();
  const submit = (v: { title: string; plannedMonth: number; unitIds?: string[]; clauses?: string[]; processIds?: string[] }) =>
    run(async () => {
      await call('audits.create', { programmeId, year, title: v.title, plannedMonth: v.plannedMonth, unitIds: v.unitIds ?? [], clauses: (v.clauses ?? []) as never, processIds: v.processIds ?? [] });
      form.resetFields();
      onDone();
    });
  return (
    <Modal open={open} title={t('audits.prog.addAudit')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={busy} okText={t('common.create')} destroyOnHidden width={640}>
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ plannedMonth: new Date().getMonth() + 1 }} data-testid="add-audit-form">
        <Form.Item name="title" label={t('audits.plan.title')} rules={[{ required: true, whitespace: true }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="plannedMonth" label={t('audits.plan.month')} rules={[{ required: true }]}>
          <InputNumber min={1} max={12} />
        </Form.Item>
        <Form.Item name="unitIds" label={t('audits.plan.units')}>
          <Select mode="multiple" options={units} optionFilterProp="label" data-testid="add-audit-units" />
        </Form.Item>
        <Form.Item name="clauses" label={t('audits.plan.clauses')}>
          <Select mode="multiple" options={clauses} optionFilterProp="label" data-testid="add-audit-clauses" />
        </Form.Item>
        <Form.Item name="processIds" label={t('audits.plan.processes')}>
          <Select mode="multiple" options={(coverage?.processes ?? []).map((p) => ({ value: p.processId, label: `${p.code} ${p.name}` }))} optionFilterProp="label" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 说明缺口理由: a clause left uncovered on purpose, for the organisation or one unit. */
export function JustifyGapModal({ open, onClose, onDone, programmeId, clause }: Base & { programmeId: string; clause?: string }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const { busy, run } = useFormAction(form);
  const units = useUnitOptions();
  const clauses = useClauseOptions();
  const submit = (v: { clause: string; unitId?: string; justification: string }) =>
    run(async () => {
      await call('programmes.justifyGap', { programmeId, clause: v.clause as never, unitId: v.unitId ?? null, justification: v.justification });
      form.resetFields();
      onDone();
    });
  return (
    <Modal open={open} title={t('audits.prog.justify')} onCancel={onClose} onOk={() => form.submit()} confirmLoading={busy} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ clause }}>
        <Form.Item name="clause" label={t('audits.prog.clause')} rules={[{ required: true }]}>
          <Select showSearch options={clauses} optionFilterProp="label" />
        </Form.Item>
        <Form.Item name="unitId" label={t('audits.prog.unitOptional')}>
          <Select allowClear showSearch options={units} optionFilterProp="label" />
        </Form.Item>
        <Form.Item name="justification" label={t('audits.prog.justification')} rules={[{ required: true, whitespace: true }]}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** A step needing the signing password (submit, approve) or a comment (return, reopen). */
export function StepModal({ open, onClose, onDone, title, field, action }: Base & { title: string; field: 'password' | 'comment' | 'reason'; action: (value: string) => Promise<unknown> }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const { busy, run } = useFormAction(form, () => (field === 'password' ? void form.setFieldValue('value', '') : undefined));
  const submit = (v: { value: string }) =>
    run(async () => {
      await action(v.value);
      form.resetFields();
      message.success(title);
      onDone();
    });
  const label = field === 'password' ? t('audits.prog.password') : field === 'comment' ? t('audits.prog.comment') : t('audits.prog.reason');
  return (
    <Modal open={open} title={title} onCancel={onClose} onOk={() => form.submit()} confirmLoading={busy} destroyOnHidden>
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="value" label={label} rules={[{ required: true, whitespace: field !== 'password' }]}>
          {field === 'password' ? <Input.Password autoComplete="current-password" /> : <Input.TextArea rows={3} maxLength={2000} />}
        </Form.Item>
      </Form>
    </Modal>
  );
}
