import type { Kysely } from 'kysely';
import type { Locale } from '../../../shared/api/envelope';
import { FISHBONE_CATEGORIES } from '../../../shared/capa/contract';
import { CATEGORY_LABELS } from '../../../shared/capa/labels';
import { buildCapaReport } from '../../../shared/capa/word';
import { fishboneOption } from '../../../shared/charts/fishbone';
import { packWord } from '../../../shared/word/pack';
import { CHART_FONT_FAMILY, renderChartPng } from '../charts/render';
import type { Caller } from '../context';
import type { Database } from '../db/schema';
import { organisationName } from './departments';
import { readCapa } from './capa-read';

const FISHBONE_SIZE = { width: 900, height: 420 };

/** 纠正措施报告单 for one record as .docx bytes; the fishbone is drawn server-side to a PNG. */
export async function capaReportDocx(db: Kysely<Database>, caller: Caller, id: string, locale: Locale): Promise<{ number: string; data: Uint8Array }> {
  const capa = await readCapa(db, caller, id);
  const current = capa.analyses[0];
  const categories = FISHBONE_CATEGORIES.map((key) => ({ key, label: CATEGORY_LABELS[key][locale] }));
  const png = current && current.causes.length
    ? renderChartPng(fishboneOption({ problem: capa.title, categories, causes: current.causes, size: FISHBONE_SIZE, fontFamily: CHART_FONT_FAMILY }), FISHBONE_SIZE)
    : null;
  const doc = buildCapaReport({ capa, organisation: (await organisationName(db)) ?? '', fishbonePng: png, fishboneSize: FISHBONE_SIZE, personNames: {} }, locale);
  return { number: capa.number, data: await packWord(doc) };
}
