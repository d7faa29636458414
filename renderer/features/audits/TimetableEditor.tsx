import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Select, Space, Table } from 'antd';
import { useTranslation } from 'react-i18next';

interface Option {
  value: string;
  label: string;
}

/**
 * 审核日程: one row a slot — date, from, to, unit (among the audited units), auditors (among the team), clauses.
 * Rows keep the id they were loaded with so that the server updates them instead of making new ones.
 */
export function TimetableEditor({ units, team, clauses, disabled }: { units: Option[]; team: Option[]; clauses: Option[]; disabled: boolean }) {
  const { t } = useTranslation();
  return (
    <Form.List name="timetable">
      {(fields, { add, remove }) => (
        <>
          <Table
            size="small"
            pagination={false}
            rowKey="key"
            dataSource={fields}
            data-testid="timetable"
            columns={[
              {
                title: t('audits.plan.date'),
                width: 150,
                render: (_v, f) => (
                  <Form.Item name={[f.name, 'date']} rules={[{ required: true }]} noStyle>
                    <Input type="date" disabled={disabled} aria-label={t('audits.plan.date')} />
                  </Form.Item>
                ),
              },
              {
                title: `${t('audits.plan.from')} – ${t('audits.plan.to')}`,
                width: 220,
                render: (_v, f) => (
                  <Space.Compact>
                    <Form.Item name={[f.name, 'from']} rules={[{ required: true }]} noStyle>
                      <Input type="time" disabled={disabled} aria-label={t('audits.plan.from')} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'to']} rules={[{ required: true }]} noStyle>
                      <Input type="time" disabled={disabled} aria-label={t('audits.plan.to')} />
                    </Form.Item>
                  </Space.Compact>
                ),
              },
              {
                title: t('audits.plan.units'),
                width: 180,
                render: (_v, f) => (
                  <Form.Item name={[f.name, 'unitId']} rules={[{ required: true }]} noStyle>
                    <Select options={units} disabled={disabled} style={{ width: '100%' }} data-testid={`slot-unit-${f.name}`} />
                  </Form.Item>
                ),
              },
              {
                title: t('audits.plan.auditors'),
                render: (_v, f) => (
                  <Form.Item name={[f.name, 'auditorIds']} noStyle>
                    <Select mode="multiple" options={team} optionFilterProp="label" disabled={disabled} style={{ width: '100%', minWidth: 160 }} data-testid={`slot-auditors-${f.name}`} />
                  </Form.Item>
                ),
              },
              {
                title: t('audits.plan.clauses'),
                render: (_v, f) => (
                  <Form.Item name={[f.name, 'clauses']} noStyle>
                    <Select mode="multiple" options={clauses} disabled={disabled} style={{ width: '100%', minWidth: 160 }} optionLabelProp="value" optionFilterProp="label" />
                  </Form.Item>
                ),
              },
              {
                width: 48,
                render: (_v, f) => <Button type="text" icon={<DeleteOutlined />} disabled={disabled} onClick={() => remove(f.name)} aria-label={t('common.delete')} />,
              },
            ]}
          />
          {!disabled && (
            <Button type="dashed" icon={<PlusOutlined />} style={{ marginTop: 8 }} onClick={() => add({ from: '09:00', to: '11:00', auditorIds: [], clauses: [] })} data-testid="add-slot">
              {t('audits.plan.addSlot')}
            </Button>
          )}
        </>
      )}
    </Form.List>
  );
}
