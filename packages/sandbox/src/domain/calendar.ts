/**
 * Working days (ngày làm việc) in Asia/Ho_Chi_Minh: Monday to Friday, except Vietnam's public holidays and
 * days off, Tết included, from the data table `data/holidays-vn.json`. Dates are `YYYY-MM-DD` strings.
 */
import { readFileSync } from 'node:fs';

interface HolidayTable {
  days: { date: string; name: string }[];
}

const table = JSON.parse(readFileSync(new URL('../../data/holidays-vn.json', import.meta.url), 'utf8')) as HolidayTable;
const holidays = new Set(table.days.map((d) => d.date));

/** Vietnam has kept UTC+7 without daylight saving since 1975. */
const offsetMs = 7 * 3600_000;

export function localDate(instant: Date): string {
  return new Date(instant.getTime() + offsetMs).toISOString().slice(0, 10);
}

/** An ISO timestamp with the +07:00 offset, as citizens read it. */
export function localTimestamp(instant: Date): string {
  return `${new Date(instant.getTime() + offsetMs).toISOString().slice(0, 19)}+07:00`;
}

export function shiftDate(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function isHoliday(date: string): boolean {
  return holidays.has(date);
}

export function isWorkingDay(date: string): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.has(date);
}

/** The `n`th working day after `date` (counting starts the day after, as for a return date). */
export function addWorkingDays(date: string, n: number): string {
  let current = date;
  for (let left = n; left > 0; ) {
    current = shiftDate(current, 1);
    if (isWorkingDay(current)) left--;
  }
  return current;
}

/** Working days from `from` to `to`: positive when `to` is later, negative when it has passed. */
export function workingDaysBetween(from: string, to: string): number {
  if (from === to) return 0;
  const sign = to > from ? 1 : -1;
  let count = 0;
  for (let current = from; current !== to; ) {
    current = shiftDate(current, sign);
    if (isWorkingDay(current)) count += sign;
  }
  return count;
}
