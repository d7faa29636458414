import { FileExcelOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Input } from '../../../shared/api/contract';
import { call } from '../../api/client';
import { base64ToBlob, download } from '../word/files';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Exports the register as .xlsx with the filter and order shown on screen (every page, not just this one). */
export function ExportRegisterButton({ listInput }: { listInput: Input<'documents.list'> }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);

  async function exportRegister() {
    setBusy(true);
    try {
      const { page: _page, pageSize: _size, ...filter } = listInput;
      const file = await call('register.exportXlsx', { ...filter, language: i18n.language === 'en' ? 'en' : 'zh-CN' });
      download(base64ToBlob(file.base64, XLSX_TYPE), file.fileName);
      message.success(t('office.register.exported', { count: file.rows, name: file.fileName }));
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Button icon={<FileExcelOutlined />} loading={busy} onClick={() => void exportRegister()} data-testid="register-export">
      {t('office.register.export')}
    </Button>
  );
}
