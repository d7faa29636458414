import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Input, Modal, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { STEP_MEANINGS, type Assignee, type RouteStep } from '../../../shared/routes/contract';
import type { DocumentType } from '../../../shared/documents/types';
import { call, isApiError } from '../../api/client';
import { useApi } from '../../api/useApi';
import { useLabels } from '../../i18n/labels';
import { ASSIGNEE_KINDS, blankAssignee } from './assignees';

export type RouteScope = { documentType: DocumentType } | { documentId: string };

interface Props {
  scope: RouteScope;
  /** What the editor starts from: the route in force for this scope. */
  initial: readonly RouteStep[];
  title: string;
  onClose: () => void;
  onSaved: () => void;
}

/** Edits the ordered steps after 编制 and saves them with routes.set; the server checks the rules. */
export function RouteEditor({ scope, initial, title, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  const people = useApi('users.directory', {});
  const active = (people.data ?? []).filter((p) => p.active);
  const [steps, setSteps] = useState<RouteStep[]>(() => structuredClone([...initial]));
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  const update = (i: number, step: RouteStep) => setSteps((all) => all.map((s, j) => (j === i ? step : s)));
  const move = (i: number, by: number) =>
    setSteps((all) => {
      const next = [...all];
      const [s] = next.splice(i, 1);
      next.splice(i + by, 0, s!);
      return next;
    });
  const setAssignee = (i: number, k: number, a: Assignee) => update(i, { ...steps[i]!, assignees: steps[i]!.assignees.map((x, j) => (j === k ? a : x)) });

  async function save() {
    setBusy(true);
    setErrors([]);
    try {
      await call('routes.set', { scope, steps });
      onSaved();
    } catch (e) {
      if (isApiError(e)) {
        const issues = e.fieldIssues.map((f) => (f.path.length ? `${stepPlace(f.path)}${f.message}` : f.message));
        setErrors([e.message, ...issues.filter((m) => m !== e.message)]);
      } else setErrors([String(e)]);
    } finally {
      setBusy(false);
    }
  }

  /** "第 2 步：" for an issue whose path points into steps. */
  function stepPlace(path: string[]): string {
    const at = path.indexOf('steps');
    const n = at >= 0 ? Number(path[at + 1]) : NaN;
    return Number.isInteger(n) ? t('routes.stepPlace', { n: n + 1 }) : '';
  }

  return (
    <Modal
      open
      title={title}
      width={760}
      onCancel={onClose}
      okText={t('routes.save')}
      onOk={() => void save()}
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': 'route-save' } as Record<`data-${string}`, string>}
      destroyOnHidden
    >
      <Flex vertical gap={12} data-testid="route-editor">
        <Typography.Text type="secondary">{t('routes.authorNote')}</Typography.Text>
        {steps.map((step, i) => (
          <Card
            key={i}
            size="small"
            data-testid={`route-step-${i}`}
            title={t('routes.stepTitle', { n: i + 1 })}
            extra={
              <Space>
                <Button size="small" icon={<ArrowUpOutlined />} disabled={i === 0} onClick={() => move(i, -1)} aria-label={t('routes.up')} data-testid={`route-step-${i}-up`} />
                <Button size="small" icon={<ArrowDownOutlined />} disabled={i === steps.length - 1} onClick={() => move(i, 1)} aria-label={t('routes.down')} data-testid={`route-step-${i}-down`} />
                <Button size="small" danger icon={<DeleteOutlined />} disabled={steps.length === 1} onClick={() => setSteps((all) => all.filter((_, j) => j !== i))} aria-label={t('routes.removeStep')} data-testid={`route-step-${i}-remove`} />
              </Space>
            }
          >
            <Flex vertical gap={8}>
              <Space wrap>
                <span>{t('routes.meaning')}</span>
                <Select
                  style={{ width: 120 }}
                  value={step.meaning}
                  onChange={(meaning) => update(i, { ...step, meaning })}
                  options={STEP_MEANINGS.map((m) => ({ value: m, label: t(`revisions.meaning.${m}`) }))}
                  data-testid={`route-step-${i}-meaning`}
                />
                <span>{t('routes.mode')}</span>
                <Select
                  style={{ width: 220 }}
                  value={step.mode}
                  onChange={(mode) => update(i, { ...step, mode })}
                  options={(['any', 'all'] as const).map((m) => ({ value: m, label: t(`approval.route.${m}`) }))}
                  data-testid={`route-step-${i}-mode`}
                />
              </Space>
              {step.assignees.map((a, k) => {
                const spec = ASSIGNEE_KINDS.find((x) => x.kind === a.kind);
                const value = a as unknown as Record<string, string>;
                return (
                  <Space key={k} wrap data-testid={`route-step-${i}-assignee-${k}`}>
                    <Select
                      style={{ width: 200 }}
                      value={a.kind}
                      onChange={(kind) => setAssignee(i, k, blankAssignee(kind, active[0]?.id))}
                      options={ASSIGNEE_KINDS.map((x) => ({ value: x.kind, label: t(`routes.kinds.${x.kind}`, { defaultValue: x.kind }) }))}
                      data-testid={`route-step-${i}-assignee-${k}-kind`}
                    />
                    {spec?.fields.map((f) =>
                      f.type === 'text' ? (
                        <Input key={f.name} style={{ width: 200 }} value={value[f.name]} onChange={(e) => setAssignee(i, k, { ...value, [f.name]: e.target.value } as unknown as Assignee)} />
                      ) : (
                        <Select
                          key={f.name}
                          style={{ width: 200 }}
                          showSearch
                          optionFilterProp="label"
                          value={value[f.name] || undefined}
                          onChange={(v: string) => setAssignee(i, k, { ...value, [f.name]: v } as unknown as Assignee)}
                          options={
                            f.type === 'user'
                              ? active.map((p) => ({ value: p.id, label: p.displayName }))
                              : f.values.map((v) => ({ value: v, label: f.name === 'role' ? labels.role(v as never) : t(`routes.values.${v}`, { defaultValue: v }) }))
                          }
                          data-testid={`route-step-${i}-assignee-${k}-${f.name}`}
                        />
                      ),
                    )}
                    <Button
                      size="small"
                      icon={<DeleteOutlined />}
                      disabled={step.assignees.length === 1}
                      onClick={() => update(i, { ...step, assignees: step.assignees.filter((_, j) => j !== k) })}
                      aria-label={t('routes.removeAssignee')}
                    />
                  </Space>
                );
              })}
              <div>
                <Button size="small" icon={<PlusOutlined />} onClick={() => update(i, { ...step, assignees: [...step.assignees, blankAssignee('user', active[0]?.id)] })} data-testid={`route-step-${i}-add-assignee`}>
                  {t('routes.addAssignee')}
                </Button>
              </div>
            </Flex>
          </Card>
        ))}
        <div>
          <Button
            icon={<PlusOutlined />}
            disabled={steps.length >= 8}
            onClick={() => setSteps((all) => [...all.slice(0, -1), { meaning: 'reviewed', mode: 'any', assignees: [blankAssignee('user', active[0]?.id)] }, ...all.slice(-1)])}
            data-testid="route-add-step"
          >
            {t('routes.addStep')}
          </Button>
        </div>
        {errors.length > 0 && (
          <Alert type="error" showIcon data-testid="route-errors" title={errors[0]} description={errors.length > 1 ? errors.slice(1).map((m, j) => <div key={j}>{m}</div>) : undefined} />
        )}
      </Flex>
    </Modal>
  );
}
