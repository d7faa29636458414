import { Alert, App, Empty, Flex, Select, Skeleton, Tag, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Checklist, ChecklistLine } from '../../../shared/audits/checklists';
import { ApiCallError, call } from '../../api/client';
import { LoadError } from '../shell/LoadError';
import { PageHeader } from '../shell/PageHeader';
import { navigate } from '../shell/router';
import { uploadFile } from '../revisions/FileBody';
import { AddLinesMenu } from './AddLinesMenu';
import { ChecklistLineRow, type LineRowHandle, type LineView } from './ChecklistLineRow';
import { ChecklistSaver, localPatch, type ChecklistSaveState, type LinePatch } from './checklistSaver';
import { FindingModal } from './FindingModal';
import './checklists.css';

const SAVE_COLORS: Record<ChecklistSaveState['kind'], string> = { saved: 'green', pending: 'gold', saving: 'blue', failed: 'red', conflict: 'red' };

/** 内审检查表 of one audit: fast keyboard entry with per-line autosave. */
export function ChecklistPage({ auditId }: { auditId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [lines, setLines] = useState<LineView[]>([]);
  const [unitId, setUnitId] = useState<string | null>(null);
  const [state, setState] = useState<ChecklistSaveState>({ kind: 'saved' });
  const [raising, setRaising] = useState<ChecklistLine | null | undefined>(undefined);
  const rows = useRef<(LineRowHandle | null)[]>([]);

  const saver = useMemo(
    () =>
      new ChecklistSaver(
        setState,
        // Keep what was typed since: only the version and server-side fields come back.
        (saved) => setLines((ls) => ls.map((l) => (l.id === saved.id ? ({ ...saved, ...(localPatch(saved.id)?.patch ?? {}), conflict: undefined } as LineView) : l))),
        (_mine, current) => setLines((ls) => ls.map((l) => (l.id === current.id ? { ...l, conflict: current } : l))),
      ),
    [],
  );

  const [data, setData] = useState<Checklist | null>(null);
  const [error, setError] = useState<ApiCallError | null>(null);
  const apply = useCallback(
    (d: Checklist) => {
      setData(d);
      setError(null);
      // Input kept on this computer from an earlier session (a crash, a failed save) is put back and saved.
      setLines(
        d.lines.map((l) => {
          const local = localPatch(l.id);
          if (!local) return l;
          saver.change(l.id, local.baseVersion, local.patch);
          return { ...l, ...local.patch } as LineView;
        }),
      );
      setUnitId((u) => u ?? d.audit.units[0]?.id ?? null);
    },
    [saver],
  );
  const fail = (e: unknown) => setError(e instanceof ApiCallError ? e : new ApiCallError('INTERNAL', String(e)));
  const load = () => call('checklists.get', { auditId }).then(apply, fail);
  useEffect(() => {
    let live = true;
    call('checklists.get', { auditId }).then(
      (d) => live && apply(d),
      (e: unknown) => live && setError(e instanceof ApiCallError ? e : new ApiCallError('INTERNAL', String(e))),
    );
    return () => {
      live = false;
    };
  }, [auditId, apply]);

  useEffect(() => {
    saver.open();
    const warn = (e: BeforeUnloadEvent) => {
      if (saver.hasUnsaved) e.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('beforeunload', warn);
      saver.close();
    };
  }, [saver]);

  const change = useCallback(
    (line: LineView, patch: LinePatch) => {
      setLines((ls) => ls.map((l) => (l.id === line.id ? ({ ...l, ...patch } as LineView) : l)));
      saver.change(line.id, line.version, patch);
    },
    [saver],
  );

  const attach = async (line: LineView, file: File) => {
    try {
      const id = await uploadFile(file);
      await saver.flush();
      const updated = await call('checklists.attach', { lineId: line.id, attachmentId: id });
      setLines((ls) => ls.map((l) => (l.id === line.id ? { ...l, attachments: updated.attachments } : l)));
    } catch (e) {
      void message.error(t('checklists.uploadFailed', { name: file.name, message: e instanceof Error ? e.message : String(e) }));
    }
  };

  if (error && !data) return <LoadError error={error} onRetry={() => void load()} />;
  if (!data) return <Skeleton active />;
  const editable = data.may.edit;
  const shown = unitId ? lines.filter((l) => l.unitId === unitId || l.unitId === null) : lines;

  return (
    <div className="checklist-page">
      <PageHeader
        title={`${t('checklists.title')} · ${data.audit.code}`}
        sub={
          <Flex gap={8} align="center">
            <Typography.Text type="secondary">{data.audit.title}</Typography.Text>
            <Tag color={SAVE_COLORS[state.kind]} data-testid="save-state">
              {t(`checklists.save.${state.kind}`, { message: 'message' in state ? state.message : '' })}
            </Tag>
          </Flex>
        }
        extra={
          <>
            <Select
              aria-label={t('checklists.unit')}
              style={{ minWidth: 160 }}
              value={unitId ?? undefined}
              onChange={setUnitId}
              options={data.audit.units.map((u) => ({ value: u.id, label: u.name }))}
              data-testid="checklist-unit"
            />
            {editable && <AddLinesMenu auditId={auditId} unitId={unitId} onAdded={() => void load()} />}
            <a href="#/findings" onClick={(e) => (e.preventDefault(), navigate(`/findings?audit=${encodeURIComponent(auditId)}`))}>
              {t('findings.title')}
            </a>
          </>
        }
      />
      {!editable && <Alert type="info" showIcon title={t('checklists.readOnly')} style={{ marginBottom: 12 }} />}
      {editable && <Typography.Paragraph type="secondary">{t('checklists.keys')}</Typography.Paragraph>}
      {shown.length === 0 ? (
        <Empty description={t('checklists.empty')} />
      ) : (
        <Flex vertical gap={12}>
          {shown.map((line, i) => (
            <ChecklistLineRow
              key={line.id}
              ref={(el) => {
                rows.current[i] = el;
              }}
              line={line}
              index={i}
              editable={editable}
              onChange={(patch) => change(line, patch)}
              onNext={() => rows.current[i + 1]?.focusRecord()}
              onAttach={(file) => void attach(line, file)}
              onRaise={() => setRaising(line)}
              onResolve={(keepMine) => {
                const current = line.conflict!;
                saver.resolve(line.id, current, keepMine);
                setLines((ls) => ls.map((l) => (l.id === line.id ? (keepMine ? { ...l, version: current.version, conflict: undefined } : { ...current }) : l)));
              }}
            />
          ))}
        </Flex>
      )}
      {raising !== undefined && (
        <FindingModal
          auditId={auditId}
          units={data.audit.units}
          line={raising}
          onClose={() => setRaising(undefined)}
          onCreated={(f) => {
            setRaising(undefined);
            void message.success(f.number);
            void load();
          }}
        />
      )}
    </div>
  );
}
