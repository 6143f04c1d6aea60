import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { displayDate } from '../../../../domain/actions/dates';
import { reportTables } from '../../../../domain/actions/reportTables';
import type { SelfAssessmentReport } from '../../../../domain/actions/selfAssessment';
import { docxSection } from '../../../components/docxSections';

/** The self-assessment report as a Word document: a heading, then each section as a heading, sentence and table. */
export async function reportToDocx(report: SelfAssessmentReport): Promise<Blob> {
  const { plan } = report;
  const sections = reportTables(report).flatMap(docxSection);
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
