/**
 * Reading cells of an imported sheet: finding people and skills by what people type in spreadsheets.
 */
import type { PersonId } from '../../ids';
import type { Person, Skill } from '../../model';
import { survivingSkill } from '../whoCanDo';

/** A sheet as rows of cells (strings from CSV, strings/numbers/dates from XLSX). */
export type SheetRows = readonly (readonly unknown[])[];

/** The text of a cell, trimmed; dates as `YYYY-MM-DD`. */
export function cellText(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  if (typeof cell === 'object' && 'text' in cell) return String((cell as { text: unknown }).text).trim();
  return String(cell).trim();
}

const key = (s: string): string => s.trim().toLocaleLowerCase('en').replace(/\s+/g, ' ');

/** Finds people by email or by (unique) name. */
export function personFinder(people: readonly Person[]): (text: string) => { id?: PersonId; message?: string } {
  const byEmail = new Map(people.map((p) => [key(p.email), p]));
  const byName = new Map<string, Person[]>();
  for (const p of people) byName.set(key(p.name), [...(byName.get(key(p.name)) ?? []), p]);
  return (text) => {
    if (text === '') return { message: 'No person given: expected a name or email.' };
    const email = byEmail.get(key(text));
    if (email) return { id: email.id };
    const named = byName.get(key(text)) ?? [];
    if (named.length === 1) return { id: named[0].id };
    if (named.length > 1) return { message: `“${text}” matches ${named.length} people; use their email instead.` };
    return { message: `No person “${text}” in the People list; expected a name or email of someone in it.` };
  };
}

/** Finds active skills by name; a retired name that was merged leads to the surviving skill. */
export function skillFinder(skills: readonly Skill[]): (text: string) => Skill | undefined {
  const byId = new Map(skills.map((s) => [s.id as string, s]));
  const byName = new Map<string, Skill>();
  for (const s of skills) {
    const target = survivingSkill(s, byId);
    if (target.retired) continue;
    if (!byName.has(key(s.name)) || !s.retired) byName.set(key(s.name), target);
  }
  return (text) => byName.get(key(text));
}

/** Reads a date as `YYYY-MM-DD` from ISO, UK `DD/MM/YYYY` or a spreadsheet date. */
export function parseDateCell(cell: unknown): { ok: true; date?: string } | { ok: false; message: string } {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? { ok: false, message: 'Not a date.' } : { ok: true, date: cell.toISOString().slice(0, 10) };
  const text = cellText(cell);
  if (text === '') return { ok: true };
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  if (!m && uk) m = ['', uk[3], uk[2].padStart(2, '0'), uk[1].padStart(2, '0')] as unknown as RegExpExecArray;
  if (m) {
    const iso = `${m[1]}-${m[2]}-${m[3]}`;
    const d = new Date(`${iso}T00:00:00Z`);
    if (!Number.isNaN(d.getTime()) && d.toISOString().startsWith(iso)) return { ok: true, date: iso };
  }
  return { ok: false, message: `“${text}” is not a date; expected YYYY-MM-DD or DD/MM/YYYY.` };
}

/** Reads yes/no cells (`yes`, `y`, `true`, `1`, `x`). */
export function parseYesNo(cell: unknown): boolean | undefined {
  const t = cellText(cell).toLowerCase();
  if (t === '') return undefined;
  return ['yes', 'y', 'true', '1', 'x', '✓'].includes(t);
}
