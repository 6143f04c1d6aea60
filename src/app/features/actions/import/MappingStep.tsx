import { Dropdown, makeStyles, Option, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, tokens } from '@fluentui/react-components';
import { IMPORT_FIELD_LABELS, IMPORT_FIELDS, type ColumnMapping, type ImportField } from '../../../../domain/actions/import/headerMapping';
import type { ImportTable } from '../../../../domain/actions/import/table';

const useStyles = makeStyles({
  sample: { color: tokens.colorNeutralForeground3, maxWidth: '28rem', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', display: 'block' },
});

export interface MappingStepProps {
  readonly table: ImportTable;
  readonly mapping: readonly ColumnMapping[];
  readonly onChange: (mapping: ColumnMapping[]) => void;
}

/** Each of the file's own column headings, an example value, and the field it goes into (suggested, changeable). */
export function MappingStep({ table, mapping, onChange }: MappingStepProps) {
  const styles = useStyles();
  const sample = (index: number) => table.rows.map((r) => r[index] ?? '').find((v) => v.trim() !== '') ?? '';
  return (
    <Table size="small" aria-label="Column mapping">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Column in your file</TableHeaderCell>
          <TableHeaderCell>Example</TableHeaderCell>
          <TableHeaderCell>Goes into</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {mapping.map((m) => (
          <TableRow key={m.index}>
            <TableCell>
              <Text weight="semibold">{m.header || `(column ${m.index + 1}, no heading)`}</Text>
            </TableCell>
            <TableCell>
              <span className={styles.sample} title={sample(m.index)}>
                {sample(m.index)}
              </span>
            </TableCell>
            <TableCell>
              <Dropdown
                aria-label={`Field for column ${m.header || m.index + 1}`}
                value={IMPORT_FIELD_LABELS[m.field]}
                selectedOptions={[m.field]}
                onOptionSelect={(_, d) => onChange(mapping.map((x) => (x.index === m.index ? { ...x, field: d.optionValue as ImportField, confidence: 1 } : x)))}
              >
                {IMPORT_FIELDS.map((f) => (
                  <Option key={f} value={f}>
                    {IMPORT_FIELD_LABELS[f]}
                  </Option>
                ))}
              </Dropdown>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
