import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../shared/api/envelope';
import { setLanguage } from '../../i18n';

/** Each language is named in itself, so whoever cannot read the current one still finds their own. */
const OPTIONS: { value: Locale; label: string }[] = [
  { value: 'zh-CN', label: '中文' },
  { value: 'en', label: 'English' },
];

export function LanguageSwitch({ size = 'small' }: { size?: 'small' | 'middle' | 'large' }) {
  const { i18n, t } = useTranslation();
  const value: Locale = i18n.language === 'en' ? 'en' : 'zh-CN';
  return (
    <Segmented<Locale>
      data-testid="lang-switch"
      aria-label={t('lang.label')}
      size={size}
      value={value}
      options={OPTIONS}
      onChange={(lng) => void setLanguage(lng)}
    />
  );
}
