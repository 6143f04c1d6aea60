/**
 * The period a new plan probably covers, suggested from the file: a period its title or name gives
 * ("Action Plan 2018-2021", "leeds-2021-24"), else the span of the dates its rows name.
 */
import type { ColumnMapping } from './headerMapping';
import type { ImportTable } from './table';
import { readWhen } from './when';

export interface PeriodSuggestion {
  /** `YYYY-MM-DD` */
  readonly start: string;
  readonly end: string;
  /** Where it came from, in words for the page: `the title "…"`, `the dates in the file`. */
  readonly from: string;
}

/**
 * A named period ("2018-2021", "2021-24", "2021/24") is read as UK academic years, 1 August to 31 July;
 * otherwise the earliest and latest dates of the date columns, from the first of the earliest month.
 */
export function suggestPeriod(table: ImportTable, mapping: readonly ColumnMapping[], fileName: string): PeriodSuggestion | undefined {
  const named = [...(table.preamble ?? []).map((t) => [t, 'title'] as const), [fileName.replace(/\.[^.]+$/, ''), 'file name'] as const];
  for (const [text, where] of named) {
    const m = /\b(20\d{2})\s*[-–/_ ]\s*(20\d{2}|\d{2})\b/.exec(text);
    if (!m) continue;
    const first = Number(m[1]);
    const last = m[2]!.length === 2 ? Math.floor(first / 100) * 100 + Number(m[2]) : Number(m[2]);
    if (last > first && last - first <= 6) return { start: `${first}-08-01`, end: `${last}-07-31`, from: `the ${where} “${text}”` };
  }
  const dated = mapping.filter((m) => m.field === 'timeframe' || m.field === 'targetDate' || m.field === 'phase');
  const dates = table.rows.flatMap((cells) =>
    dated.flatMap((m) => {
      const read = readWhen(cells[m.index] ?? '');
      return read.ok ? read.dates : [];
    }),
  );
  if (dates.length === 0) return undefined;
  dates.sort();
  return { start: `${dates[0]!.slice(0, 7)}-01`, end: dates.at(-1)!, from: 'the dates in the file' };
}
