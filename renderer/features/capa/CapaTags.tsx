import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CapaState } from '../../../shared/capa/lifecycle';

const STATE_COLORS: Record<CapaState, string> = { open: 'default', analysing: 'processing', acting: 'blue', verifying: 'purple', verified: 'cyan', closed: 'success', cancelled: 'default' };
const SEVERITY_COLORS = { minor: 'default', major: 'orange', critical: 'red' } as const;

export function CapaStateTag({ state }: { state: CapaState }) {
  const { t } = useTranslation();
  return <Tag color={STATE_COLORS[state]}>{t(`capa.states.${state}`)}</Tag>;
}

export function SeverityTag({ severity }: { severity: keyof typeof SEVERITY_COLORS }) {
  const { t } = useTranslation();
  return <Tag color={SEVERITY_COLORS[severity]}>{t(`capa.severities.${severity}`)}</Tag>;
}
