import { Alert, App, Button, Card, Empty, Flex, Modal, Select, Skeleton, Tag, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Mark, Matrix } from '../../../shared/matrix/contract';
import { call } from '../../api/client';
import { can } from '../../api/permissions';
import { useApi } from '../../api/useApi';
import { formatDate } from '../../i18n/format';
import { useSignedIn } from '../auth/session-context';
import { PageHeader } from '../shell/PageHeader';
import { base64ToBlob, download, DOCX_TYPE } from '../word/files';
import { MatrixGrid } from './MatrixGrid';
import { StepModal } from './StepModal';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const STATE_COLORS = { draft: 'default', in_approval: 'processing', effective: 'success', superseded: 'warning' } as const;
type Level = 'department' | 'branch' | 'team';

/** 质量职能分配表: the grid (edited by keyboard in a draft), the rows breaking the one-★ rule, versions and their approval. */
export function MatrixPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const { user } = useSignedIn();
  const versions = useApi('matrix.list', {});
  const [id, setId] = useState<string | undefined>();
  const [m, setM] = useState<Matrix | null | undefined>();
  const [error, setError] = useState<string | null>(null);
  const [step, setStep] = useState<'approve' | 'return' | null>(null);
  const [creating, setCreating] = useState(false);
  const [level, setLevel] = useState<Level>('department');
  const latest = useRef<Matrix | null | undefined>(undefined);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const reloadVersions = versions.reload;

  const show = useCallback((next: Matrix | null) => {
    latest.current = next;
    setM(next);
  }, []);
  const fail = useCallback((e: unknown) => message.error(e instanceof Error ? e.message : String(e)), [message]);

  useEffect(() => {
    let live = true;
    call('matrix.get', id ? { id } : {}).then(
      (x) => live && show(x),
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [id, show]);

  // Changes run one after another, each naming the version the previous one returned.
  const onSet = useCallback(
    (row: string, unitId: string, mark: Mark | null) => {
      queue.current = queue.current.then(async () => {
        const cur = latest.current;
        if (!cur) return;
        try {
          show(await call('matrix.setCell', { id: cur.id, version: cur.version, row, unitId, mark }));
        } catch (e) {
          fail(e);
        }
      });
    },
    [show, fail],
  );

  async function take(s: 'submit' | 'approve' | 'return', extra: { password?: string; comment?: string } = {}) {
    const cur = latest.current;
    if (!cur) return;
    try {
      show(await call('matrix.step', { id: cur.id, version: cur.version, step: s, ...extra }));
      setStep(null);
      reloadVersions();
    } catch (e) {
      fail(e);
    }
  }

  async function create() {
    try {
      const x = await call('matrix.create', { levelKind: level });
      setCreating(false);
      setId(x.id);
      show(x);
      reloadVersions();
    } catch (e) {
      fail(e);
    }
  }

  async function exportFile(kind: 'word' | 'xlsx') {
    if (!m) return;
    try {
      const file = await call(kind === 'word' ? 'matrix.exportWord' : 'matrix.exportXlsx', { id: m.id });
      download(base64ToBlob(file.dataBase64, kind === 'word' ? DOCX_TYPE : XLSX_TYPE), file.name);
    } catch (e) {
      fail(e);
    }
  }

  const broken = useMemo(() => new Set(m?.breaks.map((b) => b.row) ?? []), [m]);
  const rowName = (key: string) => {
    const r = m?.rows.find((x) => x.key === key);
    return r ? `${r.code} ${i18n.language === 'en' ? r.nameEn : r.nameZh}` : key;
  };
  const open = (versions.data ?? []).some((v) => v.state === 'draft' || v.state === 'in_approval');
  const approved = m?.signatures.find((s) => s.meaning === 'approved' && !s.voidedAt);

  return (
    <>
      <PageHeader
        title={t('matrix.title')}
        sub={
          m && (
            <Flex gap={8} align="center">
              <Typography.Text>{t('matrix.version', { number: m.number })}</Typography.Text>
              <Tag color={STATE_COLORS[m.state]} data-testid="matrix-state">
                {t(`matrix.states.${m.state}`)}
              </Tag>
              <Typography.Text type="secondary">{t(`matrix.levels.${m.levelKind}`)}</Typography.Text>
            </Flex>
          )
        }
        extra={
          <>
            {(versions.data?.length ?? 0) > 1 && (
              <Select
                style={{ width: 160 }}
                value={m?.id}
                onChange={setId}
                aria-label={t('matrix.versions')}
                options={(versions.data ?? []).map((v) => ({ value: v.id, label: `${t('matrix.version', { number: v.number })} · ${t(`matrix.states.${v.state}`)}` }))}
              />
            )}
            {can('matrix.create', user.role) && !open && (
              <Button onClick={() => setCreating(true)} data-testid="matrix-create">
                {t('matrix.create')}
              </Button>
            )}
            {m?.steps.map((s) => (
              <Button
                key={s}
                type={s === 'return' ? 'default' : 'primary'}
                danger={s === 'return'}
                onClick={() => (s === 'submit' ? void take('submit') : setStep(s as 'approve' | 'return'))}
                data-testid={`matrix-step-${s}`}
              >
                {t(`matrix.steps.${s}` as 'matrix.steps.submit')}
              </Button>
            ))}
            {m && (
              <>
                <Button onClick={() => void exportFile('word')}>{t('matrix.exportWord')}</Button>
                <Button onClick={() => void exportFile('xlsx')}>{t('matrix.exportXlsx')}</Button>
              </>
            )}
          </>
        }
      />
      {error && <Alert type="error" showIcon message={error} />}
      {m === undefined && !error && <Skeleton active />}
      {m === null && <Empty description={t('matrix.none')} />}
      {m && (
        <Flex vertical gap={12}>
          {m.breaks.length > 0 ? (
            <Alert
              type="warning"
              showIcon
              data-testid="matrix-breaks"
              message={t('matrix.breaksTitle', { count: m.breaks.length })}
              description={
                <ul className="matrix-break-list">
                  {m.breaks.slice(0, 12).map((b) => (
                    <li key={b.row}>{t('matrix.breakRow', { row: rowName(b.row) })}</li>
                  ))}
                  {m.breaks.length > 12 && <li>…</li>}
                </ul>
              }
            />
          ) : (
            <Alert type="success" showIcon message={t('matrix.allGood')} data-testid="matrix-ok" />
          )}
          {approved && (
            <Typography.Text type="secondary">
              {t('matrix.signedBy', { name: approved.signerName, date: formatDate(approved.signedAt) })}
            </Typography.Text>
          )}
          <Card size="small">
            {m.columns.length === 0 ? (
              <Empty description={t('matrix.noColumns')} />
            ) : (
              <MatrixGrid rows={m.rows} columns={m.columns} cells={m.cells} broken={broken} editable={m.editable} onSet={onSet} />
            )}
            <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
              {t('matrix.legend')}
            </Typography.Paragraph>
          </Card>
        </Flex>
      )}
      {step && <StepModal kind={step} onCancel={() => setStep(null)} onOk={(v) => take(step, v)} />}
      {creating && (
        <Modal open title={t('matrix.createTitle')} onCancel={() => setCreating(false)} onOk={() => void create()}>
          <Flex vertical gap={8}>
            <Typography.Text>{t('matrix.level')}</Typography.Text>
            <Select<Level>
              value={level}
              onChange={setLevel}
              options={(['department', 'branch', 'team'] as const).map((k) => ({ value: k, label: t(`matrix.levels.${k}`) }))}
              data-testid="matrix-level"
            />
          </Flex>
        </Modal>
      )}
    </>
  );
}
