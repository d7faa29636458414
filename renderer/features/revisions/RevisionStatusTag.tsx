import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RevisionStatus } from '../../../shared/revisions/contract';

const COLORS: Record<RevisionStatus, string> = {
  draft: 'default',
  in_review: 'gold',
  approved: 'cyan',
  effective: 'green',
  superseded: 'purple',
  obsolete: 'red',
};

export function RevisionStatusTag({ status }: { status: RevisionStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLORS[status]} data-testid="revision-status">
      {t(`revisions.status.${status}`)}
    </Tag>
  );
}
