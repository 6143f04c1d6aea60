import type { ReactNode } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  // Native rows styled like Fluent's small table: hundreds of rows render in a few milliseconds,
  // where a Fluent Table's per-cell components cost far more (bench/targets.bench.ts).
  table: { width: '100%', tableLayout: 'fixed', borderCollapse: 'collapse', fontSize: tokens.fontSizeBase300, marginBottom: tokens.spacingVerticalM },
  th: { textAlign: 'left', fontWeight: tokens.fontWeightSemibold, padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`, borderBottom: `1px solid ${tokens.colorNeutralStroke1}` },
  td: { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, verticalAlign: 'top', overflowWrap: 'anywhere' },
});

export interface ReportTableViewProps {
  readonly label: string;
  readonly headers: readonly string[];
  /** Column widths in header order (undefined: share what is left). */
  readonly widths?: readonly (string | undefined)[];
  readonly rows: readonly (readonly ReactNode[])[];
  readonly rowKey?: (index: number) => string;
}

/** A read-only table of a report: header, rows, nothing interactive but what the cells hold. */
export function ReportTableView({ label, headers, widths, rows, rowKey }: ReportTableViewProps) {
  const styles = useStyles();
  return (
    <table className={styles.table} aria-label={label}>
      <thead>
        <tr>
          {headers.map((h, i) => (
            <th key={h} scope="col" className={styles.th} style={widths?.[i] ? { width: widths[i] } : undefined}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <tr key={rowKey?.(i) ?? i}>
            {row.map((cell, j) => (
              <td key={j} className={styles.td}>
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
