import { PaperClipOutlined, WarningOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Input, Select, Space, Tag, Tooltip, Typography, Upload } from 'antd';
import type { TextAreaRef } from 'antd/es/input/TextArea';
import { forwardRef, useImperativeHandle, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CHECK_METHODS, CHECK_RESULTS, type ChecklistLine, type CheckResult } from '../../../shared/audits/checklists';
import type { LinePatch } from './checklistSaver';
import { Thumbnail } from './Thumbnail';

export interface LineRowHandle {
  focusRecord: () => void;
}

export interface LineView extends ChecklistLine {
  /** The server's line after a conflict, until the auditor chooses. */
  conflict?: ChecklistLine;
}

interface Props {
  line: LineView;
  index: number;
  editable: boolean;
  onChange: (patch: LinePatch) => void;
  onNext: () => void;
  onAttach: (file: File) => void;
  onRaise: () => void;
  onResolve: (keepMine: boolean) => void;
}

export const RESULT_COLORS: Record<CheckResult, string> = { conform: 'green', nonconform: 'red', observation: 'orange', improvement: 'blue', na: 'default' };

/** The result for a key 1–5 (符合, 不符合, 观察项, 改进机会, 不适用), or null for any other key. */
export const resultForKey = (key: string): CheckResult | null => (/^[1-5]$/.test(key) ? CHECK_RESULTS[Number(key) - 1]! : null);

export function requirementText(line: Pick<ChecklistLine, 'clause' | 'article'>): string {
  const parts = [];
  if (line.clause) parts.push(`ISO ${line.clause}`);
  if (line.article) parts.push(`${line.article.documentNumber} ${line.article.label}`);
  return parts.join(' · ');
}

/** One checklist line, entered by keyboard: record (Enter → next line), result (1–5, or Alt+1–5 anywhere). */
export const ChecklistLineRow = forwardRef<LineRowHandle, Props>(function ChecklistLineRow({ line, index, editable, onChange, onNext, onAttach, onRaise, onResolve }, ref) {
  const { t } = useTranslation();
  const record = useRef<TextAreaRef>(null);
  useImperativeHandle(ref, () => ({ focusRecord: () => record.current?.focus() }), []);

  const onKeys = (e: KeyboardEvent) => {
    if (!editable) return;
    if (e.altKey && !e.ctrlKey && !e.metaKey) {
      const result = resultForKey(e.key) ?? resultForKey(e.code.replace('Digit', ''));
      if (result) {
        e.preventDefault();
        onChange({ result });
      }
    }
  };
  const onResultKeys = (e: KeyboardEvent) => {
    const result = resultForKey(e.key);
    if (result && editable) {
      e.preventDefault();
      onChange({ result });
    } else if (e.key === 'Enter') {
      e.preventDefault();
      onNext();
    }
  };

  return (
    <Card size="small" className="checklist-line" data-testid={`line-${index + 1}`} onKeyDown={onKeys}>
      <Flex vertical gap={8}>
        <Flex justify="space-between" align="start" gap={8} wrap>
          <Space wrap size={4}>
            <Typography.Text strong>{index + 1}.</Typography.Text>
            {line.clause && <Tag color="geekblue">ISO {line.clause}</Tag>}
            {line.article && (
              <Tooltip title={line.article.text}>
                <Tag color="purple" data-testid="cited-article">
                  {line.article.documentNumber} {line.article.label}（{line.article.revisionLabel}）
                </Tag>
              </Tooltip>
            )}
            {line.unitName && <Tag>{line.unitName}</Tag>}
            {line.findings.map((f) => (
              <Tag key={f.id} color="red" icon={<WarningOutlined />}>
                <a href={`#/findings/${encodeURIComponent(f.id)}`}>{f.number}</a>
              </Tag>
            ))}
          </Space>
          {editable && (
            <Button size="small" danger onClick={onRaise} data-testid="raise-finding">
              {t('checklists.raise')}
            </Button>
          )}
        </Flex>
        {line.article && <Typography.Paragraph type="secondary" ellipsis={{ rows: 2, expandable: true }} style={{ marginBottom: 0 }}>{line.article.text}</Typography.Paragraph>}
        <Flex gap={8} wrap>
          <Input
            aria-label={t('checklists.question')}
            placeholder={t('checklists.question')}
            value={line.question}
            disabled={!editable}
            onChange={(e) => onChange({ question: e.target.value })}
            style={{ flex: '1 1 320px' }}
          />
          <Select
            aria-label={t('checklists.method')}
            placeholder={t('checklists.method')}
            value={line.method ?? undefined}
            disabled={!editable}
            onChange={(method) => onChange({ method })}
            options={CHECK_METHODS.map((m) => ({ value: m, label: t(`checklists.methods.${m}`) }))}
            style={{ width: 110 }}
          />
        </Flex>
        <Input.TextArea
          ref={record}
          aria-label={t('checklists.record')}
          placeholder={t('checklists.record')}
          autoSize={{ minRows: 2, maxRows: 8 }}
          value={line.record}
          disabled={!editable}
          data-testid="line-record"
          onChange={(e) => onChange({ record: e.target.value })}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.shiftKey && !e.altKey && !e.nativeEvent.isComposing) {
              e.preventDefault();
              onNext();
            }
          }}
        />
        <Flex gap={8} align="center" wrap>
          <div
            role="radiogroup"
            aria-label={t('checklists.result')}
            tabIndex={editable ? 0 : -1}
            className="checklist-result"
            data-testid="line-result"
            onKeyDown={onResultKeys}
          >
            {CHECK_RESULTS.map((r, i) => (
              <Tag.CheckableTag
                key={r}
                checked={line.result === r}
                onChange={() => editable && onChange({ result: line.result === r ? null : r })}
                className={line.result === r ? `result-${RESULT_COLORS[r]}` : undefined}
              >
                {i + 1} {t(`checklists.results.${r}`)}
              </Tag.CheckableTag>
            ))}
          </div>
          {line.attachments.map((f) => (
            <Thumbnail key={f.id} file={f} size={48} />
          ))}
          {editable && (
            <Upload showUploadList={false} multiple beforeUpload={(file) => (onAttach(file), false)} accept="image/png,image/jpeg,image/gif,.pdf,.docx,.xlsx">
              <Button size="small" icon={<PaperClipOutlined />} data-testid="line-attach">
                {t('checklists.attach')}
              </Button>
            </Upload>
          )}
        </Flex>
        {line.conflict && (
          <Alert
            type="warning"
            showIcon
            data-testid="line-conflict"
            title={t('checklists.conflict.title', { name: line.conflict.updatedByName ?? '—' })}
            description={t('checklists.conflict.theirs', {
              record: line.conflict.record || '—',
              result: line.conflict.result ? t(`checklists.results.${line.conflict.result}`) : '—',
            })}
            action={
              <Space direction="vertical">
                <Button size="small" type="primary" onClick={() => onResolve(true)}>
                  {t('checklists.conflict.keepMine')}
                </Button>
                <Button size="small" onClick={() => onResolve(false)}>
                  {t('checklists.conflict.useTheirs')}
                </Button>
              </Space>
            }
          />
        )}
      </Flex>
    </Card>
  );
});
