import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Flex, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Signature } from '../../../shared/revisions/contract';
import { formatDateTime } from '../../i18n/format';
import { useLabels } from '../../i18n/labels';

/** The first characters of a SHA-256, enough to compare by eye with the Word export and the audit trail. */
export const shortHash = (hash: string) => hash.slice(0, 10);

/** Who signed, in which role, what the signature means, when, and the content it covers. */
export function SignatureList({ signatures }: { signatures: readonly Signature[] }) {
  const { t } = useTranslation();
  const labels = useLabels();
  if (signatures.length === 0) return <Typography.Text type="secondary">{t('revisions.signatures.none')}</Typography.Text>;
  return (
    <Flex vertical gap={4} data-testid="signatures">
      {signatures.map((s) => (
        <Flex key={s.id} gap={6} wrap align="baseline" className="signature">
          <SafetyCertificateOutlined style={{ color: s.meaning === 'approved' ? '#389e0d' : '#1d5fbf' }} />
          <Typography.Text strong>{s.signerName}</Typography.Text>
          <Typography.Text type="secondary">{labels.role(s.signerRole)}</Typography.Text>
          <Typography.Text>{t(`revisions.meaning.${s.meaning}`)}</Typography.Text>
          <Typography.Text type="secondary">{formatDateTime(s.signedAt)}</Typography.Text>
          <Tooltip title={t('revisions.signatures.hash', { hash: s.contentHash })}>
            <Typography.Text code className="mono">
              {shortHash(s.contentHash)}
            </Typography.Text>
          </Tooltip>
          {s.comment && <Typography.Text italic>“{s.comment}”</Typography.Text>}
        </Flex>
      ))}
    </Flex>
  );
}
