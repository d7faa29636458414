import { DownOutlined, FileWordOutlined } from '@ant-design/icons';
import { App, Button, Dropdown } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WORD_STYLES } from '../../../shared/word/contract';
import { call } from '../../api/client';
import { base64ToBlob, download, DOCX_TYPE } from './files';

/** Exports one revision as .docx, in the ordinary style or as an official document (GB/T 9704). */
export function ExportWordButton({ revisionId, size }: { revisionId: string; size?: 'small' | 'middle' }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);

  async function exportAs(style: (typeof WORD_STYLES)[number]) {
    setBusy(true);
    try {
      const file = await call('word.export', { revisionId, style });
      download(base64ToBlob(file.base64, DOCX_TYPE), file.fileName);
      message.success(t('word.export.done', { name: file.fileName }));
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: WORD_STYLES.map((style) => ({ key: style, label: t(`word.export.styles.${style}`), 'data-testid': `export-${style}` })),
        onClick: ({ key }) => void exportAs(key as (typeof WORD_STYLES)[number]),
      }}
    >
      <Button size={size} icon={<FileWordOutlined />} loading={busy} data-testid="export-word">
        {t('word.export.button')} <DownOutlined />
      </Button>
    </Dropdown>
  );
}
