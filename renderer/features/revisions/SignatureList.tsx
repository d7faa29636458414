import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Flex, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Signature } from '../../../shared/revisions/contract';
import { formatDateTime } from '../../i18n/format';
import { useLabels } from '../../i18n/labels';

/** The first characters of a SHA-256, enough to compare by eye with the Word export and the audit trail. */
export const shortHash = (hash: string) => hash.slice(0, 10);

/**
 * Who signed, in which role, what the signature means, when, and the content it covers (内容指纹).
 * Void signatures (returned, withdrawn, discarded) stay on the list, struck through.
 */
export function SignatureList({ signatures }: { signatures: readonly Signature[] }) {
  const { t } = useTranslation();
  const labels = useLabels();
  if (signatures.length === 0) return <Typography.Text type="secondary">{t('revisions.signatures.none')}</Typography.Text>;
  return (
    <Flex vertical gap={4} data-testid="signatures">
      {signatures.map((s) => {
        const voided = s.voidedAt !== null;
        return (
          <Flex key={s.id} gap={6} wrap align="baseline" className={voided ? 'signature signature-void' : 'signature'} data-testid={voided ? 'signature-void' : 'signature'}>
            <SafetyCertificateOutlined style={{ color: voided ? '#8c8c8c' : s.meaning === 'approved' ? '#389e0d' : '#1d5fbf' }} />
            <Typography.Text strong delete={voided}>
              {s.signerName}
            </Typography.Text>
            <Typography.Text type="secondary" delete={voided}>
              {labels.role(s.signerRole)}
            </Typography.Text>
            <Typography.Text delete={voided}>{t(`revisions.meaning.${s.meaning}`)}</Typography.Text>
            <Typography.Text type="secondary" delete={voided}>
              {formatDateTime(s.signedAt)}
            </Typography.Text>
            <Tooltip title={t('approval.signatures.fingerprintHelp', { hash: s.contentHash })}>
              <Typography.Text type="secondary">{t('approval.signatures.fingerprint')}</Typography.Text>{' '}
              <Typography.Text code className="mono" delete={voided}>
                {shortHash(s.contentHash)}
              </Typography.Text>
            </Tooltip>
            {s.comment && <Typography.Text italic delete={voided}>“{s.comment}”</Typography.Text>}
            {s.voidReason && <Typography.Text type="danger">{t(`approval.signatures.voided.${s.voidReason}`)}</Typography.Text>}
          </Flex>
        );
      })}
    </Flex>
  );
}
