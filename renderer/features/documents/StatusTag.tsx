import { Tag } from 'antd';
import type { DocumentStatus } from '../../../shared/documents/types';
import { useTranslation } from 'react-i18next';
import type { QmsDocument } from '../../../shared/documents/contract';
import { formatDate } from '../../i18n/format';
import { useLabels } from '../../i18n/labels';

const COLORS: Record<DocumentStatus, string> = {
  draft: 'default',
  effective: 'green',
  obsolete: 'red',
};

/** The document's status, and 待生效 with its date when an approved revision waits for its effective date. */
export function StatusTag({ status, pending }: { status: DocumentStatus; pending?: QmsDocument['pending'] }) {
  const labels = useLabels();
  const { t } = useTranslation();
  return (
    <>
      <Tag color={COLORS[status]}>{labels.status(status)}</Tag>
      {pending && (
        <Tag color="gold" data-testid="pending-tag">
          {t('approval.pending', { label: pending.label, date: formatDate(pending.effectiveDate) })}
        </Tag>
      )}
    </>
  );
}
