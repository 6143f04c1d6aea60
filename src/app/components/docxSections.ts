/**
 * The Word form of a report table, shared by every report the tab downloads as .docx (the
 * self-assessment, the training-needs report): a heading, its sentence, then the table — or
 * "None." when it has no rows. Loaded only with the exporters (docx is large).
 */
import { HeadingLevel, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';

/** What a report section says: the same shape `ReportTableView` shows on the page. */
export interface DocxTable {
  readonly title: string;
  readonly intro: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly (string | number)[])[];
}

/** A cell; each line of the text is its own paragraph, as Word shows a line break. */
const cell = (text: string | number, bold = false) =>
  new TableCell({ children: String(text).split('\n').map((line) => new Paragraph({ children: [new TextRun({ text: line, bold })] })) });

/** One section of a report as Word paragraphs and a full-width table with a header row. */
export function docxSection(table: DocxTable): (Paragraph | Table)[] {
  return [
    new Paragraph({ text: table.title, heading: HeadingLevel.HEADING_2 }),
    new Paragraph({ text: table.intro }),
    table.rows.length === 0
      ? new Paragraph({ children: [new TextRun({ text: 'None.', italics: true })] })
      : new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [new TableRow({ tableHeader: true, children: table.headers.map((h) => cell(h, true)) }), ...table.rows.map((r) => new TableRow({ children: r.map((c) => cell(c)) }))],
        }),
  ];
}
