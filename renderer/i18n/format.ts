import dayjs from 'dayjs';
import { currentLocale } from '.';

const EMPTY = '—';

/** A calendar date (YYYY-MM-DD) in the reader's long form, e.g. 2026年3月1日 / March 1, 2026. */
export function formatDate(date: string | null | undefined): string {
  return date ? dayjs(date).format('LL') : EMPTY;
}

/** The same in tables, where room is short: 2026年3月1日 / Mar 1, 2026. */
export function formatDateShort(date: string | null | undefined): string {
  return date ? dayjs(date).format('ll') : EMPTY;
}

/** A stored timestamp in local time. */
export function formatDateTime(iso: string | null | undefined): string {
  return iso ? dayjs(iso).format('LL HH:mm') : EMPTY;
}

export function formatNumber(n: number): string {
  return new Intl.NumberFormat(currentLocale()).format(n);
}

export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 ? 0 : 1;
  return `${new Intl.NumberFormat(currentLocale(), { maximumFractionDigits: digits }).format(value)} ${units[unit]}`;
}

/** Whole days from today to a YYYY-MM-DD date; negative when it has passed. */
export function daysUntil(date: string, today = dayjs().format('YYYY-MM-DD')): number {
  return dayjs(date).diff(dayjs(today), 'day');
}

export function todayIso(): string {
  return dayjs().format('YYYY-MM-DD');
}
