/**
 * A unit's training-needs report as XLSX (a sheet per table) or Word (a heading, sentence and table
 * per section). exceljs and docx are large, so each is loaded only when someone downloads.
 */
import type { TrainingNeedsReport } from '../../../../domain/skills/trainingNeeds';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The report as a workbook: a summary sheet, then one sheet per table. */
export async function trainingNeedsWorkbook(report: TrainingNeedsReport): Promise<ArrayBuffer> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  book.creator = 'Technician Hub';
  const summary = book.addWorksheet('Summary');
  summary.addRow([report.title]).font = { bold: true, size: 14 };
  summary.addRow([report.summary]);
  summary.getColumn(1).width = 100;
  for (const table of report.tables) {
    const ws = book.addWorksheet(table.title, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.addRow([...table.headers]).font = { bold: true };
    for (const row of table.rows) ws.addRow([...row]).alignment = { wrapText: true, vertical: 'top' };
    table.headers.forEach((h, i) => (ws.getColumn(i + 1).width = h === 'Why' || h.startsWith('Who') ? 60 : 24));
  }
  return (await book.xlsx.writeBuffer()) as ArrayBuffer;
}

/** The report as a Word document. */
export async function trainingNeedsDocx(report: TrainingNeedsReport): Promise<Blob> {
  const [{ Document, HeadingLevel, Packer, Paragraph }, { docxSection }] = await Promise.all([import('docx'), import('../../../components/docxSections')]);
  const doc = new Document({
    creator: 'Technician Hub',
    title: report.title,
    sections: [
      {
        children: [
          new Paragraph({ text: report.title, heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: report.summary }),
          ...report.tables.flatMap(docxSection),
        ],
      },
    ],
  });
  return Packer.toBlob(doc);
}
