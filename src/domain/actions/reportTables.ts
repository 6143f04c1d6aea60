/**
 * The self-assessment report as titled tables of text, the one shape both exports (XLSX sheets, DOCX
 * tables) write, so Excel and Word say the same as the tab.
 */
import { NOT_ASSESSED, RAG_STATUSES } from '../vocabulary';
import type { ReportAction, SelfAssessmentReport } from './selfAssessment';

export interface ReportTable {
  /** Sheet name / section heading. */
  readonly title: string;
  /** One sentence saying what the table is, for the document. */
  readonly intro: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly (string | number)[])[];
}

const actionCells = (a: ReportAction) => [a.reference, a.title, a.owners];

/** The report's sections in the order a self-assessment reads them. */
export function reportTables(report: SelfAssessmentReport): ReportTable[] {
  const labels = RAG_STATUSES.map((s) => report.statusLabels[s]);
  return [
    {
      title: 'Summary',
      intro: `RAG analysis of ${report.actionCount} actions: ${report.percentComplete}% ${report.statusLabels.Complete.toLowerCase()}.${notAssessedNote(report)} An action with two themes counts under each.`,
      headers: ['Theme', ...labels, 'Total'],
      rows: [
        ...report.byTheme.map((r) => [r.theme, ...RAG_STATUSES.map((s) => r.counts[s]), r.total]),
        ['All actions', ...RAG_STATUSES.map((s) => report.totals[s]), report.actionCount],
      ],
    },
    {
      title: `${report.statusLabels.Red} actions`,
      intro: `Every action marked ${report.statusLabels.Red}, with the explanation the self-assessment asks for.`,
      headers: ['Reference', 'Action', 'Owners', 'Explanation'],
      rows: report.red.map((a) => [...actionCells(a), a.redExplanation ?? 'No explanation given yet']),
    },
    {
      title: `${report.statusLabels.Amber} actions`,
      intro: `Actions not yet started or with some delays (${report.statusLabels.Amber}).`,
      headers: ['Reference', 'Action', 'Owners', 'Findings / evidence'],
      rows: report.amber.map((a) => [...actionCells(a), a.evidence ?? '']),
    },
    ...(report.notAssessed.length === 0
      ? []
      : [
          {
            title: `${NOT_ASSESSED} actions`,
            intro: 'Actions whose status nobody has given yet (a blank status in the imported plan). Assess them on the action page.',
            headers: ['Reference', 'Action', 'Owners', 'Findings / evidence'],
            rows: report.notAssessed.map((a) => [...actionCells(a), a.evidence ?? '']),
          },
        ]),
    {
      title: 'Carried forward',
      intro:
        report.plan.state === 'Closed'
          ? 'Actions carried forward into the next plan.'
          : `Actions not ${report.statusLabels.Complete.toLowerCase()}: these carry forward by default when the next plan starts.`,
      headers: ['Reference', 'Action', 'Owners', 'Status'],
      rows: report.carriedForward.map((a) => [...actionCells(a), a.statusLabel]),
    },
    {
      title: 'Evidence',
      intro: 'Findings and evidence for every action.',
      headers: ['Reference', 'Action', 'Status', 'Findings / evidence', 'Links'],
      rows: report.evidence.map((a) => [a.reference, a.title, a.statusLabel, a.evidence ?? '', a.evidenceLinks.join('\n')]),
    },
  ];
}

function notAssessedNote(report: SelfAssessmentReport): string {
  const n = report.totals[NOT_ASSESSED];
  return n === 0 ? '' : ` ${n} ${n === 1 ? 'action is' : 'actions are'} not yet assessed, counted apart from the RAG statuses.`;
}
