import { Alert, Flex, Form, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { QmsDocument } from '../../../shared/documents/contract';
import { TEMPLATE_IDS, TEMPLATE_TITLES } from '../../../shared/templates/catalog';
import type { DocumentFormValues } from './documentForm';
import { documentRules } from './documentForm';
import { useReferenceData } from './useReferenceData';

/** Review interval, language, approvers and, when creating, a template for the first draft. */
export function DocumentControlFields({ doc, refs, mayNameApprovers }: { doc?: QmsDocument; refs: ReturnType<typeof useReferenceData>; mayNameApprovers: boolean }) {
  const { t } = useTranslation();
  const rules = documentRules(t);
  const language = Form.useWatch<DocumentFormValues['language']>('language') ?? 'zh-CN';
  return (
    <>
      <Flex gap={16}>
        <Form.Item name="reviewIntervalMonths" label={t('documents.fields.reviewIntervalMonths')} rules={rules.reviewIntervalMonths} style={{ flex: 1 }}>
          <InputNumber min={1} max={120} precision={0} suffix={t('docControl.months')} style={{ width: '100%' }} data-testid="doc-interval" />
        </Form.Item>
        <Form.Item name="language" label={t('documents.fields.language')} extra={t('docControl.languageHelp')} style={{ flex: 1 }}>
          <Select
            data-testid="doc-language"
            options={[
              { value: 'zh-CN', label: t('docControl.languages.zh-CN') },
              { value: 'en', label: t('docControl.languages.en') },
            ]}
          />
        </Form.Item>
      </Flex>
      {mayNameApprovers && (
      <Form.Item name="approverIds" label={t('documents.fields.approvers')} extra={t('docControl.approversHelp')} rules={rules.approverIds}>
        <Select
          data-testid="doc-approvers"
          mode="multiple"
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          options={refs.approverOptions(doc?.approverIds)}
          placeholder={t('common.choose')}
          loading={refs.loading}
        />
      </Form.Item>
      )}
      {!doc && (
        <Form.Item name="templateId" label={t('docControl.template')} extra={t('docControl.templateHelp')}>
          <Select
            data-testid="doc-template"
            allowClear
            placeholder={t('docControl.noTemplate')}
            options={TEMPLATE_IDS.map((id) => ({ value: id, label: TEMPLATE_TITLES[id][language] }))}
          />
        </Form.Item>
      )}
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('approval.statusByApproval')} />
    </>
  );
}
