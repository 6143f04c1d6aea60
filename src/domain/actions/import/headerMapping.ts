/**
 * Suggesting which action field each of an institution's own column headers holds ("Tasks/Action" → task,
 * "Led By" → owner roles, "Phase 2 (Jun 2018 - May 2019)" → phase). The person confirms or changes it.
 */

/** Fields a column can be mapped onto. `ignore` columns are not read. */
export const IMPORT_FIELDS = [
  'reference',
  'talentRefs',
  'talentText',
  'themes',
  'themeAndReference',
  'title',
  'task',
  'mainTasks',
  'outcome',
  'successMeasures',
  'timeframe',
  'phase',
  'targetDate',
  'status',
  'ownerRoles',
  'projectGroup',
  'strategyAlignment',
  'evidence',
  'ignore',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** What a person sees for each field in the mapping step. */
export const IMPORT_FIELD_LABELS: Readonly<Record<ImportField, string>> = {
  reference: 'Reference',
  talentRefs: 'TALENT reference',
  talentText: 'TALENT recommendation text (not stored; known already)',
  themes: 'Theme(s)',
  themeAndReference: 'Theme with reference, e.g. "Visibility (V1)"',
  title: 'Short title',
  task: 'Task / action',
  mainTasks: 'Main tasks / key outputs',
  outcome: 'Outcome / impact / benefit',
  successMeasures: 'Success measures',
  timeframe: 'Year / timeframe',
  phase: 'Phase (date of the phase)',
  targetDate: 'Target date',
  status: 'Status (RAG)',
  ownerRoles: 'Owners / led by (people by name or email, or roles)',
  projectGroup: 'Project group',
  strategyAlignment: 'Strategy alignment',
  evidence: 'Findings / evidence',
  ignore: 'Do not import',
};

/** Fields more than one column may feed (each phase column adds to the timeframe). */
const MULTI: ReadonlySet<ImportField> = new Set(['phase', 'ignore']);

// Headers seen in real plans (De Montfort, Hertfordshire, Leeds, Liverpool) and their obvious variants.
const SYNONYMS: Readonly<Record<Exclude<ImportField, 'ignore' | 'phase'>, readonly string[]>> = {
  reference: ['action reference', 'action ref', 'reference', 'ref', 'ref no', 'action no', 'action number', 'no', 'id'],
  talentRefs: ['talent reference', 'talent ref', 'talent', 'talent recommendation reference'],
  talentText: ['talent recommendation', 'recommendation'],
  themes: ['theme', 'themes', 'commitment theme', 'technician commitment theme', 'tc theme'],
  themeAndReference: ['link to tc', 'link to technician commitment', 'tc link', 'theme reference'],
  title: ['title', 'short title', 'action title', 'name'],
  task: ['tasks action', 'theme action', 'task', 'tasks', 'action', 'actions', 'action plan task', 'activity', 'description', 'objective', 'objectives', 'aim', 'action objective'],
  mainTasks: ['main tasks', 'key tasks', 'key outputs', 'outputs', 'deliverables', 'sub tasks', 'support actions', 'supporting actions', 'sub actions', 'steps', 'how', 'how we will do it', 'activities'],
  outcome: ['outcome', 'outcomes', 'impact', 'benefit', 'outcome impact benefit', 'expected outcome', 'intended impact'],
  successMeasures: ['success criteria', 'success measures', 'measures of success', 'success measure', 'kpi', 'kpis', 'how will impact be evidenced', 'measure'],
  timeframe: ['timeframe', 'time frame', 'year', 'timescale', 'timescales', 'when', 'period'],
  targetDate: ['target date', 'due date', 'deadline', 'completion date', 'due by', 'target'],
  status: ['status', 'rag', 'rag status', 'progress status', 'current status'],
  ownerRoles: ['led by', 'lead', 'owner', 'owners', 'person responsible', 'responsible', 'project lead', 'action owner', 'lead person', 'responsibility'],
  projectGroup: ['project group', 'working group', 'group', 'supported by', 'support'],
  strategyAlignment: ['strategy', 'strategy alignment', 'strategic alignment', 'strategic priority', 'university strategy', 'link to strategy'],
  evidence: ['findings evidence', 'evidence', 'findings', 'achievements to date', 'progress update', 'progress', 'comments', 'notes', 'update'],
};

export interface ColumnMapping {
  /** Column position in the file. */
  readonly index: number;
  readonly header: string;
  readonly field: ImportField;
  /** 0–1: how sure the suggestion is (1 = a known header). Chosen by the person = 1. */
  readonly confidence: number;
}

/** Header text reduced to words: lower case, "(…)" and list letters ("A. ") dropped, punctuation as spaces. */
export function normaliseHeader(header: string): string {
  return header
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/^[a-z]\.\s+/, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

function score(header: string, synonym: string): number {
  if (header === synonym) return 1;
  const words = header.split(' ');
  const syn = synonym.split(' ');
  // The synonym's words appear together in the header ("the empowering university strategy" ⊃ "strategy").
  if (` ${header} `.includes(` ${synonym} `)) return 0.55 + 0.4 * (syn.length / words.length);
  const shared = syn.filter((w) => words.includes(w)).length;
  return shared === 0 ? 0 : 0.5 * (shared / new Set([...syn, ...words]).size);
}

function bestFor(header: string): { field: ImportField; confidence: number }[] {
  const h = normaliseHeader(header);
  if (h === '') return [];
  if (/^phase \d+$/.test(h) || /^phase\s*\d/.test(h)) return [{ field: 'phase', confidence: 1 }];
  const found = (Object.keys(SYNONYMS) as (keyof typeof SYNONYMS)[])
    .map((field) => ({ field: field as ImportField, confidence: Math.max(...SYNONYMS[field].map((s) => score(h, s))) }))
    .filter((c) => c.confidence >= 0.3);
  // A second column that reads as the action ("Objective" then "Actions") holds its tasks: never dropped.
  const task = found.find((c) => c.field === 'task');
  const mainTasks = found.find((c) => c.field === 'mainTasks');
  if (task && (!mainTasks || mainTasks.confidence < task.confidence * 0.8)) found.push({ field: 'mainTasks', confidence: task.confidence * 0.8 });
  return found.filter((c) => c.field !== 'mainTasks' || c === found.filter((x) => x.field === 'mainTasks').sort((a, b) => b.confidence - a.confidence)[0]).sort((a, b) => b.confidence - a.confidence);
}

/**
 * Suggests a field for each header. Each field (but phase) goes to at most one column — the one it fits
 * best — and unknown headers are left as `ignore`.
 */
export function suggestMapping(headers: readonly string[]): ColumnMapping[] {
  const candidates = headers.flatMap((header, index) => bestFor(header).map((c) => ({ ...c, index })));
  candidates.sort((a, b) => b.confidence - a.confidence || a.index - b.index);
  const chosen = new Map<number, { field: ImportField; confidence: number }>();
  const taken = new Set<ImportField>();
  for (const c of candidates) {
    if (chosen.has(c.index) || (taken.has(c.field) && !MULTI.has(c.field))) continue;
    chosen.set(c.index, c);
    taken.add(c.field);
  }
  return headers.map((header, index) => {
    const c = chosen.get(index);
    return { index, header, field: c?.field ?? 'ignore', confidence: c ? Math.round(c.confidence * 100) / 100 : 0 };
  });
}

/** Problems with a mapping that make importing pointless (no task column) or ambiguous. */
export function mappingProblems(mapping: readonly ColumnMapping[]): string[] {
  const problems: string[] = [];
  if (!mapping.some((m) => m.field === 'task')) problems.push('Choose the column that holds the task or action: every action needs one.');
  const counts = new Map<ImportField, string[]>();
  for (const m of mapping) if (!MULTI.has(m.field)) counts.set(m.field, [...(counts.get(m.field) ?? []), m.header]);
  for (const [field, columns] of counts)
    if (columns.length > 1) problems.push(`${IMPORT_FIELD_LABELS[field]} is chosen for ${columns.length} columns (${columns.join(', ')}); choose one.`);
  return problems;
}

/**
 * Columns with text that will not be imported ("Do not import"), so the person sees what is left out
 * before previewing: one sentence per column, naming how many rows have text in it.
 */
export function ignoredColumnsWithText(mapping: readonly ColumnMapping[], rows: readonly (readonly string[])[]): string[] {
  return mapping
    .filter((m) => m.field === 'ignore')
    .map((m) => ({ m, filled: rows.filter((r) => (r[m.index] ?? '').trim() !== '').length }))
    .filter(({ filled }) => filled > 0)
    .map(({ m, filled }) => `“${m.header || `Column ${m.index + 1}`}” has text in ${filled} ${filled === 1 ? 'row' : 'rows'} and is set to “Do not import”: choose where it goes to keep it.`);
}
