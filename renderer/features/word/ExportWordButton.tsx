import { FileWordOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/editor/structure';
import { ExportWordModal } from './ExportWordModal';

/** Opens the export dialog for one revision (style, fonts, controlled copy), which runs the export as a job. */
export function ExportWordButton({ revisionId, status, language, size, documentType }: { revisionId: string; status: string; language: Language; size?: 'small' | 'middle'; documentType?: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size={size} icon={<FileWordOutlined />} onClick={() => setOpen(true)} data-testid="export-word">
        {t('word.export.button')}
      </Button>
      {open && <ExportWordModal revisionId={revisionId} status={status} language={language} documentType={documentType} onClose={() => setOpen(false)} />}
    </>
  );
}
