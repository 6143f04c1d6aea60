/**
 * Builds plans from hand-written or generated action specs: each action gets its status label in
 * the plan's own scheme, an order, and a believable history of updates (created or imported, status
 * changes with notes, evidence) dated within the plan's period and never after "now".
 */
import { toLabel } from '../../domain/actions/statusSchemes';
import type { RagStatus } from '../../domain/vocabulary';
import { SeededRandom } from '../random';
import { OWNER_EMAIL } from '../roster';
import type { ActionSeed, ActionUpdateSeed, PlanSeed } from '../seeds';
import { addDays, duringWorkingDay, parseDate } from '../time';

/** An action as written: everything but the derived label, order and history. */
export type ActionSpec = Omit<ActionSeed, 'statusLabel' | 'sortOrder' | 'updates'>;

/** Plan metadata: everything but its actions. */
export type PlanMeta = Omit<PlanSeed, 'actions'>;

const ON_TRACK_NOTES = [
  'Owners met; first milestones agreed and under way.',
  'Working group has taken this on; progress reported at the last network meeting.',
  'Scoping done and timeline agreed with the steering group.',
  'Good progress this term; next step agreed with the faculty TSMs.',
] as const;

const COMPLETE_NOTES = [
  'Completed; now business as usual.',
  'Done and signed off at steering group.',
  'Complete. Evidence filed with the self-assessment.',
] as const;

const AMBER_NOTES = [
  'Not yet started: waiting for the steering group to confirm a lead.',
  'Some delay while we confirm resources with the faculties.',
  'Paused over the summer; picking up again next term.',
] as const;

/** The status steps an action took to reach `final`, starting from Amber (not yet started). */
function pathTo(final: RagStatus, random: SeededRandom): RagStatus[] {
  switch (final) {
    case 'Complete':
      return random.chance(0.7) ? ['Green', 'Complete'] : ['Green', 'Amber', 'Green', 'Complete'];
    case 'Green':
      return random.chance(0.25) ? ['Green', 'Amber', 'Green'] : ['Green'];
    case 'Red':
      return random.chance(0.5) ? ['Green', 'Red'] : ['Red'];
    default:
      return [];
  }
}

interface HistoryOptions {
  readonly plan: PlanMeta;
  readonly action: ActionSpec;
  readonly now: Date;
  /** Previous plan's title, when the action was carried forward from it. */
  readonly carriedFrom?: string;
}

/** The history of one action, oldest first, all dated within the plan period and not after `now`. */
export function actionHistory({ plan, action, now, carriedFrom }: HistoryOptions): ActionUpdateSeed[] {
  const random = new SeededRandom(`${plan.title}|${action.reference}`);
  const authors = action.owners.length > 0 ? action.owners : [OWNER_EMAIL];
  const author = (): string => random.pick(authors);
  const start = duringWorkingDay(addDays(parseDate(plan.periodStart), random.int(1, 20)).getTime(), random.int(0, 539), Number.MAX_SAFE_INTEGER);
  const latest = Math.min(parseDate(plan.periodEnd).getTime(), now.getTime() - 2 * 86_400_000);
  const first: ActionUpdateSeed =
    carriedFrom !== undefined && action.originReference !== undefined
      ? { author: OWNER_EMAIL, when: start.toISOString(), kind: 'Carried forward', summary: `Carried forward from ${carriedFrom} (${action.originReference})`, toStatus: 'Amber' }
      : plan.state === 'Closed'
        ? { author: OWNER_EMAIL, when: start.toISOString(), kind: 'Imported', summary: 'Imported from the published action plan', toStatus: 'Amber' }
        : { author: OWNER_EMAIL, when: start.toISOString(), kind: 'Created', summary: 'Action created', toStatus: 'Amber' };
  // No time yet for a history (a plan starting about now): record where the action stands.
  if (start.getTime() > latest) return [{ ...first, toStatus: action.ragStatus, when: new Date(Math.min(start.getTime(), now.getTime() - 60_000)).toISOString() }];

  const steps = pathTo(action.ragStatus, random);
  const extra = action.ragStatus === 'Amber' ? 1 : 0;
  const count = steps.length + extra + (action.evidence ? 1 : 0);
  const span = latest - start.getTime();
  const times = Array.from({ length: count }, (_, i) => start.getTime() + Math.round((span * (i + 1 - random.next() * 0.5)) / (count + 0.5)));
  const updates: ActionUpdateSeed[] = [first];
  let current: RagStatus = 'Amber';
  let t = 0;
  let previous = start.getTime();
  // Steps keep their order even when two land on the same working day.
  const when = (): string => {
    previous = Math.max(previous + 60_000, duringWorkingDay(times[t++] ?? latest, random.int(0, 539), now.getTime()).getTime());
    return new Date(previous).toISOString();
  };
  for (const next of steps) {
    const note =
      next === 'Red'
        ? action.redExplanation
        : next === 'Complete'
          ? random.pick(COMPLETE_NOTES)
          : next === 'Amber'
            ? random.pick(AMBER_NOTES)
            : random.pick(ON_TRACK_NOTES);
    updates.push({
      author: author(),
      when: when(),
      kind: 'Status',
      summary: `Status ${toLabel(plan.statusScheme, current)} → ${toLabel(plan.statusScheme, next)}`,
      fromStatus: current,
      toStatus: next,
      note,
    });
    current = next;
  }
  if (extra) updates.push({ author: author(), when: when(), kind: 'Edit', summary: 'Progress note', note: random.pick(AMBER_NOTES) });
  if (action.evidence) {
    // The first point of the evidence is enough for a history line; the action keeps all of it.
    const evidence = action.evidence.split(/(?<=[.;])\s/)[0] ?? action.evidence;
    updates.push({ author: author(), when: when(), kind: 'Evidence', summary: 'Evidence added', note: evidence });
  }
  return updates.sort((a, b) => a.when.localeCompare(b.when));
}

/** A plan with each action's label, order and history filled in. */
export function buildPlan(meta: PlanMeta, specs: readonly ActionSpec[], now: Date): PlanSeed {
  const actions = specs.map(
    (spec, index): ActionSeed => ({
      ...spec,
      statusLabel: toLabel(meta.statusScheme, spec.ragStatus),
      sortOrder: index + 1,
      updates: actionHistory({ plan: meta, action: spec, now, carriedFrom: meta.previousPlan }),
    }),
  );
  return { ...meta, actions };
}
