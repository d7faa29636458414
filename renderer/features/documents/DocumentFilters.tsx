import { ClearOutlined } from '@ant-design/icons';
import { Button, Flex, Select, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DocumentStatus, DocumentType } from '../../../shared/documents/types';
import { formatDate } from '../../i18n/format';
import { useLabels } from '../../i18n/labels';
import { SearchInput } from '../shell/SearchInput';
import { hasFilters, type ListState } from './listState';

interface Props {
  state: ListState;
  departmentOptions: { value: string; label: string }[];
  onChange: (patch: Partial<ListState>) => void;
  onReset: () => void;
}

export function DocumentFilters({ state, departmentOptions, onChange, onReset }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  return (
    <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
      <SearchInput
        testId="documents-search"
        value={state.q}
        placeholder={t('documents.searchPlaceholder')}
        onSearch={(q) => onChange({ q, page: 1 })}
        style={{ width: 240 }}
      />
      <Select<DocumentType[]>
        data-testid="documents-filter-type"
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        placeholder={t('documents.filterType')}
        value={state.types}
        options={labels.typeOptions}
        onChange={(types) => onChange({ types, page: 1 })}
        style={{ minWidth: 160 }}
      />
      <Select<DocumentStatus[]>
        data-testid="documents-filter-status"
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        placeholder={t('documents.filterStatus')}
        value={state.statuses}
        options={labels.statusOptions()}
        onChange={(statuses) => onChange({ statuses, page: 1 })}
        style={{ minWidth: 180 }}
      />
      <Select<string>
        data-testid="documents-filter-department"
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        placeholder={t('documents.filterDepartment')}
        value={state.departmentId}
        options={departmentOptions}
        onChange={(departmentId) => onChange({ departmentId: departmentId ?? undefined, page: 1 })}
        style={{ minWidth: 160 }}
      />
      {state.reviewDueBy && (
        <Tag closable color="orange" onClose={() => onChange({ reviewDueBy: undefined, page: 1 })}>
          {t('documents.reviewDueBy', { date: formatDate(state.reviewDueBy) })}
        </Tag>
      )}
      {hasFilters(state) && (
        <Button icon={<ClearOutlined />} onClick={onReset}>
          {t('documents.resetFilters')}
        </Button>
      )}
    </Flex>
  );
}
