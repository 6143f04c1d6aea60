import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { ProficiencyLabels } from '../../../../domain/skills/proficiency';
import { HEAT, VALIDATED_OUTLINE } from './heat';

const useStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'center', margin: `${tokens.spacingVerticalS} 0` },
  item: { display: 'inline-flex', gap: tokens.spacingHorizontalXS, alignItems: 'center' },
  swatch: { width: '20px', height: '20px', borderRadius: '2px', textAlign: 'center', lineHeight: '20px', fontSize: tokens.fontSizeBase200 },
});

/** What the colours and the outline mean, in the plan's own labels. */
export function MatrixLegend({ labels }: { readonly labels: ProficiencyLabels }) {
  const styles = useStyles();
  return (
    <div className={styles.root} aria-label="Legend">
      {labels.map((label, level) => (
        <span key={level} className={styles.item}>
          <span className={styles.swatch} style={HEAT[level]} aria-hidden>
            {level}
          </span>
          <Text size={200}>{label}</Text>
        </span>
      ))}
      <span className={styles.item}>
        <span className={styles.swatch} style={{ ...HEAT[3], boxShadow: `inset 0 0 0 2px ${VALIDATED_OUTLINE}`, fontWeight: 700 }} aria-hidden>
          3
        </span>
        <Text size={200}>Validated by line manager</Text>
      </span>
    </div>
  );
}
