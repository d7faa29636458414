import { DownOutlined } from '@ant-design/icons';
import { App, Button, type ButtonProps, Dropdown, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Input } from '../../../shared/api/contract';
import { call } from '../../api/client';
import { useApi } from '../../api/useApi';

type Source = Input<'checklists.addLines'>['source'];

/** Builds lines from the plan's clauses, a regulation's articles, a template, the unit's last audit, or one blank line. */
export function AddLinesMenu({ auditId, unitId, onAdded }: { auditId: string; unitId: string | null; onAdded: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [picking, setPicking] = useState<'articles' | 'template' | null>(null);
  const [choice, setChoice] = useState<string | null>(null);
  const regulations = useApi('checklists.regulations', picking === 'articles' ? {} : null);
  const templates = useApi('checklists.templates', picking === 'template' ? {} : null);
  const articles = useApi('checklists.articles', picking === 'articles' && choice ? { revisionId: choice } : null);

  const add = async (source: Source) => {
    try {
      await call('checklists.addLines', { auditId, unitId, source });
      setPicking(null);
      setChoice(null);
      onAdded();
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <>
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            { key: 'clauses', label: t('checklists.fromClauses') },
            { key: 'articles', label: t('checklists.fromArticles') },
            { key: 'template', label: t('checklists.fromTemplate') },
            { key: 'previous', label: t('checklists.fromPrevious'), disabled: !unitId },
            { key: 'blank', label: t('checklists.blank') },
          ],
          onClick: ({ key }) => {
            if (key === 'articles' || key === 'template') setPicking(key);
            else void add({ kind: key as 'clauses' | 'previous' | 'blank' });
          },
        }}
      >
        <Button type="primary" data-testid="add-lines">
          {t('checklists.add')} <DownOutlined />
        </Button>
      </Dropdown>
      <Modal
        open={picking !== null}
        title={picking === 'articles' ? t('checklists.chooseRegulation') : t('checklists.chooseTemplate')}
        okButtonProps={{ disabled: !choice, 'data-testid': 'add-lines-ok' } as ButtonProps}
        onCancel={() => (setPicking(null), setChoice(null))}
        onOk={() => void add(picking === 'articles' ? { kind: 'articles', revisionId: choice! } : { kind: 'template', templateId: choice! })}
        destroyOnHidden
      >
        <Select
          style={{ width: '100%' }}
          showSearch
          optionFilterProp="label"
          data-testid="add-lines-choice"
          value={choice ?? undefined}
          onChange={setChoice}
          options={
            picking === 'articles'
              ? (regulations.data ?? []).map((r) => ({ value: r.revisionId, label: `${r.number} ${r.title}（${r.revisionLabel}）` }))
              : (templates.data ?? []).map((x) => ({ value: x.id, label: `${x.name}（${x.lines.length}）` }))
          }
        />
        {picking === 'articles' && articles.data && (
          <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
            {t('checklists.articlesCount', { count: articles.data.articles.length })}
          </Typography.Paragraph>
        )}
      </Modal>
    </>
  );
}
