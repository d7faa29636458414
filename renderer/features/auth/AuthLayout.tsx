import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Card, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../shell/LanguageSwitch';

/** The frame of the set-up and sign-in screens: product name, language choice, one card. */
export function AuthLayout({ title, subtitle, children }: { title: string; subtitle?: ReactNode; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Flex vertical align="center" justify="center" className="auth-page">
      <Flex align="center" justify="space-between" className="auth-top">
        <Flex align="center" gap={8}>
          <SafetyCertificateOutlined className="brand-icon" />
          <Typography.Text strong>{t('app.name')}</Typography.Text>
        </Flex>
        <LanguageSwitch />
      </Flex>
      <Card className="auth-card">
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {title}
        </Typography.Title>
        {subtitle && <Typography.Paragraph type="secondary">{subtitle}</Typography.Paragraph>}
        {children}
      </Card>
    </Flex>
  );
}
