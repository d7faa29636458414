import { Select } from 'antd';
import { useState } from 'react';
import { useApi } from '../../api/useApi';

/** A searchable person (staff record) picker; `known` keeps the current choice's name before a search finds it. */
export function PersonSelect({ value, onChange, known, placeholder, testId, allowClear }: {
  value?: string | null;
  onChange?: (v: string | null) => void;
  known?: { id: string; name: string } | null;
  placeholder?: string;
  testId?: string;
  allowClear?: boolean;
}) {
  const [q, setQ] = useState('');
  const people = useApi('people.list', { q: q || undefined, pageSize: 50, active: true });
  const options = [
    ...(known && !people.data?.items.some((p) => p.id === known.id) ? [{ value: known.id, label: known.name }] : []),
    ...(people.data?.items ?? []).map((p) => ({ value: p.id, label: p.homeDepartmentName ? `${p.name}（${p.homeDepartmentName}）` : p.name })),
  ];
  return (
    <Select
      showSearch={{ filterOption: false, onSearch: setQ }}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      options={options}
      placeholder={placeholder}
      allowClear={allowClear}
      data-testid={testId}
      style={{ minWidth: 160 }}
    />
  );
}

export function UnitSelect({ value, onChange, placeholder, testId, allowClear }: { value?: string | null; onChange?: (v: string | null) => void; placeholder?: string; testId?: string; allowClear?: boolean }) {
  const units = useApi('departments.list', { pageSize: 500, openOnly: true });
  return (
    <Select
      showSearch={{ optionFilterProp: 'label' }}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      options={(units.data?.items ?? []).map((u) => ({ value: u.id, label: u.name }))}
      placeholder={placeholder}
      allowClear={allowClear}
      data-testid={testId}
      style={{ minWidth: 160 }}
    />
  );
}
