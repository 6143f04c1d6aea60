import { PLAN_TABLE_HEADERS, planTableRows, planToCsv } from '../../../../domain/actions/planTable';
import type { Action, ActionPlan } from '../../../../domain/model';
import { downloadFile } from '../../../components/downloadFile';
import { fileNameFor, XLSX_TYPE } from './download';
import { addTableSheet, loadExcelJS } from './workbook';

/** Downloads the plan itself (one row per action, headers that import reads back) as XLSX or CSV. */
export async function exportPlanFile(plan: ActionPlan, actions: readonly Action[], ownerName: (id: string) => string, format: 'xlsx' | 'csv'): Promise<void> {
  if (format === 'csv') {
    downloadFile(planToCsv(plan, actions, ownerName), fileNameFor(plan.title, 'plan', 'csv'), 'text/csv;charset=utf-8');
    return;
  }
  const ExcelJS = await loadExcelJS();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Technician Hub';
  addTableSheet(workbook, 'Action plan', PLAN_TABLE_HEADERS, planTableRows(plan, actions, ownerName));
  downloadFile(await workbook.xlsx.writeBuffer(), fileNameFor(plan.title, 'plan', 'xlsx'), XLSX_TYPE);
}
