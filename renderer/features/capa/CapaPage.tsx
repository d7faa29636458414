import { FileWordOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Flex, Form, Input, List, Modal, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Capa } from '../../../shared/capa/contract';
import { PLAIN_STEPS } from '../../../shared/capa/lifecycle';
import { call } from '../../api/client';
import { useApi } from '../../api/useApi';
import { formatDate, formatDateTime } from '../../i18n/format';
import { LoadError } from '../shell/LoadError';
import { PageHeader } from '../shell/PageHeader';
import { ActionsCard } from './ActionsCard';
import { AnalysisCard } from './AnalysisCard';
import { CapaStateTag, SeverityTag } from './CapaTags';
import { FollowUpsCard } from './FollowUpsCard';
import { VerificationCard } from './VerificationCard';

type PlainStep = (typeof PLAIN_STEPS)[number];
const WORKING = ['open', 'analysing', 'acting'];

function download(fileName: string, base64: string) {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }));
  const a = Object.assign(document.createElement('a'), { href: url, download: fileName });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** One corrective action: problem, containment, root cause, actions, verification, follow-ups, signatures. */
export function CapaPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const loaded = useApi('capa.get', { id });
  // The record as the last answer left it (a change answers the whole record), else as loaded.
  const [local, setCapa] = useState<Capa | null>(null);
  const capa = local ?? loaded.data ?? null;
  const [stepping, setStepping] = useState<PlainStep | null>(null);
  const [draft, setContainment] = useState<string | null>(null);
  const containment = draft ?? capa?.containment.text ?? '';
  if (loaded.error && !capa) return <LoadError error={loaded.error} onRetry={loaded.reload} />;
  if (!capa) return <Skeleton active />;

  const steps = capa.steps.filter((s): s is PlainStep => (PLAIN_STEPS as readonly string[]).includes(s));
  const act = async (work: () => Promise<Capa>) => {
    try {
      const c = await work();
      setCapa(c);
      setContainment(null);
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    }
  };
  const exportWord = async () => {
    try {
      const r = await call('capa.exportWord', { id: capa.id });
      download(r.fileName, r.dataBase64);
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <Flex vertical gap={16} data-testid="capa-page">
      <PageHeader
        title={`${capa.number} ${capa.title}`}
        sub={
          <Space>
            <CapaStateTag state={capa.status} />
            <SeverityTag severity={capa.severity} />
            {capa.overdue && <Tag color="red">{t('capa.overdue')}</Tag>}
            {capa.reopened > 0 && <Tag color="magenta">{t('capa.reopened', { count: capa.reopened })}</Tag>}
          </Space>
        }
        extra={
          <>
            {steps.map((s) => (
              <Button key={s} type={s === 'cancel' ? 'default' : 'primary'} danger={s === 'cancel'} onClick={() => (s === 'close' || s === 'cancel' ? setStepping(s) : act(() => call('capa.step', { id: capa.id, version: capa.version, step: s })))} data-testid={`capa-step-${s}`}>
                {t(`capa.steps.${s}`)}
              </Button>
            ))}
            <Button icon={<FileWordOutlined />} onClick={exportWord} data-testid="capa-export-word">
              {t('capa.page.exportWord')}
            </Button>
          </>
        }
      />
      <Card size="small" title={t('capa.page.info')}>
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label={t('capa.cols.source')}>
            {t(`capa.sources.${capa.sourceType}`)} {capa.sourceLink ? <a href={`#${capa.sourceLink}`}>{capa.sourceRef}</a> : capa.sourceRef}
          </Descriptions.Item>
          <Descriptions.Item label={t('capa.cols.unit')}>{capa.unitName}</Descriptions.Item>
          <Descriptions.Item label={t('capa.cols.owner')}>{capa.ownerName}</Descriptions.Item>
          <Descriptions.Item label={t('capa.page.verifier')}>{capa.verifierName ?? t('capa.page.none')}</Descriptions.Item>
          <Descriptions.Item label={t('capa.page.raised')}>{formatDate(capa.raisedOn)}</Descriptions.Item>
          <Descriptions.Item label={t('capa.cols.due')}>{formatDate(capa.dueDate)}</Descriptions.Item>
        </Descriptions>
        <Descriptions size="small" bordered column={1} title={t('capa.page.problem')}>
          <Descriptions.Item label={t('capa.form.what')}>{capa.problem.what}</Descriptions.Item>
          {capa.problem.where ? <Descriptions.Item label={t('capa.form.where')}>{capa.problem.where}</Descriptions.Item> : null}
          {capa.problem.when ? <Descriptions.Item label={t('capa.form.when')}>{capa.problem.when}</Descriptions.Item> : null}
          {capa.problem.extent ? <Descriptions.Item label={t('capa.form.extent')}>{capa.problem.extent}</Descriptions.Item> : null}
        </Descriptions>
      </Card>
      <Card size="small" title={t('capa.page.containment')} data-testid="capa-containment">
        <Typography.Paragraph type="secondary">{t('capa.page.containmentHint')}</Typography.Paragraph>
        {capa.mayWork && WORKING.includes(capa.status) ? (
          <Flex vertical gap={8}>
            <Input.TextArea rows={2} value={containment} onChange={(e) => setContainment(e.target.value)} maxLength={4000} data-testid="capa-containment-text" />
            <Button style={{ alignSelf: 'start' }} disabled={!containment.trim()} onClick={() => act(() => call('capa.setContainment', { id: capa.id, version: capa.version, text: containment }))} data-testid="capa-containment-save">
              {t('capa.form.save')}
            </Button>
          </Flex>
        ) : (
          <Typography.Paragraph>{capa.containment.text ?? t('capa.page.none')}</Typography.Paragraph>
        )}
        {capa.containment.by && <Typography.Text type="secondary">{capa.containment.by} · {formatDateTime(capa.containment.at)}</Typography.Text>}
      </Card>
      <AnalysisCard key={`${capa.round}-${capa.status}`} capa={capa} onChanged={setCapa} />
      <ActionsCard capa={capa} onChanged={() => act(() => call('capa.get', { id: capa.id }))} />
      <VerificationCard capa={capa} onChanged={setCapa} />
      <FollowUpsCard capa={capa} onChanged={setCapa} />
      <Card size="small" title={t('capa.page.signatures')}>
        <List
          size="small"
          dataSource={capa.signatures}
          locale={{ emptyText: t('capa.page.none') }}
          renderItem={(s) => (
            <List.Item>
              {s.signerName} · {t(`capa.steps.close`)} · {formatDateTime(s.signedAt)} · <Typography.Text code>{s.contentHash.slice(0, 12)}</Typography.Text>
            </List.Item>
          )}
        />
      </Card>
      {stepping && (
        <StepModal
          step={stepping}
          onClose={() => setStepping(null)}
          onSubmit={(v) => act(() => call('capa.step', { id: capa.id, version: capa.version, step: stepping, ...v })).then(() => setStepping(null))}
        />
      )}
    </Flex>
  );
}

/** Closing is signed with the password; cancelling needs a reason. */
function StepModal({ step, onClose, onSubmit }: { step: 'close' | 'cancel' | PlainStep; onClose: () => void; onSubmit: (v: { password?: string; comment?: string }) => Promise<void> }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ password?: string; comment?: string }>();
  const [busy, setBusy] = useState(false);
  return (
    <Modal
      open
      title={t(`capa.steps.${step}`)}
      onCancel={onClose}
      confirmLoading={busy}
      onOk={() =>
        form.validateFields().then(async (v) => {
          setBusy(true);
          await onSubmit(v);
          setBusy(false);
        })
      }
      destroyOnHidden
    >
      <Form form={form} layout="vertical">
        <Form.Item name="comment" label={t('capa.page.comment')} rules={[{ required: step === 'cancel' }]}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        {step === 'close' && (
          <Form.Item name="password" label={t('capa.page.password')} rules={[{ required: true }]}>
            <Input.Password autoComplete="current-password" data-testid="capa-close-password" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
