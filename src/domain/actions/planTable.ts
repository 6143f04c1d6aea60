/**
 * A plan as a table of rows with the headers people know, for the CSV and XLSX exports of the plan.
 * The same headers read back through import (see import/headerMapping), so an exported plan re-imports.
 */
import Papa from 'papaparse';
import type { Action, ActionPlan } from '../model';
import { byOrder } from './actionViews';

export const PLAN_TABLE_HEADERS = [
  'Action reference',
  'Title',
  'Themes',
  'TALENT reference',
  'Tasks/Action',
  'Main tasks',
  'Outcome',
  'Success measures',
  'Timeframe',
  'Target date',
  'Status',
  'RAG status',
  'Why Red',
  'Owners',
  'Project group',
  'Strategy alignment',
  'Findings/Evidence',
] as const;

/** One row per action in plan order; lists joined with "; " (owners are names plus roles). */
export function planTableRows(plan: Pick<ActionPlan, 'id'>, actions: readonly Action[], ownerName: (id: string) => string | undefined = () => undefined): string[][] {
  return actions
    .filter((a) => a.planId === plan.id)
    .sort(byOrder)
    .map((a) => [
      a.reference,
      a.title,
      a.themes.join('; '),
      a.talentRefs.join('; '),
      a.task,
      a.mainTasks ?? '',
      a.outcome ?? '',
      a.successMeasures ?? '',
      a.timeframe ?? '',
      a.targetDate ?? '',
      a.statusLabel ?? '',
      a.ragStatus,
      a.redExplanation ?? '',
      [...a.ownerIds.map((id) => ownerName(id) ?? ''), a.ownerRoles ?? ''].filter((s) => s !== '').join('; '),
      a.projectGroup ?? '',
      a.strategyAlignment.join('; '),
      a.evidence ?? '',
    ]);
}

/** The plan as CSV text (RFC 4180 quoting, CRLF, with a BOM so Excel reads UTF-8). */
export function planToCsv(plan: Pick<ActionPlan, 'id'>, actions: readonly Action[], ownerName?: (id: string) => string | undefined): string {
  return `\uFEFF${Papa.unparse([[...PLAN_TABLE_HEADERS], ...planTableRows(plan, actions, ownerName)], { newline: '\r\n' })}`;
}
