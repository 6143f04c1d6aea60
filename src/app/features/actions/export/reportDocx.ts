import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { displayDate } from '../../../../domain/actions/dates';
import { reportTables } from '../../../../domain/actions/reportTables';
import type { SelfAssessmentReport } from '../../../../domain/actions/selfAssessment';

const cell = (text: string | number, bold = false) =>
  new TableCell({ children: String(text).split('\n').map((line) => new Paragraph({ children: [new TextRun({ text: line, bold })] })) });

/** The self-assessment report as a Word document: a heading, then each section as a heading, sentence and table. */
export async function reportToDocx(report: SelfAssessmentReport): Promise<Blob> {
  const { plan } = report;
  const sections = reportTables(report).flatMap((table) => [
    new Paragraph({ text: table.title, heading: HeadingLevel.HEADING_2 }),
    new Paragraph({ text: table.intro }),
    table.rows.length === 0
      ? new Paragraph({ children: [new TextRun({ text: 'None.', italics: true })] })
      : new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [new TableRow({ tableHeader: true, children: table.headers.map((h) => cell(h, true)) }), ...table.rows.map((r) => new TableRow({ children: r.map((c) => cell(c)) }))],
        }),
  ]);
  const doc = new Document({
    creator: 'Technician Hub',
    title: `${plan.title} — self-assessment`,
    sections: [
      {
        children: [
          new Paragraph({ text: `${plan.title}: RAG analysis`, heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: `${plan.institution} · ${displayDate(plan.periodStart)} to ${displayDate(plan.periodEnd)} · Stage ${plan.stage} · status scheme ${plan.statusScheme}` }),
          ...sections,
        ],
      },
    ],
  });
  return Packer.toBlob(doc);
}
