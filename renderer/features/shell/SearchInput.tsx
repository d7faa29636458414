import { SearchOutlined } from '@ant-design/icons';
import { Input } from 'antd';
import { useEffect, useEffectEvent, useState, type CSSProperties } from 'react';

const DELAY_MS = 350;

interface Props {
  /** The search in force; the box follows it when it changes from outside (reset, Back). */
  value: string;
  onSearch: (q: string) => void;
  placeholder: string;
  testId: string;
  style?: CSSProperties;
}

/** A search box that searches once typing pauses, and at once on Enter or when cleared. */
export function SearchInput({ value, onSearch, placeholder, testId, style }: Props) {
  const [text, setText] = useState(value);
  const [committed, setCommitted] = useState(value);
  const searchLater = useEffectEvent((q: string) => onSearch(q));

  if (value !== committed) {
    setCommitted(value);
    setText(value);
  }

  useEffect(() => {
    if (text === committed) return;
    const timer = window.setTimeout(() => searchLater(text.trim()), DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [text, committed]);

  return (
    <Input
      data-testid={testId}
      type="search"
      allowClear
      prefix={<SearchOutlined style={{ color: 'rgba(0,0,0,0.35)' }} />}
      value={text}
      placeholder={placeholder}
      aria-label={placeholder}
      onChange={(e) => {
        setText(e.target.value);
        if (e.target.value === '') onSearch('');
      }}
      onPressEnter={() => onSearch(text.trim())}
      style={style}
    />
  );
}
