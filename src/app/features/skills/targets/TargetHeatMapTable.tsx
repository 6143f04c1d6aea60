import { makeStyles, tokens } from '@fluentui/react-components';
import { TARGET_STATUS_WORDS, type HeatCell, type TargetHeatMap } from '../../../../domain/skills/targets';
import { TARGET_COLOURS } from './targetColours';

const useStyles = makeStyles({
  scroller: { overflowX: 'auto', maxWidth: '100%', marginBottom: tokens.spacingVerticalL },
  table: { borderCollapse: 'separate', borderSpacing: '2px', fontSize: tokens.fontSizeBase200 },
  // Unit names stay in view while the skills scroll sideways.
  corner: { textAlign: 'left', minWidth: '200px', position: 'sticky', left: 0, zIndex: 1, backgroundColor: tokens.colorNeutralBackground2 },
  colHead: { minWidth: '96px', maxWidth: '140px', verticalAlign: 'bottom', textAlign: 'left', fontWeight: tokens.fontWeightSemibold, padding: tokens.spacingHorizontalXS },
  rowHead: { textAlign: 'left', fontWeight: tokens.fontWeightSemibold, paddingRight: tokens.spacingHorizontalM, whiteSpace: 'nowrap', position: 'sticky', left: 0, zIndex: 1, backgroundColor: tokens.colorNeutralBackground2 },
  cell: {
    width: '100%',
    minHeight: '36px',
    border: 'none',
    borderRadius: tokens.borderRadiusSmall,
    cursor: 'pointer',
    fontSize: tokens.fontSizeBase200,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  selected: { outline: `2px solid ${tokens.colorNeutralForeground1}` },
  empty: { backgroundColor: tokens.colorNeutralBackground3, borderRadius: tokens.borderRadiusSmall, minHeight: '36px' },
});

const cellWords = (cell: HeatCell): string => (cell.shortfall > 0 ? `${TARGET_STATUS_WORDS[cell.status]} · ${cell.shortfall} short` : TARGET_STATUS_WORDS[cell.status]);

/**
 * Units (and roles) down, targeted skills across; each cell is the worst of its targets, in words
 * and colour. Choosing a cell shows its reasons.
 */
export function TargetHeatMapTable({ map, selected, onSelect }: { readonly map: TargetHeatMap; readonly selected?: string; readonly onSelect: (key: string) => void }) {
  const styles = useStyles();
  return (
    <div className={styles.scroller}>
      <table className={styles.table} aria-label="Targets by unit and skill">
        <thead>
          <tr>
            <th className={styles.corner} scope="col">
              Unit / role
            </th>
            {map.skills.map((s) => (
              <th key={s.id} scope="col" className={styles.colHead}>
                <a href={`#/skills/${s.id}`}>{s.name}</a>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {map.rows.map((row) => (
            <tr key={row.key}>
              <th scope="row" className={styles.rowHead}>
                {row.label}
              </th>
              {map.skills.map((s) => {
                const cell = row.cells.get(s.id);
                const key = `${row.key}#${s.id}`;
                if (!cell) return <td key={s.id} className={styles.empty} aria-label={`${row.label}, ${s.name}: no target`} />;
                const colour = TARGET_COLOURS[cell.status];
                return (
                  <td key={s.id}>
                    <button
                      type="button"
                      className={`${styles.cell} ${selected === key ? styles.selected : ''}`}
                      style={{ background: colour.background, color: colour.color }}
                      aria-pressed={selected === key}
                      aria-label={`${row.label}, ${s.name}: ${cellWords(cell)}`}
                      title={cell.evaluations.map((e) => e.reason).join('\n')}
                      onClick={() => onSelect(key)}
                    >
                      {cellWords(cell)}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
