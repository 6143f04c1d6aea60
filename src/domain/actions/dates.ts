/**
 * Dates as the action pages and history show them, computed without the runtime's locale so the same
 * clock always gives the same words.
 */
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** `YYYY-MM-DD` of a moment, in UTC. */
export function isoDate(moment: Date): string {
  return moment.toISOString().slice(0, 10);
}

/** "23 Nov 2026" from `YYYY-MM-DD` or a full ISO date-time. */
export function displayDate(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  if (!y || !m || !d) return iso;
  return `${d} ${MONTHS[m - 1]} ${y}`;
}
