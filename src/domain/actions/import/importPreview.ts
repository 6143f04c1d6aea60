/**
 * The import preview: each row of a plan file read through the chosen mapping into an action, checked,
 * and matched against the plan's existing actions so that re-importing the same file creates nothing twice.
 * Rows that already exist are updated (when the file says something new) or skipped (when it does not).
 */
import type { FieldIssue } from '../../errors';
import type { ActionId, PersonId, PlanId } from '../../ids';
import type { Action, ActionPlan, Draft, Person } from '../../model';
import { NOT_ASSESSED, type RagStatus } from '../../vocabulary';
import { normaliseReference } from '../references';
import { labelsFor, toLabel, tryCanonical } from '../statusSchemes';
import { matchTheme, planThemes, themeCode } from '../themes';
import { normaliseTask, readList, readReferences, readTalentRefs, readThemeReferences, titleFromTask } from './cells';
import type { ColumnMapping } from './headerMapping';
import type { ImportTable } from './table';
import { readWhen } from './when';
import { meansAllThemes, proposeThemes, type ThemeChoices, type ThemeWord } from './themeWords';

/** An action as a file row describes it (no plan yet: the preview does not write). */
export type ImportedAction = Omit<Draft<Action>, 'planId'>;

export type RowOutcome = 'create' | 'update' | 'unchanged' | 'heading' | 'invalid';

export interface PreviewRow {
  /** Row number in the file, as a spreadsheet shows it. */
  readonly row: number;
  readonly outcome: RowOutcome;
  /** What makes this row the same action on a second import: plan + reference, or plan + task text. */
  readonly key?: string;
  readonly action?: ImportedAction;
  /** The existing action this row updates or matches. */
  readonly existing?: Pick<Action, 'id' | 'eTag' | 'reference'>;
  /** Fields an update changes (domain names). */
  readonly changedFields: readonly (keyof ImportedAction)[];
  readonly changes?: Partial<ImportedAction>;
  /** The existing action's values of the changed fields, to put back if the import has to be undone. */
  readonly before?: Partial<ImportedAction>;
  /** For a theme heading row: the theme that following rows belong to. */
  readonly heading?: string;
  /** Problems that stop this row (and so the import); `field` is the file's own header. */
  readonly errors: readonly FieldIssue[];
  readonly warnings: readonly FieldIssue[];
}

export interface ImportPreview {
  readonly rows: readonly PreviewRow[];
  readonly counts: Readonly<Record<RowOutcome, number>>;
  /** Themes the file uses that the plan does not have yet (added to the plan's own themes on import). */
  readonly newThemes: readonly string[];
  /** Every theme word the file uses, with the themes it is stored as (changeable through `ImportChoices`). */
  readonly themeWords: readonly ThemeWord[];
  /** Every row error, in row order. */
  readonly errors: readonly FieldIssue[];
  /** All-or-nothing: only a file without errors imports. */
  readonly canImport: boolean;
  /** Actions to write whose status the file leaves blank (or has no status column): they import as "Not yet assessed". */
  readonly notAssessed: number;
  /**
   * New actions the file gives no reference for: Reference is required (it is the re-import key),
   * so the hub numbers them (V1, CD2…) and the preview says so rather than passing them off as the plan's.
   */
  readonly numberedByHub: number;
}

export type ImportPlan = Pick<ActionPlan, 'id' | 'title' | 'statusScheme' | 'extraThemes' | 'periodStart' | 'periodEnd' | 'state'>;

/** The key that identifies an action across imports of one plan. */
export function importKey(planId: string, reference: string | undefined, task: string): string {
  return reference ? `${planId}|ref:${reference.toLowerCase()}` : `${planId}|task:${normaliseTask(task)}`;
}

const COMPARED: readonly (keyof ImportedAction)[] = [
  'title',
  'otherReferences',
  'talentRefs',
  'themes',
  'task',
  'mainTasks',
  'outcome',
  'successMeasures',
  'timeframe',
  'targetDate',
  'statusLabel',
  'ragStatus',
  'redExplanation',
  'ownerIds',
  'ownerRoles',
  'projectGroup',
  'strategyAlignment',
  'evidence',
];

/** What the person decided in the preview, read again on every preview. */
export interface ImportChoices {
  /** Theme word as the file writes it → the themes it means (Commitment themes, plan themes or the word itself). */
  readonly themes?: ThemeChoices;
}

/** Someone an owner cell may name, by full name or email (the People list). */
export type OwnerCandidate = Pick<Person, 'id' | 'name' | 'email'>;

/**
 * Reads every row of `table` through `mapping` for `plan`, whose current actions are `existing`.
 * Owner cells naming someone in `people` (by name or email) make them owners; the rest of the cell stays
 * as owner roles (SRO, TCWG). Never throws for bad data: each problem is a row error naming the row and
 * the file's column.
 */
export function previewImport(
  table: ImportTable,
  mapping: readonly ColumnMapping[],
  plan: ImportPlan,
  existing: readonly Action[],
  people: readonly OwnerCandidate[] = [],
  choices: ImportChoices = {},
): ImportPreview {
  const known = planThemes(plan);
  const themeWords = new Map<string, { themes: readonly string[]; reason: ThemeWord['reason']; actions: number }>();
  const usedRefs = new Set(existing.map((a) => a.reference.toLowerCase()));
  const numbered = new Set<number>();
  const byRef = new Map(existing.map((a) => [a.reference.toLowerCase(), a]));
  const byTask = new Map(existing.map((a) => [normaliseTask(a.task), a]));
  const seenKeys = new Map<string, number>();
  const mapped = mapping.filter((m) => m.field !== 'ignore' && m.field !== 'talentText');
  const taskColumn = mapped.find((m) => m.field === 'task');
  let currentTheme: string | undefined;
  const rows: PreviewRow[] = [];
  let actionsSoFar = 0;

  // Each theme word of the file is read once: the person's choice, else the proposal (issue 11).
  const themesOf = (word: string, counts: boolean): readonly string[] => {
    // "Career Development" and "Career development" are one word of the file, listed as first written.
    const same = [...themeWords.keys()].find((k) => k.toLowerCase() === word.toLowerCase());
    if (same) word = same;
    let entry = themeWords.get(word);
    if (!entry) {
      const chosen = choices.themes?.[word];
      entry = chosen ? { themes: chosen, reason: 'chosen', actions: 0 } : { ...proposeThemes(word, known), actions: 0 };
      themeWords.set(word, entry);
    }
    if (counts) entry.actions += 1;
    return entry.themes.map((t) => matchTheme(t, known) ?? t);
  };

  for (const { row, cells, continuations } of joinContinuations(table, mapping)) {
    const errors: FieldIssue[] = [];
    const warnings: FieldIssue[] = continuations.map((c) => ({
      row: c,
      field: taskColumn?.header ?? 'Task',
      message: `Row ${c} has no task, reference or status of its own, so it is read as the rest of row ${row} (a table row split across lines or pages).`,
    }));
    const filled = mapped.filter((m) => (cells[m.index] ?? '').trim() !== '');
    const cell = (m: ColumnMapping) => (cells[m.index] ?? '').trim();

    // A section heading ("Visibility", "Ongoing Actions") alone in the task column sets the theme below it.
    if (taskColumn && filled.length === 1 && filled[0] === taskColumn && looksLikeHeading(cell(taskColumn))) {
      currentTheme = cell(taskColumn);
      rows.push({ row, outcome: 'heading', heading: themesOf(currentTheme, false).join(', '), changedFields: [], errors, warnings });
      continue;
    }

    const fields: Record<string, unknown> = {};
    const rowThemes: string[] = [];
    const phases: { n: number; header: string; text: string; dates: readonly string[] }[] = [];
    let timeframeDates: readonly string[] = [];
    const when = (m: ColumnMapping, text: string): readonly string[] => {
      const read = readWhen(text, plan.periodStart);
      if (read.ok) return read.dates;
      errors.push({ row, field: m.header, message: read.message });
      return [];
    };
    let status: RagStatus | undefined;
    let statusCell = '';
    let referenceFromFile: string | undefined;
    const otherReferences: string[] = [];
    for (const m of filled) {
      const text = cell(m);
      const issue = (message: string) => errors.push({ row, field: m.header, message });
      switch (m.field) {
        case 'reference': {
          const refs = readReferences(text);
          if (refs.ok) {
            referenceFromFile = refs.value[0];
            otherReferences.push(...refs.value.slice(1));
          } else {
            referenceFromFile = normaliseReference(text);
            issue(refs.message);
          }
          break;
        }
        case 'talentRefs': {
          const refs = readTalentRefs(text);
          if (refs.ok) fields.talentRefs = refs.value;
          else issue(refs.message);
          break;
        }
        case 'themes':
          rowThemes.push(...(meansAllThemes(text) ? [text] : readList(text.replace(/\([^)]*\)/g, (p) => p.replace(/[,;/]/g, ' ')))));
          break;
        case 'themeAndReference': {
          const read = readThemeReferences(text);
          rowThemes.push(...read.themes);
          if (referenceFromFile === undefined) referenceFromFile = read.reference;
          otherReferences.push(...read.references);
          break;
        }
        case 'phase': {
          phases.push({ n: Number(/(\d+)/.exec(m.header)?.[1] ?? phases.length + 1), header: m.header, text, dates: when(m, text) });
          break;
        }
        case 'timeframe':
          fields.timeframe = text;
          timeframeDates = when(m, text);
          break;
        case 'targetDate': {
          const dates = when(m, text);
          if (dates.length > 0) fields.targetDate = dates.at(-1);
          // Words beside the date ("End of November 2020", two phase dates) stay visible as the timeframe.
          if (dates.length !== 1 || !/^[\d\s/.:TZ-]+$/.test(text)) fields.timeframe ??= text;
          if (dates.length === 0 && !errors.some((e) => e.field === m.header))
            warnings.push({ row, field: m.header, message: `"${text}" is not a date: kept as the timeframe, so this action has no target date.` });
          break;
        }
        case 'status':
          statusCell = text;
          status = tryCanonical(plan.statusScheme, text);
          if (status === undefined) issue(`"${text}" is not a status of this plan (${plan.statusScheme}); expected one of ${labelsFor(plan.statusScheme).join(', ')}.`);
          break;
        case 'strategyAlignment':
          fields.strategyAlignment = readList(text);
          break;
        case 'ownerRoles': {
          const owners = readOwners(text, people);
          if (owners.ownerIds.length > 0) fields.ownerIds = owners.ownerIds;
          fields.ownerRoles = owners.roles;
          break;
        }
        default:
          fields[m.field] = text;
      }
    }

    if (phases.length > 0) {
      phases.sort((a, b) => a.n - b.n);
      // Every phase is kept, with the phase's own heading ("Phase 2 (Jun 2018 - May 2019): Oct-18"); the last
      // date is the target. A phase cell that is not a date ("Ongoing") still says which phase.
      fields.timeframe ??= phases.map((p) => `${p.header}: ${p.text}`).join('; ');
      const lastDate = phases.flatMap((p) => p.dates).at(-1);
      if (lastDate) fields.targetDate ??= lastDate;
    }
    if (timeframeDates.length > 0) fields.targetDate ??= timeframeDates.at(-1);

    const task = String(fields.task ?? '');
    if (task === '') errors.push({ row, field: taskColumn?.header ?? 'Task', message: 'The task is empty; every action needs one.' });
    const themesOfRow = [...new Set((rowThemes.length > 0 ? rowThemes : currentTheme ? [currentTheme] : []).flatMap((w) => themesOf(w, true)))];
    const key = importKey(plan.id, referenceFromFile, task);
    const match = referenceFromFile ? byRef.get(referenceFromFile.toLowerCase()) : byTask.get(normaliseTask(task));

    const previous = seenKeys.get(key);
    if (previous !== undefined && task !== '')
      errors.push({ row, field: referenceFromFile ? headerOf(mapping, 'reference', 'themeAndReference') : taskColumn?.header ?? 'Task', message: `Row ${row} repeats row ${previous} (${referenceFromFile ? `reference ${referenceFromFile}` : 'same task'}).` });
    seenKeys.set(key, row);

    const reference = referenceFromFile ?? match?.reference ?? nextReference(themesOfRow[0], usedRefs);
    usedRefs.add(reference.toLowerCase());
    if (!referenceFromFile && !match?.reference) numbered.add(row);
    // A blank or missing status is nobody's judgement yet: never Amber (issue 11). Re-importing keeps the tab's.
    const rag = status ?? match?.ragStatus ?? NOT_ASSESSED;
    const evidence = fields.evidence as string | undefined;
    // Cells of several lines are normal; the columns that hold one line get the lines joined with "; ".
    const oneLine = (value: unknown) => (typeof value === 'string' ? value.replace(/\s*\n\s*/g, '; ') : undefined);
    const action: ImportedAction = {
      title: oneLine(fields.title) ?? titleFromTask(task),
      reference,
      otherReferences: [...new Set(otherReferences.filter((r) => r.toLowerCase() !== reference.toLowerCase()))],
      talentRefs: (fields.talentRefs as string[] | undefined) ?? [],
      themes: themesOfRow,
      task,
      mainTasks: fields.mainTasks as string | undefined,
      outcome: fields.outcome as string | undefined,
      successMeasures: fields.successMeasures as string | undefined,
      timeframe: oneLine(fields.timeframe),
      targetDate: fields.targetDate as string | undefined,
      statusLabel: toLabel(plan.statusScheme, rag),
      ragStatus: rag,
      redExplanation: rag === 'Red' ? (match?.redExplanation ?? evidence) : undefined,
      ownerIds: (fields.ownerIds as PersonId[] | undefined) ?? match?.ownerIds ?? [],
      ownerRoles: oneLine(fields.ownerRoles),
      projectGroup: oneLine(fields.projectGroup),
      strategyAlignment: (fields.strategyAlignment as string[] | undefined) ?? [],
      evidence,
      sortOrder: match?.sortOrder ?? actionsSoFar + existing.length + 1,
    };
    actionsSoFar += 1;
    if (rag === 'Red' && !action.redExplanation)
      warnings.push({ row, field: statusCell ? headerOf(mapping, 'status') : 'Status', message: 'Red without an explanation: add one on the action page before the self-assessment.' });
    if (action.targetDate && action.targetDate > plan.periodEnd)
      warnings.push({ row, field: 'Target date', message: `Target date ${action.targetDate} is after the plan ends (${plan.periodEnd}).` });
    else if (action.targetDate && action.targetDate < plan.periodStart)
      warnings.push({ row, field: 'Target date', message: `Target date ${action.targetDate} is before the plan starts (${plan.periodStart}): check the plan's period.` });

    if (errors.length > 0) {
      rows.push({ row, outcome: 'invalid', key, action, changedFields: [], errors, warnings });
      continue;
    }
    if (!match) {
      rows.push({ row, outcome: 'create', key, action, changedFields: [], errors, warnings });
      continue;
    }
    // Only what the file says is compared: a column the file lacks never blanks what the tab holds.
    const said = new Set<keyof ImportedAction>(['title', 'task', ...(Object.keys(fields) as (keyof ImportedAction)[])]);
    if (status !== undefined) said.add('ragStatus').add('statusLabel').add('redExplanation');
    if (rowThemes.length > 0 || currentTheme) said.add('themes');
    if (otherReferences.length > 0) said.add('otherReferences');
    const changes: Partial<Record<keyof ImportedAction, unknown>> = {};
    const before: Partial<Record<keyof ImportedAction, unknown>> = {};
    for (const field of COMPARED)
      if (said.has(field) && !same(action[field], match[field])) {
        changes[field] = action[field];
        before[field] = match[field];
      }
    const changedFields = Object.keys(changes) as (keyof ImportedAction)[];
    rows.push({
      row,
      outcome: changedFields.length > 0 ? 'update' : 'unchanged',
      key,
      action,
      existing: { id: match.id, eTag: match.eTag, reference: match.reference },
      changedFields,
      changes: changes as Partial<ImportedAction>,
      before: before as Partial<ImportedAction>,
      errors,
      warnings,
    });
  }

  const counts: Record<RowOutcome, number> = { create: 0, update: 0, unchanged: 0, heading: 0, invalid: 0 };
  for (const r of rows) counts[r.outcome] += 1;
  const errors = rows.flatMap((r) => r.errors);
  const numberedByHub = rows.filter((r) => r.outcome === 'create' && numbered.has(r.row)).length;
  const notAssessed = rows.filter((r) => (r.outcome === 'create' || r.outcome === 'update') && r.action?.ragStatus === NOT_ASSESSED).length;
  const words: ThemeWord[] = [...themeWords.entries()].map(([word, e]) => ({ word, ...e }));
  const newThemes = [...new Set(words.flatMap((w) => w.themes.map((t) => matchTheme(t, known) ?? t)))].filter((t) => !known.includes(t));
  return { rows, counts, newThemes, themeWords: words, errors, canImport: errors.length === 0 && counts.create + counts.update > 0, notAssessed, numberedByHub };
}

/**
 * What an accepted preview writes: new actions for the plan, and changes to existing ones (with eTags and
 * the values they replace, so a failed import can put them back).
 */
export function importWrites(preview: ImportPreview, planId: PlanId): {
  creates: Draft<Action>[];
  updates: { id: ActionId; eTag: string; changes: Partial<ImportedAction>; before: Partial<ImportedAction> }[];
} {
  return {
    creates: preview.rows.filter((r) => r.outcome === 'create' && r.action).map((r) => ({ ...r.action!, planId })),
    updates: preview.rows
      .filter((r) => r.outcome === 'update' && r.existing && r.changes)
      .map((r) => ({ id: r.existing!.id, eTag: r.existing!.eTag, changes: r.changes!, before: r.before ?? {} })),
  };
}

interface JoinedRow {
  readonly row: number;
  readonly cells: readonly string[];
  /** Rows read as the rest of this one. */
  readonly continuations: readonly number[];
}

/** Fields whose presence makes a row an action of its own even when its task cell is empty. */
const OWN_ROW_FIELDS: ReadonlySet<string> = new Set(['task', 'reference', 'status', 'title']);

/**
 * Plans copied out of Word or PDF break one action over several rows: Leeds' "Recognition (R1)" row is
 * followed by a row holding only "Visibility (V6)", and a page break leaves "staff and the Commitment" on
 * a row of its own. A row with no task, reference, status or title, filling fewer than half the other
 * columns, directly below an action, is joined to that action cell by cell. Any other row without a task
 * stays a row of its own (and is refused).
 */
function joinContinuations(table: ImportTable, mapping: readonly ColumnMapping[]): JoinedRow[] {
  const read = mapping.filter((m) => m.field !== 'ignore');
  const taskColumn = read.find((m) => m.field === 'task');
  const filled = (cells: readonly string[]) => read.filter((m) => (cells[m.index] ?? '').trim() !== '');
  const joined: { row: number; cells: string[]; continuations: number[] }[] = [];
  table.rows.forEach((cells, i) => {
    const row = table.rowNumbers[i] ?? i + 2;
    const previous = joined.at(-1);
    const used = filled(cells);
    // A merged action cell read on every row it spans repeats the action above: the rest of that action.
    const repeatsAction =
      taskColumn !== undefined &&
      previous !== undefined &&
      (cells[taskColumn.index] ?? '').trim() !== '' &&
      (cells[taskColumn.index] ?? '').trim() === (previous.cells[taskColumn.index] ?? '').trim() &&
      // …its reference or status merged with it too, but none of its own.
      used.every((m) => !OWN_ROW_FIELDS.has(m.field) || (cells[m.index] ?? '').trim() === (previous.cells[m.index] ?? '').trim());
    const continues =
      repeatsAction ||
      (taskColumn !== undefined &&
      previous !== undefined &&
      (previous.cells[taskColumn.index] ?? '').trim() !== '' &&
      !looksLikeHeadingRow(previous.cells, taskColumn, read) &&
      used.length > 0 &&
      // Merged cells copied from Word leave the action cell empty on every row but the first: whatever the
      // rest holds belongs to the action above (with a warning), unless it carries a reference or status of its own.
      used.every((m) => !OWN_ROW_FIELDS.has(m.field)) &&
      // Leeds' lone "Visibility (V6)" is the rest of the row above; a full row with its own "(V2)" is an action.
      !(used.some((m) => m.field === 'themeAndReference' && readThemeReferences(cells[m.index] ?? '').references.length > 0) && used.length * 2 >= read.length - 1));
    if (!continues) {
      joined.push({ row, cells: [...cells], continuations: [] });
      return;
    }
    // A cell merged over both rows holds the same text twice: it is kept once.
    for (const m of used) if ((cells[m.index] ?? '').trim() !== (previous.cells[m.index] ?? '').trim()) previous.cells[m.index] = joinCell(previous.cells[m.index] ?? '', cells[m.index]!.trim());
    previous.continuations.push(row);
  });
  return joined;
}

function looksLikeHeadingRow(cells: readonly string[], taskColumn: ColumnMapping, read: readonly ColumnMapping[]): boolean {
  const used = read.filter((m) => (cells[m.index] ?? '').trim() !== '');
  return used.length === 1 && used[0] === taskColumn && looksLikeHeading((cells[taskColumn.index] ?? '').trim());
}

/** A sentence cut by a page break goes on with a space; a new item ("Visibility (V6)") on a new line. */
function joinCell(before: string, after: string): string {
  if (before.trim() === '') return after;
  const midSentence = !/[.!?:;)]$/.test(before.trim()) && /^[a-z]/.test(after);
  return `${before.trimEnd()}${midSentence ? ' ' : '\n'}${after}`;
}

/**
 * People named in an owner cell ("Will Baker; SRO", "jo.harper@uni.ac.uk, TCWG") and what is left as
 * roles. A cell naming nobody in the People list is kept whole, as the plan wrote it.
 */
function readOwners(text: string, people: readonly OwnerCandidate[]): { ownerIds: PersonId[]; roles?: string } {
  const items = text.split(/[;,\n]+/).map((s) => s.trim()).filter((s) => s !== '');
  const ownerIds: PersonId[] = [];
  const roles: string[] = [];
  for (const item of items) {
    const key = item.toLowerCase();
    const person = people.find((p) => p.name.toLowerCase() === key || p.email.toLowerCase() === key);
    if (person && !ownerIds.includes(person.id)) ownerIds.push(person.id);
    else if (!person) roles.push(item);
  }
  if (ownerIds.length === 0) return { ownerIds, roles: text };
  return { ownerIds, roles: roles.length > 0 ? roles.join(', ') : undefined };
}

/** Short text alone on its row, without a sentence's full stop: a section heading, not a task. */
function looksLikeHeading(text: string): boolean {
  return text.split(/\s+/).length <= 6 && !/[.:;]$/.test(text) && text.length <= 60;
}

function nextReference(theme: string | undefined, used: Set<string>): string {
  const code = themeCode(theme ?? 'Action');
  let n = 1;
  while (used.has(`${code}${n}`.toLowerCase())) n += 1;
  return `${code}${n}`;
}

function headerOf(mapping: readonly ColumnMapping[], ...fields: string[]): string {
  return mapping.find((m) => fields.includes(m.field))?.header ?? fields[0]!;
}

function same(a: unknown, b: unknown): boolean {
  const blank = (v: unknown) => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);
  if (blank(a) && blank(b)) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i]);
  return a === b;
}
