import { reportTables } from '../../../../domain/actions/reportTables';
import type { SelfAssessmentReport } from '../../../../domain/actions/selfAssessment';
import { addTableSheet, loadExcelJS } from './workbook';

/** The self-assessment report as an Excel workbook: one sheet per section, Summary first. */
export async function reportToXlsx(report: SelfAssessmentReport): Promise<ArrayBuffer> {
  const ExcelJS = await loadExcelJS();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Technician Hub';
  workbook.title = `${report.plan.title} — self-assessment`;
  for (const table of reportTables(report)) addTableSheet(workbook, table.title, table.headers, table.rows);
  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
}
