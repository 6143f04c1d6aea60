/** A file name from a plan title: letters, digits and dashes only. */
export function fileNameFor(title: string, suffix: string, extension: string): string {
  const base = title.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 80) || 'plan';
  return `${base}-${suffix}.${extension}`;
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
