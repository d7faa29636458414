import { SafetyOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChainReport } from '../../../shared/audit/contract';
import { call } from '../../api/client';
import { formatNumber } from '../../i18n/format';

/** Re-checks the hash chain of the audit trail (audit.verify) and names any broken entries. */
export function AuditVerifyCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<ChainReport>();

  async function verify() {
    setBusy(true);
    try {
      setReport(await call('audit.verify', {}));
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card title={t('audit.verify.title')} size="small">
      <Typography.Paragraph type="secondary">{t('audit.verify.help')}</Typography.Paragraph>
      <Button icon={<SafetyOutlined />} onClick={verify} loading={busy} data-testid="audit-verify">
        {t('audit.verify.run')}
      </Button>
      {report &&
        (report.intact ? (
          <Alert style={{ marginTop: 16 }} type="success" showIcon title={t('audit.verify.intact', { count: report.checked, formatted: formatNumber(report.checked) })} />
        ) : (
          <Alert
            style={{ marginTop: 16 }}
            type="error"
            showIcon
            title={t('audit.verify.broken', { count: report.problems.length })}
            description={
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {report.problems.map((p) => (
                  <li key={`${p.seq}-${p.problem}`}>{t('audit.verify.problem', { seq: p.seq, problem: t(`audit.verify.problems.${p.problem}`) })}</li>
                ))}
              </ul>
            }
          />
        ))}
    </Card>
  );
}
