import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Descriptions, Popconfirm, Row, Space, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { can } from '../../api/permissions';
import { useApi } from '../../api/useApi';
import { useSignedIn } from '../auth/session-context';
import { LoadError } from '../shell/LoadError';
import { PageHeader } from '../shell/PageHeader';
import { base64ToBlob, download } from '../word/files';
import { ImportOrgModal } from './ImportOrgModal';
import { OrgChart } from './OrgChart';
import { PeoplePanel } from './PeoplePanel';
import { PositionsPanel } from './PositionsPanel';
import { UnitFormModal, type UnitDialog } from './UnitFormModal';
import { UnitTree } from './UnitTree';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** 组织与人员: the unit tree in a side panel, the chart, and the positions and people of the selected unit. */
export function OrganisationPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { user } = useSignedIn();
  const tree = useApi('departments.tree', {});
  const units = tree.data ?? [];
  const [selected, setSelected] = useState<string | null>(null);
  const [tab, setTab] = useState('chart');
  const [dialog, setDialog] = useState<UnitDialog | null>(null);
  const [importing, setImporting] = useState(false);
  const manage = can('departments.update', user.role);
  const unit = units.find((u) => u.id === selected) ?? units[0];

  async function act(work: () => Promise<unknown>) {
    try {
      await work();
      message.success(t('org.saved'));
      tree.reload();
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    }
  }

  async function exportXlsx() {
    try {
      const file = await call('org.export', {});
      download(base64ToBlob(file.dataBase64, XLSX_TYPE), file.name);
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    }
  }

  return (
    <>
      <PageHeader
        title={t('org.title')}
        extra={
          manage && (
            <Space>
              <Button icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid="org-import">
                {t('org.import')}
              </Button>
              <Button icon={<DownloadOutlined />} onClick={exportXlsx} data-testid="org-export">
                {t('org.export')}
              </Button>
            </Space>
          )
        }
      />
      {tree.error && <LoadError error={tree.error} onRetry={tree.reload} />}
      <Row gutter={16} wrap={false}>
        <Col flex="300px">
          <Card size="small" title={t('org.units')} styles={{ body: { padding: 8 } }}>
            <UnitTree units={units} selected={unit?.id ?? null} onSelect={setSelected} />
          </Card>
        </Col>
        <Col flex="auto" style={{ minWidth: 0 }}>
          {unit && (
            <Card
              size="small"
              data-testid="unit-details"
              title={
                <Space>
                  {unit.name}
                  <Tag>{t(`org.kind.${unit.kind}`)}</Tag>
                  {unit.closedAt && <Tag color="default">{t('org.closed')}</Tag>}
                </Space>
              }
              extra={
                manage && (
                  <Space size={4} wrap>
                    {!unit.closedAt && (
                      <Button size="small" onClick={() => setDialog({ mode: 'create', parent: unit })} data-testid="unit-new">
                        {t('org.newUnit')}
                      </Button>
                    )}
                    <Button size="small" onClick={() => setDialog({ mode: 'edit', unit })} data-testid="unit-edit">
                      {t('common.edit')}
                    </Button>
                    {unit.parentId !== null && (
                      <>
                        <Button size="small" onClick={() => setDialog({ mode: 'move', unit })} data-testid="unit-move">
                          {t('org.moveUnit')}
                        </Button>
                        {unit.closedAt ? (
                          <Button size="small" onClick={() => act(() => call('departments.reopen', { id: unit.id, version: unit.version }))}>
                            {t('org.reopenUnit')}
                          </Button>
                        ) : (
                          <Popconfirm title={t('org.closeConfirm', { name: unit.name })} onConfirm={() => act(() => call('departments.close', { id: unit.id, version: unit.version }))}>
                            <Button size="small" data-testid="unit-close">
                              {t('org.closeUnit')}
                            </Button>
                          </Popconfirm>
                        )}
                        <Popconfirm
                          title={t('org.deleteConfirm', { name: unit.name })}
                          okButtonProps={{ danger: true }}
                          onConfirm={() =>
                            act(async () => {
                              await call('departments.delete', { id: unit.id, version: unit.version });
                              setSelected(unit.parentId);
                            })
                          }
                        >
                          <Button size="small" danger>
                            {t('org.deleteUnit')}
                          </Button>
                        </Popconfirm>
                      </>
                    )}
                  </Space>
                )
              }
            >
              <Descriptions size="small" column={3}>
                <Descriptions.Item label={t('org.code')}>{unit.code ?? '—'}</Descriptions.Item>
                <Descriptions.Item label={t('org.head')}>{unit.headName ?? t('org.noHead')}</Descriptions.Item>
                <Descriptions.Item label={t('org.staffing')}>{t('org.counts', { positions: unit.positions, people: unit.people })}</Descriptions.Item>
              </Descriptions>
              <Tabs
                activeKey={tab}
                onChange={setTab}
                items={[
                  { key: 'chart', label: t('org.chart'), children: tab === 'chart' && <OrgChart units={units} onSelect={setSelected} /> },
                  { key: 'positions', label: <span data-testid="tab-positions">{t('org.positions')}</span>, children: tab === 'positions' && <PositionsPanel key={unit.id} unit={unit} onChanged={tree.reload} /> },
                  { key: 'people', label: <span data-testid="tab-people">{t('org.people')}</span>, children: tab === 'people' && <PeoplePanel key={unit.id} unit={unit} onChanged={tree.reload} /> },
                ]}
              />
            </Card>
          )}
        </Col>
      </Row>
      {dialog && (
        <UnitFormModal
          dialog={dialog}
          units={units}
          onClose={() => setDialog(null)}
          onSaved={(id) => {
            setDialog(null);
            setSelected(id);
            tree.reload();
          }}
        />
      )}
      {importing && (
        <ImportOrgModal
          onClose={() => setImporting(false)}
          onImported={() => {
            setImporting(false);
            tree.reload();
          }}
        />
      )}
    </>
  );
}
