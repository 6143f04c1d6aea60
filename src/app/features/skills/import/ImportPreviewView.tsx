import { MessageBar, MessageBarBody, MessageBarTitle, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from '@fluentui/react-components';
import type { ImportPreview } from '../../../../domain/skills/import/preview';
import type { ProficiencyLabels } from '../../../../domain/skills/proficiency';

/** What the file would import, and every problem with its row and field. */
export function ImportPreviewView({ preview, labels, personName, skillName }: { readonly preview: ImportPreview; readonly labels: ProficiencyLabels; readonly personName: (id: string) => string; readonly skillName: (id: string) => string }) {
  return (
    <section aria-label="Preview">
      <Text as="p" role="status">
        {preview.ratings.length.toLocaleString('en-GB')} rating{preview.ratings.length === 1 ? '' : 's'} found · {preview.blankCells.toLocaleString('en-GB')} blank cell{preview.blankCells === 1 ? '' : 's'} skipped
        {preview.ignoredColumns.length > 0 && ` · ignored columns: ${preview.ignoredColumns.join(', ')}`}
      </Text>
      {preview.issues.length > 0 && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{preview.issues.length} problem{preview.issues.length === 1 ? '' : 's'} to fix before anything is imported</MessageBarTitle>
            Correct the file (or the mapping) and choose it again; nothing is written while any row has a problem.
          </MessageBarBody>
        </MessageBar>
      )}
      {preview.issues.length > 0 && (
        <Table size="small" aria-label="Problems">
          <TableHeader>
            <TableRow>
              <TableHeaderCell style={{ width: 80 }}>Row</TableHeaderCell>
              <TableHeaderCell style={{ width: 200 }}>Field</TableHeaderCell>
              <TableHeaderCell>Problem</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {preview.issues.slice(0, 200).map((i, k) => (
              <TableRow key={k}>
                <TableCell>{i.row ?? ''}</TableCell>
                <TableCell>{i.field}</TableCell>
                <TableCell>{i.message}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {preview.issues.length > 200 && <Text>… and {preview.issues.length - 200} more.</Text>}
      {preview.issues.length === 0 && preview.ratings.length > 0 && (
        <Table size="small" aria-label="First ratings to import">
          <TableHeader>
            <TableRow>
              <TableHeaderCell style={{ width: 80 }}>Row</TableHeaderCell>
              <TableHeaderCell>Person</TableHeaderCell>
              <TableHeaderCell>Skill</TableHeaderCell>
              <TableHeaderCell>Level</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {preview.ratings.slice(0, 20).map((r, k) => (
              <TableRow key={k}>
                <TableCell>{r.row}</TableCell>
                <TableCell>{personName(r.personId)}</TableCell>
                <TableCell>{skillName(r.skillId)}</TableCell>
                <TableCell>{`${r.level} · ${labels[r.level]}`}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
