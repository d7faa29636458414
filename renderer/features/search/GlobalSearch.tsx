import { SearchOutlined } from '@ant-design/icons';
import { AutoComplete, Flex, Input, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusTag } from '../documents/StatusTag';
import { navigate, searchPath } from '../shell/router';
import { hitPath, Snippet } from './Snippet';
import { useDocumentSearch } from './useDocumentSearch';
import './search.css';

const ALL = '\u0000all';

/** The header's search box: results drop down as one types; Enter opens the full results page, ↓ then Enter one hit. */
export function GlobalSearch() {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  // Set when Enter chose a highlighted option, so the same Enter does not also open the results page.
  const chosen = useRef(false);
  const search = useDocumentSearch(text, 8);
  const hits = search.result?.hits ?? [];

  const footerText = () => {
    if (search.loading) return t('search.searching');
    if (search.error) return search.error.message;
    return hits.length ? t('search.all', { count: search.result?.total ?? 0 }) : t('search.none', { q: search.q });
  };

  const options = search.q
    ? [
        ...hits.map((hit) => ({
          value: hitPath(hit),
          label: (
            <Flex vertical className="search-option" data-testid="search-option">
              <Flex gap={8} align="center">
                <Typography.Text className="mono" type="secondary">
                  {hit.number}
                </Typography.Text>
                <Typography.Text strong ellipsis style={{ flex: 1 }}>
                  <Snippet text={hit.titleMarked} testId="search-hit-title" />
                </Typography.Text>
                <StatusTag status={hit.status} />
              </Flex>
              <Typography.Text type="secondary" ellipsis style={{ fontSize: 12 }}>
                <Snippet text={hit.snippet} />
              </Typography.Text>
            </Flex>
          ),
        })),
        {
          value: ALL,
          label: (
            <Typography.Text type="secondary" data-testid="search-all">
              {footerText()}
            </Typography.Text>
          ),
        },
      ]
    : [];

  const open = (value: string) => {
    chosen.current = true;
    const q = search.q;
    setText('');
    navigate(value === ALL ? searchPath(q) : value);
  };
  const enter = () => {
    const q = text.trim();
    // The select handles Enter on a highlighted option first or right after; look once both have run.
    window.setTimeout(() => {
      const wasChosen = chosen.current;
      chosen.current = false;
      if (wasChosen || !q) return;
      setText('');
      navigate(searchPath(q));
    });
  };

  return (
    <AutoComplete
      value={text}
      options={options}
      onChange={(value: string) => {
        chosen.current = false;
        setText(value);
      }}
      onSelect={(value: string) => open(value)}
      defaultActiveFirstOption={false}
      popupMatchSelectWidth={460}
      listHeight={420}
      className="global-search"
      style={{ width: 'min(360px, 36vw)' }}
    >
      <Input
        prefix={<SearchOutlined style={{ color: 'rgba(0,0,0,0.35)' }} />}
        placeholder={t('search.placeholder')}
        aria-label={t('search.placeholder')}
        allowClear
        onPressEnter={enter}
        data-testid="global-search"
      />
    </AutoComplete>
  );
}
