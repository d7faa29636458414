import { DownOutlined, FileAddOutlined } from '@ant-design/icons';
import { App, Button, Dropdown, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/editor/structure';
import { TEMPLATE_IDS, TEMPLATE_TITLES, type TemplateId } from '../../../shared/templates/catalog';
import { call } from '../../api/client';
import { navigate, revisionPath } from '../shell/router';

interface Props {
  documentId: string;
  language: Language;
  /** A document with no revisions yet may start from a template. */
  offerTemplates: boolean;
}

/** Starts a draft (from the effective revision, or a template) and opens it in the editor. */
export function NewRevisionButton({ documentId, language, offerTemplates }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);

  async function start(templateId?: TemplateId) {
    setBusy(true);
    try {
      const draft = await call('revisions.startDraft', { documentId, ...(templateId ? { templateId } : {}) });
      navigate(revisionPath(documentId, draft.id));
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
      setBusy(false);
    }
  }

  const main = (
    <Button type="primary" icon={<FileAddOutlined />} loading={busy} onClick={() => void start()} data-testid="revision-new">
      {t('revisions.new')}
    </Button>
  );
  if (!offerTemplates) return main;
  return (
    <Space.Compact>
      {main}
      <Dropdown
        trigger={['click']}
        menu={{
          items: TEMPLATE_IDS.map((id) => ({
            key: id,
            label: t('revisions.fromTemplate', { title: TEMPLATE_TITLES[id][language] }),
            'data-testid': `template-${id}`,
          })),
          onClick: ({ key }) => void start(key as TemplateId),
        }}
      >
        <Button type="primary" icon={<DownOutlined />} disabled={busy} aria-label={t('revisions.templates')} data-testid="revision-templates" />
      </Dropdown>
    </Space.Compact>
  );
}
