import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Collapse, Flex, Input, List, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CAUSE_STATUSES, FISHBONE_CATEGORIES, MAX_WHYS, type Capa } from '../../../shared/capa/contract';
import { call } from '../../api/client';
import { FishboneChart } from './FishboneChart';

type Cause = Capa['analyses'][number]['causes'][number];
const WORKING = ['open', 'analysing', 'acting'];

/** Root cause: the 5-whys editor (each level answers the previous, the last is the root cause) and the fishbone. */
export function AnalysisCard({ capa, onChanged }: { capa: Capa; onChanged: (c: Capa) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const current = capa.analyses.find((a) => a.round === capa.round) ?? { round: capa.round, whys: [], causes: [], by: null, at: null };
  const earlier = capa.analyses.filter((a) => a.round !== capa.round);
  const editable = capa.mayWork && WORKING.includes(capa.status);
  const [whys, setWhys] = useState<string[]>(current.whys.map((w) => w.answer));
  const [causes, setCauses] = useState<Omit<Cause, 'id'>[]>(current.causes.map(({ category, cause, status }) => ({ category, cause, status })));
  const [busy, setBusy] = useState(false);

  async function save(work: () => Promise<Capa>) {
    setBusy(true);
    try {
      onChanged(await work());
      message.success(t('org.saved'));
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }
  const saveWhys = () => save(() => call('capa.setWhys', { id: capa.id, version: capa.version, whys: whys.map((w) => w.trim()).filter(Boolean) }));
  const saveCauses = () => save(() => call('capa.setCauses', { id: capa.id, version: capa.version, causes: causes.filter((c) => c.cause.trim()) }));

  return (
    <Card title={t('capa.page.analysis')} size="small" data-testid="capa-analysis">
      <Typography.Title level={5}>{t('capa.page.whys')}</Typography.Title>
      <Flex vertical gap={6} data-testid="capa-whys">
        {whys.map((w, i) => (
          <Flex key={i} gap={8} align="center">
            <Typography.Text strong style={{ width: 80, flex: 'none' }}>
              {t('capa.page.why', { n: i + 1 })}
            </Typography.Text>
            {/* Each level answers "why?" of the one above it; the last answer is the root cause. */}
            <Input value={w} disabled={!editable} onChange={(e) => setWhys(whys.map((x, k) => (k === i ? e.target.value : x)))} maxLength={1000} data-testid={`capa-why-${i + 1}`} />
            {i === whys.length - 1 && <Tag color="red">{t('capa.page.rootCause')}</Tag>}
            {editable && <Button icon={<DeleteOutlined />} type="text" onClick={() => setWhys(whys.filter((_, k) => k !== i))} aria-label="delete" />}
          </Flex>
        ))}
        {editable && (
          <Space>
            <Button icon={<PlusOutlined />} disabled={whys.length >= MAX_WHYS} onClick={() => setWhys([...whys, ''])} data-testid="capa-add-why">
              {t('capa.page.addWhy')}
            </Button>
            <Button type="primary" loading={busy} onClick={saveWhys} data-testid="capa-save-whys">
              {t('capa.page.saveWhys')}
            </Button>
          </Space>
        )}
      </Flex>
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t('capa.page.fishbone')}
      </Typography.Title>
      <FishboneChart problem={capa.title} causes={current.causes} />
      <Flex vertical gap={6} data-testid="capa-causes">
        {causes.map((c, i) => (
          <Flex key={i} gap={8} align="center">
            <Select
              value={c.category}
              disabled={!editable}
              style={{ width: 130 }}
              options={FISHBONE_CATEGORIES.map((k) => ({ value: k, label: t(`capa.categories.${k}`) }))}
              onChange={(v) => setCauses(causes.map((x, k) => (k === i ? { ...x, category: v } : x)))}
            />
            <Input value={c.cause} disabled={!editable} maxLength={500} onChange={(e) => setCauses(causes.map((x, k) => (k === i ? { ...x, cause: e.target.value } : x)))} data-testid={`capa-cause-${i + 1}`} />
            <Select
              value={c.status}
              disabled={!editable}
              style={{ width: 110 }}
              options={CAUSE_STATUSES.map((s) => ({ value: s, label: t(`capa.page.causeStates.${s}`) }))}
              onChange={(v) => setCauses(causes.map((x, k) => (k === i ? { ...x, status: v } : x)))}
              data-testid={`capa-cause-status-${i + 1}`}
            />
            {editable && <Button icon={<DeleteOutlined />} type="text" onClick={() => setCauses(causes.filter((_, k) => k !== i))} aria-label="delete" />}
          </Flex>
        ))}
        {editable && (
          <Space>
            <Button icon={<PlusOutlined />} onClick={() => setCauses([...causes, { category: 'people', cause: '', status: 'open' }])} data-testid="capa-add-cause">
              {t('capa.page.addCause')}
            </Button>
            <Button type="primary" loading={busy} onClick={saveCauses} data-testid="capa-save-causes">
              {t('capa.page.saveCauses')}
            </Button>
          </Space>
        )}
      </Flex>
      {earlier.length > 0 && (
        <Collapse
          style={{ marginTop: 16 }}
          items={[
            {
              key: 'history',
              label: t('capa.page.history'),
              children: earlier.map((a) => (
                <List
                  key={a.round}
                  size="small"
                  header={<Typography.Text strong>{t('capa.page.round', { n: a.round })}</Typography.Text>}
                  dataSource={[
                    ...a.whys.map((w) => `${t('capa.page.why', { n: w.level })}：${w.answer}${w.rootCause ? `（${t('capa.page.rootCause')}）` : ''}`),
                    ...a.causes.map((c) => `${t(`capa.categories.${c.category}`)}：${c.cause}（${t(`capa.page.causeStates.${c.status}`)}）`),
                  ]}
                  renderItem={(x) => <List.Item>{x}</List.Item>}
                />
              )),
            },
          ]}
        />
      )}
    </Card>
  );
}
