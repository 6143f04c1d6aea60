/**
 * The compact skills matrix: people × skills as typed arrays, rows grouped by unit and columns by
 * category once, when ratings load. A filter change then only walks byte arrays (195k cells at
 * Liverpool scale) and never rebuilds objects, so it stays well inside a frame.
 */
import type { PersonId, SkillId, UnitId } from '../ids';
import type { Person, Skill, Unit } from '../model';
import { SKILL_CATEGORIES } from '../vocabulary';
import type { EffectiveRating } from './effective';

/** Level byte of a cell nobody rated. */
export const UNRATED = 255;
/** Flag bits of a cell. */
export const CELL_VALIDATED = 1;
export const CELL_WANTS_TO_DEVELOP = 2;
export const CELL_CERTIFICATE_EXPIRED = 4;
export const CELL_STALE = 8;
/** The technician changed their rating after the manager validated it. */
export const CELL_AWAITING_VALIDATION = 16;

/** A contiguous run of rows (one unit) or columns (one category). */
export interface MatrixGroup {
  readonly key: string;
  readonly label: string;
  readonly start: number;
  readonly end: number;
}

export interface SkillMatrix {
  /** Row order: by unit name, then person name; people without a unit last. */
  readonly people: readonly Person[];
  /** Column order: by category (catalogue order, then others A–Z), then skill name. Active skills only. */
  readonly skills: readonly Skill[];
  readonly rowIndex: ReadonlyMap<PersonId, number>;
  readonly colIndex: ReadonlyMap<SkillId, number>;
  /** `rows × cols`, row-major: level 0–4 or `UNRATED`. */
  readonly levels: Uint8Array;
  /** `rows × cols`: `CELL_*` bits. */
  readonly flags: Uint8Array;
  readonly unitGroups: readonly MatrixGroup[];
  readonly categoryGroups: readonly MatrixGroup[];
}

export const NO_UNIT_KEY = '';

function categoryRank(category: string): number {
  const i = (SKILL_CATEGORIES as readonly string[]).indexOf(category);
  return i >= 0 ? i : SKILL_CATEGORIES.length;
}

function groupsOf<T>(items: readonly T[], keyOf: (t: T) => string, labelOf: (key: string) => string): MatrixGroup[] {
  const groups: MatrixGroup[] = [];
  let start = 0;
  for (let i = 1; i <= items.length; i++) {
    if (i === items.length || keyOf(items[i]) !== keyOf(items[start])) {
      const key = keyOf(items[start]);
      groups.push({ key, label: labelOf(key), start, end: i });
      start = i;
    }
  }
  return groups;
}

/** Builds the matrix from the catalogue, the people and their effective ratings (see `effectiveRatings`). */
export function buildSkillMatrix(input: {
  readonly people: readonly Person[];
  readonly skills: readonly Skill[];
  readonly units: readonly Unit[];
  readonly ratings: ReadonlyMap<string, EffectiveRating>;
}): SkillMatrix {
  const unitName = new Map(input.units.map((u) => [u.id as string, u.name]));
  const unitKey = (p: Person): string => (p.unitId && unitName.has(p.unitId) ? p.unitId : NO_UNIT_KEY);
  const byName = (a: string, b: string): number => a.localeCompare(b, 'en', { sensitivity: 'base' });
  const people = [...input.people].sort((a, b) => {
    const ua = unitKey(a), ub = unitKey(b);
    if (ua !== ub) return ua === NO_UNIT_KEY ? 1 : ub === NO_UNIT_KEY ? -1 : byName(unitName.get(ua) ?? '', unitName.get(ub) ?? '') || (ua < ub ? -1 : 1);
    return byName(a.name, b.name);
  });
  const skills = input.skills
    .filter((s) => !s.retired)
    .sort((a, b) => categoryRank(a.category) - categoryRank(b.category) || byName(a.category, b.category) || byName(a.name, b.name));
  const rows = people.length, cols = skills.length;
  const levels = new Uint8Array(rows * cols).fill(UNRATED);
  const flags = new Uint8Array(rows * cols);
  const rowIndex = new Map(people.map((p, i) => [p.id, i]));
  const colIndex = new Map(skills.map((s, i) => [s.id, i]));
  // Walk the ratings (≈26k at Liverpool scale), not the 195k cells: each finds its cell by index.
  for (const e of input.ratings.values()) {
    const r = rowIndex.get(e.personId), c = colIndex.get(e.skillId);
    if (r === undefined || c === undefined) continue;
    const at = r * cols + c;
    levels[at] = e.level;
    flags[at] =
      (e.validated ? CELL_VALIDATED : 0) |
      (e.wantsToDevelop ? CELL_WANTS_TO_DEVELOP : 0) |
      (e.certificate === 'expired' ? CELL_CERTIFICATE_EXPIRED : 0) |
      (e.stale ? CELL_STALE : 0) |
      (e.validation && !e.validation.current ? CELL_AWAITING_VALIDATION : 0);
  }
  return {
    people,
    skills,
    rowIndex,
    colIndex,
    levels,
    flags,
    unitGroups: groupsOf(people, unitKey, (k) => (k === NO_UNIT_KEY ? 'No unit' : unitName.get(k) ?? k)),
    categoryGroups: groupsOf(skills, (s) => s.category, (k) => k),
  };
}

export interface MatrixFilter {
  /** Only these units (empty or absent: all). */
  readonly unitIds?: readonly (UnitId | typeof NO_UNIT_KEY)[];
  /** Only these categories (empty or absent: all). */
  readonly categories?: readonly string[];
  /** A cell counts at this level or above; people and skills with no counting cell are hidden. */
  readonly minLevel?: number;
  /** Only validated ratings count. */
  readonly validatedOnly?: boolean;
}

/** The rows and columns a filter leaves, with group runs re-based onto the visible positions. */
export interface MatrixView {
  readonly rows: Int32Array;
  readonly cols: Int32Array;
  readonly rowGroups: readonly MatrixGroup[];
  readonly colGroups: readonly MatrixGroup[];
  readonly minLevel: number;
  readonly validatedOnly: boolean;
}

function pick(groups: readonly MatrixGroup[], keys: readonly string[] | undefined): Int32Array {
  const wanted = keys && keys.length > 0 ? new Set(keys) : undefined;
  const chosen = groups.filter((g) => !wanted || wanted.has(g.key));
  const out = new Int32Array(chosen.reduce((n, g) => n + g.end - g.start, 0));
  let i = 0;
  for (const g of chosen) for (let k = g.start; k < g.end; k++) out[i++] = k;
  return out;
}

function regroup(indices: Int32Array, groups: readonly MatrixGroup[]): MatrixGroup[] {
  const out: MatrixGroup[] = [];
  let gi = 0;
  for (let i = 0; i < indices.length; i++) {
    while (indices[i] >= groups[gi].end) gi++;
    const last = out.at(-1);
    if (last && last.key === groups[gi].key) (out[out.length - 1] as { end: number }).end = i + 1;
    else out.push({ key: groups[gi].key, label: groups[gi].label, start: i, end: i + 1 });
  }
  return out;
}

/** Whether a cell counts under the filter's minimum level and validation rule. */
export function cellCounts(m: SkillMatrix, at: number, minLevel: number, validatedOnly: boolean): boolean {
  const level = m.levels[at];
  return level !== UNRATED && level >= minLevel && (!validatedOnly || (m.flags[at] & CELL_VALIDATED) !== 0);
}

/** Applies a filter. Linear in the cells of the chosen units × categories; allocates only index arrays. */
export function filterMatrix(m: SkillMatrix, filter: MatrixFilter): MatrixView {
  const minLevel = filter.minLevel ?? 0;
  const validatedOnly = filter.validatedOnly ?? false;
  let rows = pick(m.unitGroups, filter.unitIds);
  let cols = pick(m.categoryGroups, filter.categories);
  if (minLevel > 0 || validatedOnly) {
    const width = m.skills.length;
    const rowHas = new Uint8Array(rows.length);
    const colHas = new Uint8Array(m.skills.length);
    for (let i = 0; i < rows.length; i++) {
      const base = rows[i] * width;
      for (let j = 0; j < cols.length; j++) {
        const c = cols[j];
        if (cellCounts(m, base + c, minLevel, validatedOnly)) rowHas[i] = colHas[c] = 1;
      }
    }
    rows = rows.filter((_, i) => rowHas[i] === 1);
    cols = cols.filter((c) => colHas[c] === 1);
  }
  return { rows, cols, rowGroups: regroup(rows, m.unitGroups), colGroups: regroup(cols, m.categoryGroups), minLevel, validatedOnly };
}
