import { LinkOutlined } from '@ant-design/icons';
import type { Editor } from '@tiptap/core';
import { Button, Flex, Input, Popover, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isAllowedHref } from '../extensions';
import { SHORTCUTS } from './shortcuts';
import { ToolButton } from './ToolButton';

/** A bare address (www.example.com) gets https://; an e-mail address gets mailto:. */
function normalise(text: string): string {
  const href = text.trim();
  if (!href || /^[a-z][a-z0-9+.-]*:/i.test(href)) return href;
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(href) ? `mailto:${href}` : `https://${href}`;
}

export function LinkButton({ editor, open, onOpenChange, active }: { editor: Editor; open: boolean; onOpenChange: (open: boolean) => void; active: boolean }) {
  const { t } = useTranslation();
  const [href, setHref] = useState('');
  const [error, setError] = useState(false);

  const show = (next: boolean) => {
    if (next) {
      setHref(String(editor.getAttributes('link').href ?? ''));
      setError(false);
    }
    onOpenChange(next);
  };
  const remove = () => {
    editor.chain().focus().extendMarkRange('link').unsetLink().run();
    onOpenChange(false);
  };
  const apply = () => {
    const value = normalise(href);
    if (!value) return remove();
    if (!isAllowedHref(value)) return setError(true);
    editor.chain().focus().extendMarkRange('link').setLink({ href: value }).run();
    onOpenChange(false);
  };

  const content = (
    <Flex vertical gap={8} style={{ width: 320 }}>
      <Input
        autoFocus
        value={href}
        placeholder="https://"
        status={error ? 'error' : undefined}
        data-testid="link-href"
        onChange={(e) => {
          setHref(e.target.value);
          setError(false);
        }}
        onPressEnter={apply}
      />
      {error && <Typography.Text type="danger">{t('editor.link.invalid')}</Typography.Text>}
      <Flex justify="flex-end" gap={8}>
        {active && (
          <Button size="small" onClick={remove}>
            {t('editor.link.remove')}
          </Button>
        )}
        <Button size="small" type="primary" onClick={apply} data-testid="link-apply">
          {t('editor.link.apply')}
        </Button>
      </Flex>
    </Flex>
  );

  return (
    <Popover open={open} onOpenChange={show} trigger="click" content={content} title={t('editor.link.title')}>
      <span>
        <ToolButton label={t('editor.tools.link')} shortcut={SHORTCUTS.link} icon={<LinkOutlined />} active={active} onClick={() => show(!open)} />
      </span>
    </Popover>
  );
}
