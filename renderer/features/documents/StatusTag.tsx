import { Tag } from 'antd';
import type { DocumentStatus } from '../../../shared/documents/types';
import { useLabels } from '../../i18n/labels';

const COLORS: Record<DocumentStatus, string> = {
  draft: 'default',
  in_review: 'gold',
  effective: 'green',
  obsolete: 'red',
};

export function StatusTag({ status }: { status: DocumentStatus }) {
  const labels = useLabels();
  return <Tag color={COLORS[status]}>{labels.status(status)}</Tag>;
}
