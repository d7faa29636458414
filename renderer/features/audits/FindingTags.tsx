import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../shared/audits/findings';

const GRADE_COLORS: Record<Finding['grade'], string> = { major: 'red', minor: 'volcano', observation: 'orange', improvement: 'blue' };
const STATUS_COLORS: Record<Finding['status'], string> = { open: 'gold', acknowledged: 'green', withdrawn: 'default' };

export function GradeTag({ grade }: { grade: Finding['grade'] }) {
  const { t } = useTranslation();
  return <Tag color={GRADE_COLORS[grade]}>{t(`findings.grades.${grade}`)}</Tag>;
}

export function FindingStatusTag({ status }: { status: Finding['status'] }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLORS[status]}>{t(`findings.statuses.${status}`)}</Tag>;
}

export function ActionNeededTag({ finding }: { finding: Pick<Finding, 'actionNeeded'> }) {
  const { t } = useTranslation();
  return finding.actionNeeded ? <Tag color="magenta">{t('findings.actionNeeded')}</Tag> : null;
}
