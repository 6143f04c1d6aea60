/**
 * When an action is due, read from a cell as plans write it: "31/07/2024" (UK day order), "11 December 2020",
 * "End of November 2020", "Apr-19", "Autumn 2024", "Q3 2025", "2025/26", "Year 2" (of the plan), ranges
 * ("Jun 2018 – May 2019") and several phase dates in one cell. Every date the cell names is found, in order;
 * the last is the target. A cell naming none ("Ongoing", "TBD") is not a date, and one naming a day that
 * does not exist ("31/02/2023") is refused, quoted as written.
 */

export type WhenReading =
  /** `dates`: every date the text names, `YYYY-MM-DD`, in the order written (the target is the last). */
  | { readonly ok: true; readonly dates: readonly string[] }
  | { readonly ok: false; readonly message: string };

const MONTHS: readonly (readonly [RegExp, number])[] = [
  [/^jan/, 1], [/^feb/, 2], [/^mar/, 3], [/^apr/, 4], [/^may/, 5], [/^jun/, 6],
  [/^jul/, 7], [/^aug/, 8], [/^sep/, 9], [/^oct/, 10], [/^nov/, 11], [/^dec/, 12],
];
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
// Seasons end where UK universities' terms do: spring by May, summer by August, autumn by November,
// winter by the end of February of the next year.
const SEASON_END: Readonly<Record<string, readonly [number, number]>> = { spring: [5, 0], summer: [8, 0], autumn: [11, 0], fall: [11, 0], winter: [2, 1] };

const PATTERN = new RegExp(
  [
    /(?<iso>\b(\d{4})-(\d{2})-(\d{2}))/.source,
    /(?<dmy>\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})\b)/.source,
    `(?<dayMonth>\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?[\\s-]+${MONTH}\\.?,?[\\s-]+(\\d{4})\\b)`,
    `(?<monthDay>\\b${MONTH}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,\\s*(\\d{4})\\b)`,
    `(?<monthYear>\\b${MONTH}\\.?(?:\\s*[-'’/]\\s*|\\s+)(\\d{4}|\\d{2})\\b)`,
    /(?<season>\b(spring|summer|autumn|fall|winter)(?:\s+term)?\s+(\d{4})\b)/.source,
    /(?<quarter>\bQ([1-4])\s*[-/]?\s*(\d{4})\b|\b(\d{4})\s*[-/]?\s*Q([1-4])\b)/.source,
    /(?<academic>\b(\d{4})\s*[/-]\s*(\d{2}|\d{4})\b)/.source,
    /(?<planYear>\byears?\s+(\d)(?:\s*(?:-|–|to|and|&)\s*(\d))?\b)/.source,
    /(?<year>\b(19\d{2}|20\d{2})\b)/.source,
  ].join('|'),
  'gi',
);

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const endOfMonth = (y: number, m: number) => iso(y, m, daysIn(y, m));
const fullYear = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));
const monthNumber = (name: string) => MONTHS.find(([re]) => re.test(name.toLowerCase()))?.[1] ?? 0;

/** The day before the same date `years` later: the end of the plan's year N. */
function endOfPlanYear(planStart: string, year: number): string {
  const [y, m, d] = planStart.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(y + year, m - 1, d) - 86_400_000);
  return next.toISOString().slice(0, 10);
}

/**
 * Every date `text` names (see the module comment). `planStart` (`YYYY-MM-DD`) gives "Year 2" its meaning;
 * without it "Year N" is left as words.
 */
export function readWhen(text: string, planStart?: string): WhenReading {
  const dates: string[] = [];
  for (const m of text.matchAll(PATTERN)) {
    const g = m.groups ?? {};
    const [, ...c] = m;
    // Capture groups by position: each alternative's own groups follow its named group.
    const at = (name: string, k: number) => c[c.indexOf(g[name]!) + k]!;
    const impossible = () => ({ ok: false as const, message: `"${m[0]}" is not a day that exists; write it as day/month/year, like 31/07/2024.` });
    if (g.iso) {
      const [y, mo, d] = [Number(at('iso', 1)), Number(at('iso', 2)), Number(at('iso', 3))];
      if (mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo)) return impossible();
      dates.push(iso(y, mo, d));
    } else if (g.dmy) {
      const [d, mo, y] = [Number(at('dmy', 1)), Number(at('dmy', 2)), fullYear(at('dmy', 3))];
      if (mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo)) return impossible();
      dates.push(iso(y, mo, d));
    } else if (g.dayMonth) {
      const [d, mo, y] = [Number(at('dayMonth', 1)), monthNumber(at('dayMonth', 2)), Number(at('dayMonth', 3))];
      if (d < 1 || d > daysIn(y, mo)) return impossible();
      dates.push(iso(y, mo, d));
    } else if (g.monthDay) {
      const [mo, d, y] = [monthNumber(at('monthDay', 1)), Number(at('monthDay', 2)), Number(at('monthDay', 3))];
      if (d < 1 || d > daysIn(y, mo)) return impossible();
      dates.push(iso(y, mo, d));
    } else if (g.monthYear) {
      // A month means "by the end of it" ("End of November 2020", "Apr-19").
      const [mo, y] = [monthNumber(at('monthYear', 1)), fullYear(at('monthYear', 2))];
      dates.push(/\b(start|beginning)\s+of\s+$/i.test(text.slice(0, m.index)) ? iso(y, mo, 1) : endOfMonth(y, mo));
    } else if (g.season) {
      const [month, later] = SEASON_END[at('season', 1).toLowerCase()]!;
      const y = Number(at('season', 2)) + later;
      dates.push(endOfMonth(y, month));
    } else if (g.quarter) {
      const q = Number(at('quarter', 1) ?? 0) || Number(c[c.indexOf(g.quarter) + 4]);
      const y = Number(at('quarter', 2) ?? 0) || Number(c[c.indexOf(g.quarter) + 3]);
      dates.push(endOfMonth(y, q * 3));
    } else if (g.academic) {
      // "2025/26": the UK academic year, ending in July.
      const first = Number(at('academic', 1));
      const second = at('academic', 2);
      const end = second.length === 2 ? Math.floor(first / 100) * 100 + Number(second) : Number(second);
      if (end !== first + 1) continue;
      dates.push(iso(end, 7, 31));
    } else if (g.planYear) {
      if (!planStart) continue;
      const last = Number(at('planYear', 2) ?? at('planYear', 1)) || Number(at('planYear', 1));
      if (last < 1 || last > 9) continue;
      dates.push(endOfPlanYear(planStart, last));
    } else if (g.year) {
      dates.push(iso(Number(at('year', 1)), 12, 31));
    }
  }
  return { ok: true, dates };
}
