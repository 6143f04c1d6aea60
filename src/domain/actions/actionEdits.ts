/**
 * Turning what a person did to an action into what to write: the changed fields and the Action Update
 * records (history). Who and when come from the caller's session and injected clock.
 */
import type { Clock } from '../ids';
import type { Action, ActionPlan, ActionUpdate, Draft } from '../model';
import { validationError, type FieldIssue } from '../errors';
import type { RagStatus } from '../vocabulary';
import { displayDate, isoDate } from './dates';
import { toCanonical, toLabel } from './statusSchemes';
import { checkAction, ensurePlanOpen } from './validation';

/** The person making the change, as the session knows them. */
export interface Editor {
  readonly displayName: string;
}

/** Fields of an action a person edits in place. */
export type ActionChanges = Partial<Omit<Draft<Action>, 'planId' | 'originActionId'>>;

export interface ActionEdit {
  readonly changes: ActionChanges;
  /** Why the status changed, or what the evidence shows; kept in the history. */
  readonly note?: string;
  readonly evidenceLink?: string;
}

export interface ActionWrite {
  /** Only the fields that really change; empty when nothing does. */
  readonly changes: ActionChanges;
  /** One record per status change, per evidence change, and one for other edits. */
  readonly updates: readonly Draft<ActionUpdate>[];
}

type Plan = Pick<ActionPlan, 'title' | 'statusScheme' | 'periodStart' | 'periodEnd' | 'state'>;

/**
 * What to write for an edit of `action`: the changed fields (status label and canonical RAG status kept in
 * step through the plan's scheme) and the Action Update drafts. A move to Red needs an explanation (the
 * edit's `redExplanation` or its note).
 * @throws HubError `validation` naming each bad field, or when the plan is Closed.
 */
export function planActionEdit(
  action: Action,
  plan: Plan,
  edit: ActionEdit,
  editor: Editor,
  clock: Clock,
  siblings: readonly Pick<Action, 'id' | 'reference'>[] = [],
): ActionWrite {
  ensurePlanOpen(plan);
  const changes: Record<string, unknown> = { ...withStatusInStep(edit.changes, plan) };
  const movesToRed = changes.ragStatus === 'Red' && action.ragStatus !== 'Red';
  if (movesToRed && !changes.redExplanation && edit.note?.trim()) changes.redExplanation = edit.note.trim();
  for (const key of Object.keys(changes)) {
    if (sameValue(changes[key], (action as unknown as Record<string, unknown>)[key])) delete changes[key];
  }
  const merged = { ...action, ...changes } as Draft<Action>;
  const check = checkAction(merged, plan, siblings, action.id);
  // Checked before anything is written: a link the history cannot keep must not leave a change without its record.
  const errors = [...check.errors, ...linkIssues(edit.evidenceLink)];
  if (errors.length > 0) throw validationError(`Action ${action.reference} cannot be saved: ${errors[0]!.message}`, errors);

  const when = displayDate(isoDate(clock()));
  const updates: Draft<ActionUpdate>[] = [];
  const newRag = changes.ragStatus as RagStatus | undefined;
  if (newRag !== undefined) {
    const from = toLabel(plan.statusScheme, action.ragStatus);
    const to = toLabel(plan.statusScheme, newRag);
    updates.push({
      actionId: action.id,
      kind: 'Status',
      summary: `${editor.displayName} changed ${action.reference} from ${from} to ${to} on ${when}`,
      fromStatus: action.ragStatus,
      toStatus: newRag,
      note: (newRag === 'Red' ? merged.redExplanation : edit.note)?.trim() || undefined,
      evidenceLink: edit.evidenceLink,
    });
  }
  if ('evidence' in changes) {
    updates.push({
      actionId: action.id,
      kind: 'Evidence',
      summary: `${editor.displayName} updated the evidence of ${action.reference} on ${when}`,
      note: (changes.evidence as string | undefined) ?? '(evidence removed)',
      evidenceLink: newRag === undefined ? edit.evidenceLink : undefined,
    });
  }
  // A new Red explanation travels with the move to Red; rewritten later, it is an edit of its own.
  const inStatusUpdate = newRag !== undefined ? ['ragStatus', 'statusLabel', 'redExplanation'] : ['ragStatus', 'statusLabel'];
  const others = Object.keys(changes).filter((k) => k !== 'evidence' && !inStatusUpdate.includes(k));
  if (others.length > 0) {
    const redWords = `why it is ${toLabel(plan.statusScheme, 'Red')}`;
    updates.push({
      actionId: action.id,
      kind: 'Edit',
      summary: `${editor.displayName} edited ${others.map((k) => (k === 'redExplanation' ? redWords : fieldWord(k))).join(', ')} of ${action.reference} on ${when}`,
      note: 'redExplanation' in changes && newRag === undefined ? (changes.redExplanation as string | undefined) : undefined,
    });
  }
  return { changes: changes as ActionChanges, updates };
}

/** The Action Updates list keeps links of up to 255 characters (its EvidenceLink column, src/data/schema/lists.ts). */
const MAX_LINK_LENGTH = 255;

function linkIssues(link: string | undefined): FieldIssue[] {
  if (link === undefined || link.trim() === '') return [];
  if (!/^https?:\/\/[^\s/]+/i.test(link.trim()))
    return [{ field: 'evidenceLink', message: `The evidence link must be a web address starting with https:// (got "${link.trim()}").` }];
  if (link.trim().length > MAX_LINK_LENGTH)
    return [{ field: 'evidenceLink', message: `The evidence link is ${link.trim().length} characters; the history keeps up to ${MAX_LINK_LENGTH}. Link to the folder, or use a shorter sharing link.` }];
  return [];
}

/** The history record for a newly created action. */
export function createdUpdate(action: Pick<Action, 'id' | 'reference' | 'ragStatus'>, editor: Editor, clock: Clock): Draft<ActionUpdate> {
  return {
    actionId: action.id,
    kind: 'Created',
    summary: `${editor.displayName} added ${action.reference} on ${displayDate(isoDate(clock()))}`,
    toStatus: action.ragStatus,
  };
}

/** Keeps `statusLabel` and `ragStatus` saying the same thing: whichever the edit sets, the other follows. */
function withStatusInStep(changes: ActionChanges, plan: Plan): ActionChanges {
  if (changes.statusLabel !== undefined) return { ...changes, ragStatus: toCanonical(plan.statusScheme, changes.statusLabel) };
  if (changes.ragStatus !== undefined) return { ...changes, statusLabel: toLabel(plan.statusScheme, changes.ragStatus) };
  return changes;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i]);
  const blank = (v: unknown) => v === undefined || v === null || v === '';
  if (blank(a) && blank(b)) return true;
  return a === b;
}

const FIELD_WORDS: Readonly<Record<string, string>> = {
  title: 'the title',
  reference: 'the reference',
  talentRefs: 'TALENT references',
  themes: 'themes',
  task: 'the task',
  mainTasks: 'main tasks',
  outcome: 'the outcome',
  successMeasures: 'success measures',
  timeframe: 'the timeframe',
  targetDate: 'the target date',
  ownerIds: 'owners',
  ownerRoles: 'owner roles',
  projectGroup: 'the project group',
  strategyAlignment: 'strategy alignment',
  sortOrder: 'the order',
};

function fieldWord(field: string): string {
  return FIELD_WORDS[field] ?? field;
}
