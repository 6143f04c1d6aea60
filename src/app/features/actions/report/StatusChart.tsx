import { makeStyles, tokens } from '@fluentui/react-components';
import type { ThemeRow } from '../../../../domain/actions/selfAssessment';
import { RAG_STATUSES, type RagStatus } from '../../../../domain/vocabulary';

/** Status colours of the chart; text labels carry the meaning too (colour alone is not enough). */
export const STATUS_FILL: Record<RagStatus, string> = {
  Red: '#c50f1f',
  Amber: '#e8a200',
  Green: '#107c10',
  Complete: '#0f6cbd',
  // Grey, apart from the RAG colours: nobody has judged these actions yet.
  'Not yet assessed': '#8a8886',
};

const useStyles = makeStyles({
  legend: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, margin: `${tokens.spacingVerticalS} 0`, padding: 0, listStyle: 'none' },
  swatch: { display: 'inline-block', width: '12px', height: '12px', marginRight: tokens.spacingHorizontalXS, borderRadius: '2px', verticalAlign: 'middle' },
});

export interface StatusChartProps {
  readonly rows: readonly ThemeRow[];
  readonly labels: Readonly<Record<RagStatus, string>>;
}

/** Stacked bars, one per theme, of how many actions have each status (plain SVG: no chart library). */
export function StatusChart({ rows, labels }: StatusChartProps) {
  const styles = useStyles();
  const max = Math.max(1, ...rows.map((r) => r.total));
  const labelWidth = 190;
  const barWidth = 460;
  const rowHeight = 30;
  const height = rows.length * rowHeight + 10;
  const summary = rows.map((r) => `${r.theme}: ${RAG_STATUSES.map((s) => `${r.counts[s]} ${labels[s]}`).join(', ')}`).join('; ');
  return (
    <figure style={{ margin: 0 }}>
      <svg role="img" aria-label={`Actions by theme and status. ${summary}`} viewBox={`0 0 ${labelWidth + barWidth + 40} ${height}`} width="100%" style={{ maxWidth: '760px' }}>
        {rows.map((row, i) => {
          let x = labelWidth;
          const y = i * rowHeight + 5;
          return (
            <g key={row.theme}>
              <text x={labelWidth - 8} y={y + 15} textAnchor="end" fontSize="13" fill="currentColor">
                {row.theme}
              </text>
              {RAG_STATUSES.map((s) => {
                const w = (row.counts[s] / max) * barWidth;
                const rect = w > 0 && (
                  <g key={s}>
                    <rect x={x} y={y} width={w} height={20} fill={STATUS_FILL[s]}>
                      <title>{`${row.theme}: ${row.counts[s]} ${labels[s]}`}</title>
                    </rect>
                    {w >= 18 && (
                      <text x={x + w / 2} y={y + 14} textAnchor="middle" fontSize="12" fill={s === 'Amber' || s === 'Not yet assessed' ? '#1b1b1b' : '#fff'}>
                        {row.counts[s]}
                      </text>
                    )}
                  </g>
                );
                x += w;
                return rect;
              })}
              <text x={x + 6} y={y + 15} fontSize="12" fill="currentColor">
                {row.total}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul className={styles.legend}>
          {RAG_STATUSES.map((s) => (
            <li key={s}>
              <span className={styles.swatch} style={{ backgroundColor: STATUS_FILL[s] }} aria-hidden />
              {labels[s]}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
