import { AuditOutlined, ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Table, type TableProps } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QmsDocument } from '../../../shared/documents/contract';
import { can } from '../../api/permissions';
import { useApi } from '../../api/useApi';
import { formatNumber } from '../../i18n/format';
import { useLabels } from '../../i18n/labels';
import { useSignedIn } from '../auth/session-context';
import { ExportRegisterButton } from '../register/ExportRegisterButton';
import { ImportWordModal } from '../word/ImportWordModal';
import { LoadError } from '../shell/LoadError';
import { PageHeader } from '../shell/PageHeader';
import { documentPath, navigate, replacePath } from '../shell/router';
import { documentColumns } from './documentColumns';
import { DocumentFilters } from './DocumentFilters';
import { DocumentFormDrawer } from './DocumentFormDrawer';
import { DEFAULT_STATE, hasFilters, listPath, PAGE_SIZES, readListState, rememberListPath, toListInput, type DocumentSort, type ListState } from './listState';
import { useReferenceData } from './useReferenceData';

export function DocumentListPage({ query }: { query: URLSearchParams }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const { user } = useSignedIn();
  const refs = useReferenceData();
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const queryText = query.toString();
  const state = useMemo(() => readListState(new URLSearchParams(queryText)), [queryText]);
  const listInput = useMemo(() => toListInput(state), [state]);
  const list = useApi('documents.list', listInput);
  const mayCreate = can('documents.create', user.role);
  useEffect(() => rememberListPath(listPath(state)), [state]);

  const update = useCallback((patch: Partial<ListState>) => replacePath(listPath({ ...state, ...patch })), [state]);

  const onTableChange: TableProps<QmsDocument>['onChange'] = (pagination, _filters, sorter) => {
    const s = Array.isArray(sorter) ? sorter[0] : sorter;
    const sorted = s?.order ? { sort: s.columnKey as DocumentSort, dir: s.order === 'ascend' ? ('asc' as const) : ('desc' as const) } : { sort: DEFAULT_STATE.sort, dir: DEFAULT_STATE.dir };
    const pageSize = pagination.pageSize ?? state.pageSize;
    const sortChanged = sorted.sort !== state.sort || sorted.dir !== state.dir;
    update({ ...sorted, pageSize, page: sortChanged || pageSize !== state.pageSize ? 1 : (pagination.current ?? 1) });
  };

  const empty = hasFilters(state) ? (
    <Empty description={t('documents.emptyFiltered')}>
      <Button onClick={() => update({ ...DEFAULT_STATE, pageSize: state.pageSize })}>{t('documents.resetFilters')}</Button>
    </Empty>
  ) : (
    <Empty description={t('documents.empty')}>
      {mayCreate && (
        <Button type="primary" onClick={() => setCreating(true)}>
          {t('documents.new')}
        </Button>
      )}
    </Empty>
  );

  return (
    <>
      <PageHeader
        title={t('documents.title')}
        extra={
          <>
            <ExportRegisterButton listInput={listInput} />
            {can('revisions.register', user.role) && (
              <Button icon={<AuditOutlined />} onClick={() => navigate('/register-existing')} data-testid="documents-register-existing">
                {t('approval.bulk.open')}
              </Button>
            )}
            {can('word.import', user.role) && (
              <Button icon={<ImportOutlined />} onClick={() => setImporting(true)} data-testid="documents-import">
                {t('word.import.button')}
              </Button>
            )}
            {mayCreate && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="documents-new">
                {t('documents.new')}
              </Button>
            )}
          </>
        }
      />
      <DocumentFilters
        state={state}
        departmentOptions={refs.departmentOptions}
        onChange={update}
        onReset={() => update({ ...DEFAULT_STATE, pageSize: state.pageSize })}
      />
      {list.error && <LoadError error={list.error} onRetry={list.reload} />}
      <div data-testid="documents-table">
        <Table<QmsDocument>
          rowKey="id"
          className="clickable-rows"
          size="middle"
          loading={list.loading}
          columns={documentColumns(t, labels, state)}
          dataSource={list.data?.items ?? []}
          onChange={onTableChange}
          onRow={(doc) => ({ onClick: () => navigate(documentPath(doc.id)) })}
          locale={{ emptyText: list.loading ? ' ' : empty }}
          scroll={{ x: 1100 }}
          pagination={{
            current: state.page,
            pageSize: state.pageSize,
            total: list.data?.total ?? 0,
            pageSizeOptions: PAGE_SIZES,
            showSizeChanger: true,
            showTotal: (total) => t('documents.total', { count: total, formatted: formatNumber(total) }),
          }}
        />
      </div>
      {importing && <ImportWordModal onClose={() => setImporting(false)} onOpen={navigate} />}
      {creating && (
        <DocumentFormDrawer
          onClose={() => setCreating(false)}
          onSaved={(doc) => {
            setCreating(false);
            navigate(documentPath(doc.id));
          }}
        />
      )}
    </>
  );
}
