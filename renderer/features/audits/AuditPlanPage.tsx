import { App, Alert, Button, Card, Col, Descriptions, Flex, Form, Input, InputNumber, List, Row, Select, Tag } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Audit, AuditStep } from '../../../shared/audits/schemas';
import { call } from '../../api/client';
import { AuditExportButton } from './AuditExportButton';
import { useApi } from '../../api/useApi';
import { useFormAction } from '../../api/useFormAction';
import { LoadError } from '../shell/LoadError';
import { PageHeader } from '../shell/PageHeader';
import { href, programmePath } from '../shell/router';
import { STATUS_COLORS, useClauseOptions, usePeopleOptions, useUnitOptions } from './common';
import { StepModal } from './ProgrammeModals';
import { TimetableEditor } from './TimetableEditor';

interface PlanForm {
  title: string;
  plannedMonth: number;
  purpose: string;
  scope: string;
  startDate?: string;
  endDate?: string;
  leadPersonId?: string;
  auditorIds: string[];
  unitIds: string[];
  auditees: string[];
  clauses: string[];
  processIds: string[];
  timetable: { id?: string; date: string; from: string; to: string; unitId: string; auditorIds: string[]; clauses: string[] }[];
  openingAt?: string;
  openingPlace?: string;
  closingAt?: string;
  closingPlace?: string;
}

const toForm = (a: Audit): PlanForm => {
  const opening = a.meetings.find((m) => m.kind === 'opening');
  const closing = a.meetings.find((m) => m.kind === 'closing');
  return {
    title: a.title,
    plannedMonth: a.plannedMonth,
    purpose: a.purpose,
    scope: a.scope,
    startDate: a.startDate ?? undefined,
    endDate: a.endDate ?? undefined,
    leadPersonId: a.lead?.personId,
    auditorIds: a.auditors.map((p) => p.personId),
    unitIds: a.units.map((u) => u.unitId),
    auditees: a.auditees.map((x) => `${x.unitId}|${x.personId}`),
    clauses: a.clauses,
    processIds: a.processes.map((p) => p.processId),
    timetable: a.timetable.map(({ id, date, from, to, unitId, auditorIds, clauses }) => ({ id, date, from, to, unitId, auditorIds, clauses })),
    openingAt: opening?.at,
    openingPlace: opening?.place ?? undefined,
    closingAt: closing?.at,
    closingPlace: closing?.place ?? undefined,
  };
};

/** 内审实施计划: the plan form with its timetable, the lifecycle buttons the server offers, independence exceptions. */
export function AuditPlanPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const audit = useApi('audits.get', { id });
  const coverage = useApi('programmes.coverage', audit.data ? { year: audit.data.year } : null);
  const [form] = Form.useForm<PlanForm>();
  const { busy, run } = useFormAction(form);
  const [cancelling, setCancelling] = useState(false);
  const people = usePeopleOptions();
  const allUnits = useUnitOptions();
  const clauses = useClauseOptions();
  const a = audit.data;
  useEffect(() => {
    if (a) form.setFieldsValue(toForm(a));
  }, [a, form]);
  const watchedUnits = Form.useWatch('unitIds', form);
  const unitIds = useMemo(() => watchedUnits ?? [], [watchedUnits]);
  const lead = Form.useWatch('leadPersonId', form);
  const watchedAuditors = Form.useWatch('auditorIds', form);
  const auditorIds = useMemo(() => watchedAuditors ?? [], [watchedAuditors]);
  const chosenUnits = useMemo(() => allUnits.filter((u) => unitIds.includes(u.value)), [allUnits, unitIds]);
  const team = useMemo(() => people.filter((p) => p.value === lead || auditorIds.includes(p.value)), [people, lead, auditorIds]);
  const auditeeOptions = useMemo(
    () => chosenUnits.flatMap((u) => people.map((p) => ({ value: `${u.value}|${p.value}`, label: `${u.label} · ${p.label}` }))),
    [chosenUnits, people],
  );

  if (audit.error) return <LoadError error={audit.error} onRetry={audit.reload} />;
  if (!a) return <PageHeader title={t('common.loading')} />;
  const disabled = !a.canEdit;

  const save = (v: PlanForm) =>
    run(async () => {
      const meetings = [
        ...(v.openingAt ? [{ kind: 'opening' as const, at: v.openingAt, place: v.openingPlace || null, attendeeIds: [] }] : []),
        ...(v.closingAt ? [{ kind: 'closing' as const, at: v.closingAt, place: v.closingPlace || null, attendeeIds: [] }] : []),
      ];
      await call('audits.savePlan', {
        id: a.id,
        version: a.version,
        title: v.title,
        plannedMonth: v.plannedMonth,
        purpose: v.purpose ?? '',
        scope: v.scope ?? '',
        startDate: v.startDate || null,
        endDate: v.endDate || null,
        leadPersonId: v.leadPersonId ?? null,
        auditorIds: v.auditorIds ?? [],
        unitIds: v.unitIds ?? [],
        auditees: (v.auditees ?? []).map((k) => ({ unitId: k.split('|')[0]!, personId: k.split('|')[1]! })),
        clauses: (v.clauses ?? []) as never,
        processIds: v.processIds ?? [],
        revisionIds: a.revisions.map((r) => r.revisionId),
        timetable: (v.timetable ?? []).map((s) => ({ ...(s.id && { id: s.id }), date: s.date, from: s.from, to: s.to, unitId: s.unitId, auditorIds: s.auditorIds ?? [], clauses: (s.clauses ?? []) as never })),
        meetings,
      });
      message.success(t('audits.plan.saved'));
      audit.reload();
    });
  const step = (s: AuditStep) =>
    s === 'cancel'
      ? setCancelling(true)
      : void call('audits.step', { id: a.id, version: a.version, step: s }).then(audit.reload, (e: Error) => message.error(e.message));
  const issue = () => void call('audits.issuePlan', { id: a.id, version: a.version }).then(audit.reload, (e: Error) => message.error(e.message));

  return (
    <>
      <PageHeader
        title={`${a.code} ${a.title}`}
        sub={
          <Flex gap={8}>
            <Tag color={STATUS_COLORS[a.status]} data-testid="audit-status">
              {t(`audits.status.${a.status}`)}
            </Tag>
            {a.provisional && <Tag color="orange">{t('audits.plan.provisional')}</Tag>}
            <a href={href(programmePath(a.year))}>{t('audits.programme')}</a>
            <a href={href(`/audits/${encodeURIComponent(a.id)}/checklist`)} data-testid="open-checklist">{t('checklists.title')}</a>
            <a href={href(`/findings?audit=${encodeURIComponent(a.id)}`)}>{t('findings.title')}</a>
          </Flex>
        }
        extra={
          <>
            <AuditExportButton label={t('auditExports.plan')} start={() => call('audits.exportPlanStart', { auditId: a.id })} testId="export-plan" />
            {a.status !== 'planned' && a.status !== 'cancelled' && (
              <AuditExportButton label={t('auditExports.report')} start={() => call('audits.exportReportStart', { auditId: a.id })} testId="export-report" />
            )}
            {a.canEdit && a.status === 'planned' && (
              <Button onClick={issue} data-testid="issue-plan">
                {t('audits.plan.issue')}
              </Button>
            )}
            {a.openSteps.map((s) => (
              <Button key={s} danger={s === 'cancel'} type={s === 'cancel' ? 'default' : 'primary'} onClick={() => step(s)} data-testid={`step-${s}`}>
                {t(`audits.steps.${s}`)}
              </Button>
            ))}
          </>
        }
      />
      {disabled && a.status !== 'closed' && a.status !== 'cancelled' && <Alert type="info" showIcon message={t('audits.plan.readOnly')} style={{ marginBottom: 16 }} />}
      <Descriptions size="small" style={{ marginBottom: 16 }} items={[{ key: 'issued', label: t('audits.plan.issue'), children: a.planIssuedAt ? t('audits.plan.issued', { at: a.planIssuedAt.slice(0, 16).replace('T', ' ') }) : t('audits.plan.notIssued') }]} />
      <Form form={form} layout="vertical" onFinish={save} disabled={disabled} data-testid="plan-form">
        <Row gutter={16}>
          <Col xs={24} lg={12}>
            <Card title={t('audits.plan.basics')} size="small" style={{ marginBottom: 16 }}>
              <Form.Item name="title" label={t('audits.plan.title')} rules={[{ required: true, whitespace: true }]}>
                <Input maxLength={200} />
              </Form.Item>
              <Flex gap={12}>
                <Form.Item name="plannedMonth" label={t('audits.plan.month')} rules={[{ required: true }]}>
                  <InputNumber min={1} max={12} />
                </Form.Item>
                <Form.Item name="startDate" label={t('audits.plan.dates')}>
                  <Input type="date" aria-label="start" data-testid="plan-start" />
                </Form.Item>
                <Form.Item name="endDate" label=" ">
                  <Input type="date" aria-label="end" data-testid="plan-end" />
                </Form.Item>
              </Flex>
              <Form.Item name="purpose" label={t('audits.plan.purpose')}>
                <Input.TextArea rows={2} maxLength={4000} />
              </Form.Item>
              <Form.Item name="scope" label={t('audits.plan.scope')}>
                <Input.TextArea rows={2} maxLength={4000} />
              </Form.Item>
            </Card>
          </Col>
          <Col xs={24} lg={12}>
            <Card title={t('audits.plan.team')} size="small" style={{ marginBottom: 16 }}>
              <Form.Item name="leadPersonId" label={t('audits.plan.lead')}>
                <Select showSearch allowClear options={people} optionFilterProp="label" data-testid="plan-lead" />
              </Form.Item>
              <Form.Item name="auditorIds" label={t('audits.plan.auditors')}>
                <Select mode="multiple" options={people} optionFilterProp="label" data-testid="plan-auditors" />
              </Form.Item>
              <Form.Item name="unitIds" label={t('audits.plan.units')}>
                <Select mode="multiple" options={allUnits} optionFilterProp="label" data-testid="plan-units" />
              </Form.Item>
              <Form.Item name="auditees" label={t('audits.plan.auditees')}>
                <Select mode="multiple" options={auditeeOptions} optionFilterProp="label" data-testid="plan-auditees" />
              </Form.Item>
            </Card>
          </Col>
        </Row>
        <Card title={t('audits.plan.criteria')} size="small" style={{ marginBottom: 16 }}>
          <Form.Item name="clauses" label={t('audits.plan.clauses')}>
            <Select mode="multiple" options={clauses} optionFilterProp="label" data-testid="plan-clauses" />
          </Form.Item>
          <Form.Item name="processIds" label={t('audits.plan.processes')}>
            <Select mode="multiple" options={(coverage.data?.processes ?? []).map((p) => ({ value: p.processId, label: `${p.code} ${p.name}` }))} optionFilterProp="label" />
          </Form.Item>
          {a.revisions.length > 0 && (
            <Descriptions size="small" items={[{ key: 'r', label: t('audits.plan.regulations'), children: a.revisions.map((r) => `${r.documentNumber} ${r.documentTitle}（${r.label}）`).join(t('common.listSeparator')) }]} />
          )}
        </Card>
        <Card title={t('audits.plan.timetable')} size="small" style={{ marginBottom: 16 }}>
          <TimetableEditor units={chosenUnits} team={team} clauses={clauses} disabled={disabled} />
        </Card>
        <Card title={t('audits.plan.meetings')} size="small" style={{ marginBottom: 16 }}>
          <Flex gap={12} wrap>
            <Form.Item name="openingAt" label={`${t('audits.plan.opening')} · ${t('audits.plan.at')}`}>
              <Input type="datetime-local" data-testid="opening-at" />
            </Form.Item>
            <Form.Item name="openingPlace" label={t('audits.plan.place')}>
              <Input maxLength={200} />
            </Form.Item>
            <Form.Item name="closingAt" label={`${t('audits.plan.closing')} · ${t('audits.plan.at')}`}>
              <Input type="datetime-local" />
            </Form.Item>
            <Form.Item name="closingPlace" label={t('audits.plan.place')}>
              <Input maxLength={200} />
            </Form.Item>
          </Flex>
        </Card>
        {!disabled && (
          <Button type="primary" htmlType="submit" loading={busy} data-testid="save-plan" style={{ marginBottom: 16 }}>
            {t('audits.plan.save')}
          </Button>
        )}
      </Form>
      <ExceptionsCard audit={a} team={team} units={chosenUnits} onChanged={audit.reload} />
      <StepModal
        open={cancelling}
        onClose={() => setCancelling(false)}
        onDone={() => (setCancelling(false), audit.reload())}
        title={t('audits.steps.cancel')}
        field="reason"
        action={(comment) => call('audits.step', { id: a.id, version: a.version, step: 'cancel', comment })}
      />
    </>
  );
}

function ExceptionsCard({ audit, team, units, onChanged }: { audit: Audit; team: { value: string; label: string }[]; units: { value: string; label: string }[]; onChanged: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ personId: string; unitId: string; justification: string }>();
  const { busy, run } = useFormAction(form);
  const add = (v: { personId: string; unitId: string; justification: string }) =>
    run(async () => {
      await call('audits.recordException', { auditId: audit.id, ...v });
      form.resetFields();
      onChanged();
    });
  return (
    <Card title={t('audits.plan.exceptions')} size="small" data-testid="exceptions">
      <List
        size="small"
        dataSource={audit.independenceExceptions}
        renderItem={(e) => (
          <List.Item
            actions={
              audit.canEdit
                ? [
                    <Button key="rm" type="link" size="small" onClick={() => void call('audits.removeException', { auditId: audit.id, exceptionId: e.id }).then(onChanged, () => undefined)}>
                      {t('audits.plan.remove')}
                    </Button>,
                  ]
                : []
            }
          >
            {`${e.personName} → ${e.unitName}：${e.justification}`}
          </List.Item>
        )}
      />
      {audit.canEdit && (
        <Form form={form} layout="inline" onFinish={add} style={{ marginTop: 8, rowGap: 8 }}>
          <Form.Item name="personId" rules={[{ required: true }]}>
            <Select placeholder={t('audits.plan.person')} options={team} style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="unitId" rules={[{ required: true }]}>
            <Select placeholder={t('audits.plan.units')} options={units} style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="justification" rules={[{ required: true, whitespace: true }]}>
            <Input placeholder={t('audits.plan.justification')} style={{ width: 300 }} maxLength={2000} />
          </Form.Item>
          <Button htmlType="submit" loading={busy}>
            {t('audits.plan.addException')}
          </Button>
        </Form>
      )}
    </Card>
  );
}
