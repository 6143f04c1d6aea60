import { makeStyles, Text, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  grid: { display: 'grid', gridTemplateColumns: 'minmax(140px, 220px) 1fr 90px', gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`, alignItems: 'center', maxWidth: '760px' },
  track: { position: 'relative', height: '18px', backgroundColor: tokens.colorNeutralBackground4, borderRadius: '2px', overflow: 'hidden' },
  fill: { position: 'absolute', top: 0, bottom: 0, left: 0 },
});

export interface Bar {
  readonly label: string;
  /** Parts of `total`, drawn in order over each other (e.g. resilient inside practised). */
  readonly parts: readonly { readonly value: number; readonly color: string; readonly name: string }[];
  readonly total: number;
}

/** Light CSS bars: one row a category or unit, each bar a share of its total. */
export function CoverageBars({ bars, caption }: { readonly bars: readonly Bar[]; readonly caption: string }) {
  const styles = useStyles();
  return (
    <div className={styles.grid} role="list" aria-label={caption}>
      {bars.map((b) => (
        <div key={b.label} role="listitem" style={{ display: 'contents' }} aria-label={`${b.label}: ${b.parts.map((p) => `${p.value} ${p.name}`).join(', ')} of ${b.total}`}>
          <Text truncate wrap={false} title={b.label}>
            {b.label}
          </Text>
          <div className={styles.track} aria-hidden>
            {b.parts.map((p) => (
              <div key={p.name} className={styles.fill} style={{ width: `${b.total ? (p.value / b.total) * 100 : 0}%`, background: p.color }} />
            ))}
          </div>
          <Text size={200}>
            {b.parts[0]?.value ?? 0} / {b.total}
          </Text>
        </div>
      ))}
    </div>
  );
}
