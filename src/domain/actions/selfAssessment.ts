/**
 * The RAG analysis a self-assessment asks for: counts by theme × status, every Red action with its
 * explanation, the Amber actions, what is carried forward, and the evidence per action. The tab shows it
 * and the exports write it; both read this one structure.
 */
import type { ActionId } from '../ids';
import type { Action, ActionPlan, ActionUpdate } from '../model';
import { NOT_ASSESSED, RAG_STATUSES, type RagStatus } from '../vocabulary';
import { compareReferences } from './references';
import { toLabel } from './statusSchemes';
import { planThemes } from './themes';

/** The theme row for actions that name none. */
export const NO_THEME = 'No theme';

export interface ReportAction {
  readonly id: ActionId;
  readonly reference: string;
  readonly title: string;
  readonly task: string;
  readonly themes: readonly string[];
  /** The plan's own word for the status ("Blue", "Delayed"). */
  readonly statusLabel: string;
  readonly ragStatus: RagStatus;
  readonly owners: string;
  readonly redExplanation?: string;
  readonly evidence?: string;
  /** Evidence links recorded in the action's history, oldest first. */
  readonly evidenceLinks: readonly string[];
  /** When the action last changed status or evidence (ISO), if ever. */
  readonly lastUpdated?: string;
}

export interface ThemeRow {
  readonly theme: string;
  readonly counts: Readonly<Record<RagStatus, number>>;
  readonly total: number;
}

export interface SelfAssessmentReport {
  readonly plan: Pick<ActionPlan, 'id' | 'title' | 'institution' | 'periodStart' | 'periodEnd' | 'stage' | 'statusScheme' | 'state'>;
  /** Column headings in the plan's own words, Red first. */
  readonly statusLabels: Readonly<Record<RagStatus, string>>;
  /** One row per theme that has actions (an action with two themes counts in both). */
  readonly byTheme: readonly ThemeRow[];
  /** Each action once. */
  readonly totals: Readonly<Record<RagStatus, number>>;
  readonly actionCount: number;
  /** Share of actions Complete, 0–100, rounded. */
  readonly percentComplete: number;
  readonly red: readonly ReportAction[];
  readonly amber: readonly ReportAction[];
  /** Actions nobody has assessed yet: counted apart, never as Amber. */
  readonly notAssessed: readonly ReportAction[];
  readonly carriedForward: readonly ReportAction[];
  /** Every action, in reference order, with its evidence. */
  readonly evidence: readonly ReportAction[];
}

export interface ReportOptions {
  /** Owner names by person id (the report prints names, not ids). */
  readonly ownerName?: (id: string) => string | undefined;
  /**
   * Actions actually carried into the next plan, once there is one; until then the report lists what
   * would be carried by default (everything not Complete).
   */
  readonly carriedForwardIds?: ReadonlySet<ActionId>;
}

const zero = (): Record<RagStatus, number> => ({ Red: 0, Amber: 0, Green: 0, Complete: 0, 'Not yet assessed': 0 });

/** Builds the self-assessment report of one plan from its actions and their history. */
export function buildSelfAssessment(
  plan: ActionPlan,
  actions: readonly Action[],
  updates: readonly ActionUpdate[],
  options: ReportOptions = {},
): SelfAssessmentReport {
  const own = actions.filter((a) => a.planId === plan.id).sort((a, b) => compareReferences(a.reference, b.reference));
  const rows = new Map<string, Record<RagStatus, number>>();
  for (const theme of planThemes(plan)) rows.set(theme, zero());
  const totals = zero();
  for (const action of own) {
    totals[action.ragStatus] += 1;
    const themes = action.themes.length > 0 ? action.themes : [NO_THEME];
    for (const theme of themes) {
      const row = rows.get(theme) ?? zero();
      row[action.ragStatus] += 1;
      rows.set(theme, row);
    }
  }
  const byTheme = [...rows.entries()]
    .map(([theme, counts]) => ({ theme, counts, total: RAG_STATUSES.reduce((n, s) => n + counts[s], 0) }))
    .filter((row) => row.total > 0);

  const reportAction = (a: Action): ReportAction => {
    const history = updates.filter((u) => u.actionId === a.id).sort((x, y) => x.created.localeCompare(y.created));
    const owners = [...a.ownerIds.map((id) => options.ownerName?.(id) ?? ''), a.ownerRoles ?? ''].filter((s) => s !== '').join(', ');
    return {
      id: a.id,
      reference: a.reference,
      title: a.title,
      task: a.task,
      themes: a.themes,
      statusLabel: toLabel(plan.statusScheme, a.ragStatus),
      ragStatus: a.ragStatus,
      owners,
      redExplanation: a.redExplanation,
      evidence: a.evidence,
      evidenceLinks: history.map((u) => u.evidenceLink).filter((l): l is string => !!l),
      lastUpdated: history.filter((u) => u.kind === 'Status' || u.kind === 'Evidence').at(-1)?.created,
    };
  };
  const all = own.map(reportAction);
  const carried = options.carriedForwardIds;
  return {
    plan: {
      id: plan.id,
      title: plan.title,
      institution: plan.institution,
      periodStart: plan.periodStart,
      periodEnd: plan.periodEnd,
      stage: plan.stage,
      statusScheme: plan.statusScheme,
      state: plan.state,
    },
    statusLabels: Object.fromEntries(RAG_STATUSES.map((s) => [s, toLabel(plan.statusScheme, s)])) as Record<RagStatus, string>,
    byTheme,
    totals,
    actionCount: own.length,
    percentComplete: own.length === 0 ? 0 : Math.round((100 * totals.Complete) / own.length),
    red: all.filter((a) => a.ragStatus === 'Red'),
    amber: all.filter((a) => a.ragStatus === 'Amber'),
    notAssessed: all.filter((a) => a.ragStatus === NOT_ASSESSED),
    carriedForward: all.filter((a) => (carried ? carried.has(a.id) : a.ragStatus !== 'Complete')),
    evidence: all,
  };
}
