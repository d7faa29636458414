import * as echarts from 'echarts/core';
import { GraphicComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { FISHBONE_CATEGORIES } from '../../../shared/capa/contract';
import { fishboneOption, type FishboneInput } from '../../../shared/charts/fishbone';

echarts.use([GraphicComponent, SVGRenderer]);

/** The fishbone drawn from the same option builder the Word report renders to a picture. */
export function FishboneChart({ problem, causes, height = 360 }: { problem: string; causes: FishboneInput['causes']; height?: number }) {
  const { t } = useTranslation();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const width = Math.max(600, el.clientWidth || 900);
    const chart = echarts.init(el, null, { renderer: 'svg', width, height });
    const categories = FISHBONE_CATEGORIES.map((key) => ({ key, label: t(`capa.categories.${key}`) }));
    chart.setOption(fishboneOption({ problem, categories, causes, size: { width, height } }));
    return () => chart.dispose();
  }, [problem, causes, height, t]);
  return <div ref={box} style={{ width: '100%', height }} data-testid="capa-fishbone" />;
}
