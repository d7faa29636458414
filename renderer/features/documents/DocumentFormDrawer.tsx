import { App, Button, DatePicker, Drawer, Flex, Form, Input, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QmsDocument } from '../../../shared/documents/contract';
import { call, isApiError } from '../../api/client';
import { applyFieldErrors } from '../../api/formErrors';
import { useApi } from '../../api/useApi';
import { useLabels } from '../../i18n/labels';
import { useSignedIn } from '../auth/session-context';
import { navigate, revisionPath } from '../shell/router';
import { DocumentControlFields } from './DocumentControlFields';
import { documentRules, initialValues, toFields, type DocumentFormValues } from './documentForm';
import { useReferenceData } from './useReferenceData';

interface Props {
  /** The document to edit; absent to create one. */
  document?: QmsDocument;
  onClose: () => void;
  onSaved: (doc: QmsDocument) => void;
  /** The document changed on the server meanwhile (stale version, obsoleted): show it afresh. */
  onStale?: () => void;
}

export function DocumentFormDrawer({ document: doc, onClose, onSaved, onStale }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const labels = useLabels();
  const { user } = useSignedIn();
  const refs = useReferenceData();
  const [form] = Form.useForm<DocumentFormValues>();
  const [busy, setBusy] = useState(false);
  const rules = documentRules(t, doc?.effectiveDate ?? null);
  const mayNameApprovers = user.role === 'quality_manager';
  const type = Form.useWatch('type', form);
  const departmentId = Form.useWatch('departmentId', form);
  const preview = useApi('documents.nextNumber', !doc && type ? { type, departmentId: departmentId ?? null } : null);
  const numberPlaceholder = doc
    ? undefined
    : preview.data && type
      ? t('documents.form.numberAuto', { number: preview.data.number })
      : t('documents.form.numberPickType');

  async function submit(values: DocumentFormValues) {
    setBusy(true);
    const fields = toFields(values, mayNameApprovers);
    try {
      const saved = doc
        ? await call('documents.update', { id: doc.id, version: doc.version, ...fields })
        : await call('documents.create', fields);
      message.success(doc ? t('documents.form.saved') : t('documents.form.created', { number: saved.number }));
      if (!doc && values.templateId) await openTemplateDraft(saved, values.templateId);
      else onSaved(saved);
    } catch (e) {
      setBusy(false);
      // CONFLICT carries no reason code; a message naming the typed number is the "number taken" one.
      const numberTaken = isApiError(e, 'CONFLICT') && fields.number !== undefined && e.message.includes(fields.number);
      if (numberTaken) form.setFields([{ name: 'number', errors: [e.message] }]);
      else if (doc && onStale && isApiError(e, 'CONFLICT')) {
        message.error(e.message);
        onStale();
      } else if (!applyFieldErrors(form, e, { nextReviewDate: t('documents.form.reviewBeforeEffective') }))
        message.error(e instanceof Error ? e.message : String(e));
    }
  }

  /** The new document's first draft, from the chosen template, opened in the editor. */
  async function openTemplateDraft(saved: QmsDocument, templateId: NonNullable<DocumentFormValues['templateId']>) {
    try {
      const draft = await call('revisions.startDraft', { documentId: saved.id, templateId });
      onClose();
      navigate(revisionPath(saved.id, draft.id));
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
      onSaved(saved);
    }
  }

  return (
    <Drawer
      open
      size={560}
      title={doc ? t('documents.form.editTitle', { number: doc.number }) : t('documents.form.createTitle')}
      onClose={onClose}
      destroyOnHidden
    >
      <Form<DocumentFormValues>
        form={form}
        name="document"
        layout="vertical"
        initialValues={initialValues(doc, user.id)}
        onFinish={submit}
        disabled={busy}
      >
        <Form.Item name="number" label={t('documents.fields.number')} rules={rules.number} extra={!doc && t('documents.form.numberHelp')}>
          <Input data-testid="doc-number" placeholder={numberPlaceholder} className="mono" />
        </Form.Item>
        <Form.Item name="title" label={t('documents.fields.title')} rules={rules.title}>
          <Input data-testid="doc-title" autoFocus />
        </Form.Item>
        <Flex gap={16}>
          <Form.Item name="type" label={t('documents.fields.type')} rules={rules.type} style={{ flex: 1 }}>
            <Select data-testid="doc-type" options={labels.typeOptions} placeholder={t('common.choose')} />
          </Form.Item>
          <Form.Item
            name="nextReviewDate"
            label={t('documents.fields.nextReviewDate')}
            rules={rules.nextReviewDate}
            style={{ flex: 1 }}
          >
            <DatePicker data-testid="doc-review" style={{ width: '100%' }} />
          </Form.Item>
        </Flex>
        <Flex gap={16}>
          <Form.Item name="departmentId" label={t('documents.fields.department')} style={{ flex: 1 }}>
            <Select
              data-testid="doc-department"
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              options={refs.departmentOptions}
              placeholder={t('common.choose')}
              loading={refs.loading}
            />
          </Form.Item>
          <Form.Item name="ownerId" label={t('documents.fields.owner')} style={{ flex: 1 }}>
            <Select
              data-testid="doc-owner"
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              options={refs.ownerOptions(doc?.ownerId)}
              placeholder={t('common.choose')}
              loading={refs.loading}
            />
          </Form.Item>
        </Flex>
        <Form.Item name="tags" label={t('documents.fields.tags')} rules={rules.tags} extra={t('documents.form.tagsHelp')}>
          <Select data-testid="doc-tags" mode="tags" tokenSeparators={[',', '，']} suffixIcon={null} />
        </Form.Item>
        <DocumentControlFields doc={doc} refs={refs} mayNameApprovers={mayNameApprovers} />
        {/* Inside the form, so Enter in any field submits it. */}
        <Flex justify="flex-end" gap={8} className="drawer-actions">
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" htmlType="submit" loading={busy} data-testid="doc-submit">
            {doc ? t('common.save') : t('common.create')}
          </Button>
        </Flex>
      </Form>
    </Drawer>
  );
}
