import { Alert, Button, Card, DatePicker, Descriptions, Flex, Form, Input, Radio, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { Capa } from '../../../shared/capa/contract';
import { call } from '../../api/client';
import { useFormAction } from '../../api/useFormAction';
import { formatDate } from '../../i18n/format';

interface Values {
  verifiedOn: Dayjs;
  criteria: string;
  result: string;
  verdict: 'effective' | 'not_effective';
}

/** Effectiveness verification: by someone other than the owner, on or after the verification date. */
export function VerificationCard({ capa, onChanged }: { capa: Capa; onChanged: (c: Capa) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const { busy, run } = useFormAction(form);
  const may = capa.steps.includes('verify') || capa.steps.includes('reopen');
  return (
    <Card title={t('capa.page.verification')} size="small" data-testid="capa-verification">
      {capa.verifyAfter && <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('capa.page.verifyAfter', { date: formatDate(capa.verifyAfter) })} />}
      <Flex vertical gap={12}>
        {capa.verifications.length === 0 && !may && <Typography.Text type="secondary">{t('capa.page.none')}</Typography.Text>}
        {capa.verifications.map((v) => (
          <Descriptions key={v.id} size="small" bordered column={1}>
            <Descriptions.Item label={t('capa.page.verifier')}>
              {v.verifierName} · {formatDate(v.verifiedOn)} · <Tag color={v.verdict === 'effective' ? 'success' : 'error'}>{v.verdict === 'effective' ? t('capa.page.effective') : t('capa.page.notEffective')}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t('capa.page.criteria')}>{v.criteria}</Descriptions.Item>
            <Descriptions.Item label={t('capa.page.result')}>{v.result}</Descriptions.Item>
          </Descriptions>
        ))}
        {may && (
          <Form
            form={form}
            layout="vertical"
            initialValues={{ verifiedOn: dayjs(), verdict: 'effective' }}
            onFinish={(v) =>
              run(async () => {
                onChanged(await call('capa.verify', { id: capa.id, version: capa.version, verifiedOn: v.verifiedOn.format('YYYY-MM-DD'), criteria: v.criteria, result: v.result, verdict: v.verdict }));
                form.resetFields();
              })
            }
            data-testid="capa-verify-form"
          >
            <Form.Item name="verifiedOn" label={t('capa.page.verifiedOn')} rules={[{ required: true }]}>
              <DatePicker />
            </Form.Item>
            <Form.Item name="criteria" label={t('capa.page.criteria')} rules={[{ required: true, max: 2000 }]}>
              <Input data-testid="capa-verify-criteria" />
            </Form.Item>
            <Form.Item name="result" label={t('capa.page.result')} rules={[{ required: true, max: 4000 }]}>
              <Input.TextArea rows={2} data-testid="capa-verify-result" />
            </Form.Item>
            <Form.Item name="verdict" label={t('capa.page.verdict')}>
              <Radio.Group data-testid="capa-verify-verdict">
                <Radio value="effective">{t('capa.page.effective')}</Radio>
                <Radio value="not_effective">{t('capa.page.notEffective')}</Radio>
              </Radio.Group>
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={busy} data-testid="capa-verify-submit">
              {t('capa.page.verify')}
            </Button>
          </Form>
        )}
      </Flex>
    </Card>
  );
}
