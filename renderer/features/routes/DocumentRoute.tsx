import { App, Button, Popconfirm, Space } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RouteStep } from '../../../shared/routes/contract';
import { call } from '../../api/client';
import { can } from '../../api/permissions';
import { useSignedIn } from '../auth/session-context';
import { RouteSummary } from '../revisions/RouteSummary';
import { RouteEditor } from './RouteEditor';

/** The route of the document's next submission; quality managers may give the document its own. */
export function DocumentRoute({ documentId, approverIds }: { documentId: string; approverIds: readonly string[] }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { user } = useSignedIn();
  const [version, setVersion] = useState(0);
  const [editing, setEditing] = useState<{ steps: RouteStep[] } | null>(null);
  const [own, setOwn] = useState(false);
  const manager = can('routes.set', user.role);
  const loaded = useCallback((source: string) => setOwn(source === 'document'), []);

  async function open() {
    try {
      const route = await call('routes.effective', { documentId });
      setEditing({ steps: route.steps });
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    }
  }

  async function reset() {
    try {
      await call('routes.clear', { scope: { documentId } });
      message.success(t('routes.documentResetDone'));
      setOwn(false);
      setVersion((v) => v + 1);
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <Space wrap size={8}>
      <RouteSummary key={version} documentId={documentId} approverIds={approverIds} onLoaded={loaded} />
      {manager && (
        <Button size="small" type="link" onClick={() => void open()} data-testid="document-route-edit">
          {t('routes.edit')}
        </Button>
      )}
      {manager && own && (
        <Popconfirm title={t('routes.documentResetConfirm')} onConfirm={reset} okButtonProps={{ danger: true }}>
          <Button size="small" type="link" danger data-testid="document-route-reset">
            {t('routes.reset')}
          </Button>
        </Popconfirm>
      )}
      {editing && (
        <RouteEditor
          scope={{ documentId }}
          initial={editing.steps}
          title={t('routes.documentEditTitle')}
          onClose={() => setEditing(null)}
          onSaved={() => {
            message.success(t('routes.saved'));
            setEditing(null);
            setVersion((v) => v + 1);
          }}
        />
      )}
    </Space>
  );
}
