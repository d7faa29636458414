import { Alert, Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportReport } from '../../../shared/word/contract';

/** What the converter found in the Word file, and what it could not keep. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  const counts = (['chapters', 'articles', 'tables', 'images'] as const).map((key) => ({
    key,
    label: t(`word.import.report.${key}`),
    children: <span data-testid={`report-${key}`}>{report[key]}</span>,
  }));
  const listNumbered = report.listNumbered.chapter + report.listNumbered.article + report.listNumbered.clause;
  return (
    <div data-testid="import-report">
      <Descriptions size="small" column={2} bordered items={counts} style={{ marginBottom: 12 }} />
      {listNumbered > 0 && (
        <Alert type="info" showIcon style={{ marginBottom: 12 }} data-testid="report-list-numbered" title={t('word.import.report.listNumbered', report.listNumbered)} />
      )}
      {report.renumbered.length > 0 && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="report-renumbered"
          title={t('word.import.report.renumbered', { count: report.renumbered.length })}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18, maxHeight: 160, overflow: 'auto' }}>
              {report.renumbered.map((r) => (
                <li key={`${r.from}→${r.to}`}>{`${r.from} → ${r.to}`}</li>
              ))}
            </ul>
          }
        />
      )}
      {report.lost.length === 0 ? (
        <Alert type="success" showIcon title={t('word.import.report.nothingLost')} />
      ) : (
        <Alert
          type="warning"
          showIcon
          title={t('word.import.report.lost')}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {report.lost.map((item) => (
                <li key={item}>
                  <Typography.Text>{item}</Typography.Text>
                </li>
              ))}
            </ul>
          }
        />
      )}
    </div>
  );
}
