import { App, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber as formatDocumentNumber, isValidPattern } from '../../../shared/documents/numbering';
import { call } from '../../api/client';
import { applyFieldErrors } from '../../api/formErrors';
import { useSession, useSignedIn } from '../auth/session-context';

interface Values {
  organisationName: string;
  documentNumberPattern: string;
}

/** Shows what the pattern makes of an example: a regulation of the quality department (code QA). */
function preview(pattern: string | undefined): string | null {
  if (!pattern || !isValidPattern(pattern.trim())) return null;
  return formatDocumentNumber(pattern.trim(), { type: 'regulation', year: new Date().getFullYear(), deptCode: 'QA' }, 7);
}

export function OrganisationCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { settings } = useSignedIn();
  const { settingsChanged } = useSession();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const example = preview(Form.useWatch('documentNumberPattern', form));

  async function submit(values: Values) {
    setBusy(true);
    try {
      const saved = await call('settings.update', {
        organisationName: values.organisationName.trim(),
        documentNumberPattern: values.documentNumberPattern.trim(),
      });
      settingsChanged(saved);
      message.success(t('settings.organisation.saved'));
    } catch (e) {
      if (!applyFieldErrors(form, e, { documentNumberPattern: t('settings.organisation.patternInvalid') }))
        message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card title={t('settings.organisation.title')} size="small">
      <Form<Values> form={form} name="organisation" layout="vertical" onFinish={submit} disabled={busy} initialValues={settings}>
        <Form.Item name="organisationName" label={t('settings.organisation.name')} rules={[{ max: 100 }]}>
          <Input data-testid="settings-organisation" />
        </Form.Item>
        <Form.Item
          name="documentNumberPattern"
          label={t('settings.organisation.pattern')}
          extra={
            <>
              <div>{t('settings.organisation.patternHelp')}</div>
              {example && (
                <div>
                  {t('settings.organisation.preview')} <Typography.Text code>{example}</Typography.Text>
                </div>
              )}
            </>
          }
          rules={[
            { required: true, whitespace: true },
            {
              validator: (_r, v: string | undefined) =>
                !v || isValidPattern(v.trim()) ? Promise.resolve() : Promise.reject(new Error(t('settings.organisation.patternInvalid'))),
            },
          ]}
        >
          <Input data-testid="settings-pattern" className="mono" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('common.save')}
        </Button>
      </Form>
    </Card>
  );
}
