import { Button, Card, Flex, Form, InputNumber, List, Switch, Tag, Typography, App } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SecurityPolicy } from '../../../shared/security/contract';
import { call } from '../../api/client';
import { useApi } from '../../api/useApi';
import { useFormAction } from '../../api/useFormAction';
import { formatDateTime } from '../../i18n/format';

type Help = 'lockoutAttemptsHelp' | 'passwordClassesHelp' | 'passwordMaxAgeDaysHelp' | 'idleTimeoutMinutesHelp';
const NUMBERS: { name: Exclude<keyof SecurityPolicy, 'allowRemember'>; min: number; max: number; help?: Help }[] = [
  { name: 'lockoutAttempts', min: 3, max: 20, help: 'lockoutAttemptsHelp' },
  { name: 'lockoutMinutes', min: 1, max: 1440 },
  { name: 'passwordMinLength', min: 8, max: 64 },
  { name: 'passwordClasses', min: 1, max: 4, help: 'passwordClassesHelp' },
  { name: 'passwordMaxAgeDays', min: 0, max: 3650, help: 'passwordMaxAgeDaysHelp' },
  { name: 'idleTimeoutMinutes', min: 5, max: 720, help: 'idleTimeoutMinutesHelp' },
];

/** Lockout, password rules and sessions (等保 2.0), and the accounts locked now — for quality managers. */
export function SecurityCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<SecurityPolicy>();
  const [policy, setPolicy] = useState<SecurityPolicy | null>(null);
  const { busy, run } = useFormAction(form);
  const locks = useApi('security.locks', {});

  useEffect(() => {
    void call('security.policy', {}).then((p) => {
      setPolicy(p);
      form.setFieldsValue(p);
    });
  }, [form]);

  const save = (values: SecurityPolicy) =>
    run(async () => {
      const saved = await call('security.updatePolicy', values);
      setPolicy(saved);
      message.success(t('security.saved'));
    });

  const unlock = (userId: string, name: string) =>
    run(async () => {
      await call('security.unlock', { userId });
      message.success(t('security.unlocked', { name }));
      locks.reload();
    });

  return (
    <Card title={t('security.title')} size="small" data-testid="security-card">
      <Typography.Paragraph type="secondary">{t('security.help')}</Typography.Paragraph>
      <Form<SecurityPolicy> form={form} name="security-policy" layout="vertical" onFinish={save} disabled={busy || !policy}>
        <Flex wrap gap="0 16px">
          {NUMBERS.map((f) => (
            <Form.Item key={f.name} name={f.name} label={t(`security.${f.name}`)} tooltip={f.help ? t(`security.${f.help}`) : undefined} rules={[{ required: true }]} style={{ width: 200 }}>
              <InputNumber min={f.min} max={f.max} precision={0} style={{ width: '100%' }} data-testid={`policy-${f.name}`} />
            </Form.Item>
          ))}
        </Flex>
        <Form.Item name="allowRemember" valuePropName="checked" label={t('security.allowRemember')}>
          <Switch data-testid="policy-allowRemember" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={busy} data-testid="policy-save">
          {t('security.save')}
        </Button>
      </Form>
      <Typography.Title level={5} style={{ marginTop: 24 }}>
        {t('security.locks')}
      </Typography.Title>
      <List
        size="small"
        dataSource={locks.data ?? []}
        locale={{ emptyText: t('security.noLocks') }}
        loading={locks.loading && !locks.data}
        renderItem={(a) => (
          <List.Item
            data-testid={`lock-${a.username}`}
            actions={[
              <Button key="unlock" size="small" onClick={() => void unlock(a.userId, a.displayName)} data-testid={`unlock-${a.username}`}>
                {t('security.unlock')}
              </Button>,
            ]}
          >
            <Flex gap={8} align="center" wrap>
              <Typography.Text strong>{a.displayName}</Typography.Text>
              <Typography.Text type="secondary">{a.username}</Typography.Text>
              {a.lockedUntil ? <Tag color="red">{t('security.lockedUntil', { time: formatDateTime(a.lockedUntil) })}</Tag> : <Tag color="orange">{t('security.failed', { count: a.failedAttempts })}</Tag>}
            </Flex>
          </List.Item>
        )}
      />
    </Card>
  );
}
