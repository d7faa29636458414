import { Card, Empty, Flex, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLabels } from '../../i18n/labels';
import { StatusTag } from '../documents/StatusTag';
import { LoadError } from '../shell/LoadError';
import { PageHeader } from '../shell/PageHeader';
import { href, replacePath, searchPath } from '../shell/router';
import { SearchInput } from '../shell/SearchInput';
import { hitPath, Snippet } from './Snippet';
import { useDocumentSearch } from './useDocumentSearch';
import './search.css';

/** `#/search?q=`: every hit with its number, title, status and the passage that matched. */
export function SearchResultsPage({ q }: { q: string }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const search = useDocumentSearch(q, 100, 0);
  const hits = search.result?.hits ?? [];
  return (
    <>
      <PageHeader title={t('search.title')} />
      <SearchInput value={q} onSearch={(next) => replacePath(searchPath(next))} placeholder={t('search.placeholder')} testId="search-page-input" style={{ maxWidth: 480, marginBottom: 16 }} />
      {search.error && <LoadError error={search.error} onRetry={search.reload} />}
      {!search.q ? (
        <Empty description={t('search.prompt')} />
      ) : search.loading ? (
        <Skeleton active />
      ) : (
        <Card size="small" title={t('search.total', { count: search.result?.total ?? 0, q: search.q })}>
          {hits.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('search.none', { q: search.q })} />
          ) : (
            <ul className="search-hits" data-testid="search-results">
              {hits.map((hit) => (
                <li key={hit.documentId} className="search-hit">
                  <Flex gap={8} align="center" wrap>
                    <Typography.Text className="mono" type="secondary">
                      {hit.number}
                    </Typography.Text>
                    <a href={href(hitPath(hit))} className="search-title">
                      <Snippet text={hit.titleMarked} testId="search-hit-title" />
                    </a>
                    <Typography.Text type="secondary">{labels.type(hit.type)}</Typography.Text>
                    <StatusTag status={hit.status} />
                  </Flex>
                  <Typography.Text type="secondary">
                    <Snippet text={hit.snippet} />
                  </Typography.Text>
                </li>
              ))}
            </ul>
          )}
        </Card>
      )}
    </>
  );
}
