import { Drawer } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Department } from '../../../shared/departments/contract';
import { HistoryPanel, type FieldDescriber } from '../audit/HistoryPanel';

export function DepartmentHistoryDrawer({ department, onClose }: { department: Department; onClose: () => void }) {
  const { t } = useTranslation();
  const describe: FieldDescriber = {
    label: (field) => (field === 'name' ? t('departments.name') : field === 'code' ? t('departments.code') : field),
    value: (_field, value) => String(value),
  };
  return (
    <Drawer open size={480} title={t('departments.historyTitle', { name: department.name })} onClose={onClose}>
      <HistoryPanel entity="department" entityId={department.id} describe={describe} title={t('audit.history')} />
    </Drawer>
  );
}
