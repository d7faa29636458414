import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import localizedFormat from 'dayjs/plugin/localizedFormat';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '../../shared/api/envelope';
import { en } from './en';
import { zhCN } from './zh-CN';

dayjs.extend(localizedFormat);

export const LANGUAGE_KEY = 'qms.lang';
export const LANGUAGES: readonly Locale[] = ['zh-CN', 'en'];

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof zhCN };
  }
}

function stored(): string | null {
  try {
    return localStorage.getItem(LANGUAGE_KEY);
  } catch {
    return null;
  }
}

/** The saved choice, else the system language: Chinese for zh*, English otherwise. */
export function initialLanguage(): Locale {
  const saved = stored();
  if (saved === 'zh-CN' || saved === 'en') return saved;
  return /^zh/i.test(navigator.language ?? '') ? 'zh-CN' : 'en';
}

/** Runs before i18next announces the change, so components re-render with dates already in the new locale. */
function applyToPage(lng: Locale) {
  dayjs.locale(lng === 'zh-CN' ? 'zh-cn' : 'en');
  document.documentElement.lang = lng;
  document.title = i18n.t('app.name', { lng });
}

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
  lng: initialLanguage(),
  fallbackLng: 'zh-CN',
  supportedLngs: [...LANGUAGES],
  defaultNS: 'translation',
  interpolation: { escapeValue: false },
  initAsync: false,
});
applyToPage(currentLocale());

export function currentLocale(): Locale {
  return i18n.language === 'en' ? 'en' : 'zh-CN';
}

export async function setLanguage(lng: Locale): Promise<void> {
  try {
    localStorage.setItem(LANGUAGE_KEY, lng);
  } catch {
    // Storage disabled: the choice lasts for this page only.
  }
  applyToPage(lng);
  await i18n.changeLanguage(lng);
}
