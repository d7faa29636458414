import { ClearOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentStatus, DocumentType } from '../../../shared/documents/types';
import { useLabels } from '../../i18n/labels';
import { hasFilters, type ListState } from './listState';

const SEARCH_DELAY_MS = 350;

interface Props {
  state: ListState;
  departmentOptions: { value: string; label: string }[];
  onChange: (patch: Partial<ListState>) => void;
  onReset: () => void;
}

export function DocumentFilters({ state, departmentOptions, onChange, onReset }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  const [text, setText] = useState(state.q);
  const [committed, setCommitted] = useState(state.q);

  // Adopt a query changed from outside (reset, Back) without an effect round-trip.
  if (state.q !== committed) {
    setCommitted(state.q);
    setText(state.q);
  }

  useEffect(() => {
    if (text === committed) return;
    const timer = window.setTimeout(() => onChange({ q: text, page: 1 }), SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [text, committed, onChange]);

  return (
    <Flex gap={12} wrap align="center" style={{ marginBottom: 16 }}>
      <Input.Search
        data-testid="documents-search"
        allowClear
        value={text}
        placeholder={t('documents.searchPlaceholder')}
        onChange={(e) => setText(e.target.value)}
        onSearch={(value) => onChange({ q: value, page: 1 })}
        style={{ width: 280 }}
        aria-label={t('documents.searchPlaceholder')}
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
        style={{ minWidth: 180 }}
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
        style={{ minWidth: 200 }}
      />
      <Select<string>
        data-testid="documents-filter-department"
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        placeholder={t('documents.filterDepartment')}
        value={state.departmentId}
        options={departmentOptions}
        onChange={(departmentId) => onChange({ departmentId: departmentId ?? undefined, page: 1 })}
        style={{ minWidth: 180 }}
      />
      {hasFilters(state) && (
        <Button icon={<ClearOutlined />} onClick={onReset}>
          {t('documents.resetFilters')}
        </Button>
      )}
    </Flex>
  );
}
