import { Link, makeStyles, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, tokens } from '@fluentui/react-components';
import type { ReportTable } from '../../../../domain/actions/reportTables';
import type { ReportAction } from '../../../../domain/actions/selfAssessment';
import { tabPath } from '../../../../domain/links';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, overflowX: 'auto' },
  cell: { whiteSpace: 'pre-wrap', verticalAlign: 'top' },
});

/** One report section as the exports write it: heading, one sentence, and its table (references link to the action). */
export function ReportSection({ table, actions }: { readonly table: ReportTable; readonly actions: readonly ReportAction[] }) {
  const styles = useStyles();
  const linkFor = (reference: string | number) => actions.find((a) => a.reference === reference);
  return (
    <section className={styles.section} aria-label={table.title}>
      <Subtitle2 as="h2">{table.title}</Subtitle2>
      <Text as="p">{table.intro}</Text>
      {table.rows.length === 0 ? (
        <Text italic>None.</Text>
      ) : (
        <Table size="small" aria-label={table.title}>
          <TableHeader>
            <TableRow>
              {table.headers.map((h) => (
                <TableHeaderCell key={h}>{h}</TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {table.rows.map((row, i) => (
              <TableRow key={i}>
                {row.map((value, c) => {
                  const target = c === 0 ? linkFor(value) : undefined;
                  return (
                    <TableCell key={c} className={styles.cell}>
                      {target ? <Link href={tabPath({ kind: 'action', id: target.id })}>{value}</Link> : value}
                    </TableCell>
                  );
                })}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
