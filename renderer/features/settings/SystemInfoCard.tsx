import { Card, Descriptions, Skeleton, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/useApi';
import { formatBytes } from '../../i18n/format';
import { LoadError } from '../shell/LoadError';

/** `reloadKey` changes when something the card shows has changed elsewhere on the page (a new backup). */
export function SystemInfoCard({ reloadKey = 0 }: { reloadKey?: number }) {
  const { t } = useTranslation();
  const info = useApi('system.info', {});
  const { reload } = info;
  useEffect(() => {
    if (reloadKey > 0) reload();
  }, [reloadKey, reload]);
  return (
    <Card title={t('settings.system.title')} size="small">
      {info.error && <LoadError error={info.error} onRetry={info.reload} />}
      {!info.data ? (
        !info.error && <Skeleton active paragraph={{ rows: 3 }} />
      ) : (
        <Descriptions
          column={1}
          size="small"
          items={[
            {
              key: 'file',
              label: t('settings.system.databaseFile'),
              children: (
                <Typography.Text copyable className="mono" style={{ wordBreak: 'break-all' }}>
                  {info.data.databaseFile}
                </Typography.Text>
              ),
            },
            { key: 'size', label: t('settings.system.size'), children: formatBytes(info.data.sizeBytes) },
            {
              key: 'backups',
              label: t('settings.system.backups'),
              children: (
                <span title={info.data.backups.folder}>
                  {t('settings.system.backupsValue', { count: info.data.backups.count, size: formatBytes(info.data.backups.sizeBytes) })}
                </span>
              ),
            },
            {
              key: 'id',
              label: t('settings.system.databaseId'),
              children: (
                <Typography.Text copyable className="mono" data-testid="database-id">
                  {info.data.databaseId}
                </Typography.Text>
              ),
            },
            ...(info.data.kit
              ? [{ key: 'kit', label: t('settings.system.kit'), children: t('settings.system.kitValue', { kit: info.data.kit.kitId, main: info.data.kit.mainDatabaseId, labels: info.data.kit.labels.join(', ') }) }]
              : []),
            { key: 'schema', label: t('settings.system.schemaVersion'), children: info.data.schemaVersion },
            { key: 'app', label: t('settings.system.appVersion'), children: info.data.appVersion },
            { key: 'host', label: t('settings.system.host'), children: t(`settings.system.hosts.${info.data.host}`) },
          ]}
        />
      )}
    </Card>
  );
}
