import { Card, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../shared/api/envelope';
import { setLanguage } from '../../i18n';

export function LanguageCard() {
  const { t, i18n } = useTranslation();
  return (
    <Card title={t('settings.language.title')} size="small">
      <Typography.Paragraph type="secondary">{t('settings.language.help')}</Typography.Paragraph>
      <Radio.Group
        data-testid="settings-language"
        value={i18n.language === 'en' ? 'en' : 'zh-CN'}
        onChange={(e) => void setLanguage(e.target.value as Locale)}
        options={[
          { value: 'zh-CN', label: '简体中文' },
          { value: 'en', label: 'English' },
        ]}
      />
    </Card>
  );
}
