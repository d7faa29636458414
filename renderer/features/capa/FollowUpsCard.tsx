import { App, Button, Card, Flex, Input, List, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FOLLOWUP_KINDS, type Capa } from '../../../shared/capa/contract';
import { call } from '../../api/client';
import { can } from '../../api/permissions';
import { useApi } from '../../api/useApi';
import { formatDate, todayIso } from '../../i18n/format';
import { useSignedIn } from '../auth/session-context';
import { documentPath, href, navigate, revisionPath } from '../shell/router';

type Kind = (typeof FOLLOWUP_KINDS)[number];
const LOCKED = ['closed', 'cancelled'];

/**
 * Follow-ups: documents to revise (the owner or a quality manager starts the revision from here, through the
 * revisions API), risks to update and training needed (recorded as items with a text); the verifier checks them.
 */
export function FollowUpsCard({ capa, onChanged }: { capa: Capa; onChanged: (c: Capa) => void }) {
  const { t } = useTranslation();
  const { user } = useSignedIn();
  const { message } = App.useApp();
  const [kind, setKind] = useState<Kind>('document');
  const [note, setNote] = useState('');
  const [docQ, setDocQ] = useState('');
  const [docId, setDocId] = useState<string | null>(null);
  const docs = useApi('documents.list', kind === 'document' && capa.mayWork ? { q: docQ || undefined, pageSize: 20 } : null);
  const live = !LOCKED.includes(capa.status);
  const mayCheck = live && (capa.mayWork || capa.steps.includes('close') || capa.steps.includes('verify'));

  async function act(work: () => Promise<Capa>) {
    try {
      onChanged(await work());
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    }
  }
  async function startRevision(documentId: string) {
    try {
      const draft = await call('revisions.startDraft', { documentId });
      navigate(revisionPath(documentId, draft.id));
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    }
  }
  return (
    <Card title={t('capa.page.followUps')} size="small" data-testid="capa-followups">
      <List
        size="small"
        dataSource={capa.followUps}
        locale={{ emptyText: t('capa.page.none') }}
        renderItem={(f) => (
          <List.Item
            actions={[
              f.kind === 'document' && f.targetId && capa.mayWork && can('revisions.startDraft', user.role) && !f.doneOn ? (
                <Button key="rev" size="small" onClick={() => startRevision(f.targetId!)}>
                  {t('capa.page.startRevision')}
                </Button>
              ) : null,
              !f.doneOn && mayCheck ? (
                <Button key="done" size="small" onClick={() => act(() => call('capa.doneFollowUp', { id: capa.id, version: capa.version, followUpId: f.id, doneOn: todayIso() }))}>
                  {t('capa.page.markDone')}
                </Button>
              ) : null,
            ]}
          >
            <Space>
              <Tag>{t(`capa.page.followKinds.${f.kind}`)}</Tag>
              {f.kind === 'document' && f.targetId ? <a href={href(documentPath(f.targetId))}>{f.note}</a> : f.note}
              {f.doneOn && <Typography.Text type="success">✓ {formatDate(f.doneOn)} {f.doneBy}</Typography.Text>}
            </Space>
          </List.Item>
        )}
      />
      {capa.mayWork && live && (
        <Flex gap={8} wrap style={{ marginTop: 8 }}>
          <Select value={kind} onChange={setKind} style={{ width: 130 }} options={FOLLOWUP_KINDS.map((k) => ({ value: k, label: t(`capa.page.followKinds.${k}`) }))} />
          {kind === 'document' && (
            <Select
              showSearch={{ filterOption: false, onSearch: setDocQ }}
              value={docId ?? undefined}
              onChange={(v, o) => {
                setDocId(v);
                if (!note) setNote((o as { label: string }).label);
              }}
              style={{ width: 240 }}
              options={(docs.data?.items ?? []).map((d) => ({ value: d.id, label: `${d.number} ${d.title}` }))}
            />
          )}
          <Input value={note} onChange={(e) => setNote(e.target.value)} placeholder={t('capa.page.followNote')} maxLength={1000} style={{ width: 260 }} data-testid="capa-followup-note" />
          <Button
            disabled={!note.trim()}
            onClick={() =>
              act(async () => {
                const c = await call('capa.addFollowUp', { id: capa.id, version: capa.version, kind, targetId: kind === 'document' ? docId : null, note: note.trim() });
                setNote('');
                setDocId(null);
                return c;
              })
            }
            data-testid="capa-followup-add"
          >
            {t('capa.page.addFollowUp')}
          </Button>
        </Flex>
      )}
    </Card>
  );
}
