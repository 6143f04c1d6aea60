/**
 * The skills heat map: people × skills, units as row headings and categories as column bands, with
 * sticky row and column headers. Only the cells in view (plus a block of overscan) are in the DOM,
 * absolutely positioned, so 650 × 300 scrolls like 30 × 50.
 */
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { tabPath } from '../../../../domain/links';
import { CELL_VALIDATED, UNRATED, type MatrixView, type SkillMatrix as Matrix } from '../../../../domain/skills/matrix';
import type { ProficiencyLabels } from '../../../../domain/skills/proficiency';
import { HEAT, VALIDATED_OUTLINE } from './heat';
import { BLOCK, rowLines, sameRange, visibleRange, type Range } from './windowing';

export const CELL_W = 22;
export const CELL_H = 24;
const ROW_HEAD_W = 220;
const BAND_H = 22;
const NAME_H = 150;
const HEAD_H = BAND_H + NAME_H;

const useStyles = makeStyles({
  scroller: {
    position: 'relative',
    overflow: 'auto',
    height: 'max(420px, calc(100vh - 280px))',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    contain: 'strict',
  },
  head: { position: 'sticky', top: 0, zIndex: 2, height: `${HEAD_H}px`, backgroundColor: tokens.colorNeutralBackground1 },
  corner: {
    position: 'sticky',
    left: 0,
    zIndex: 3,
    width: `${ROW_HEAD_W}px`,
    height: `${HEAD_H}px`,
    display: 'flex',
    flexDirection: 'column',
    justifyContent: 'flex-end',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground1,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
  },
  band: {
    position: 'absolute',
    top: 0,
    height: `${BAND_H - 2}px`,
    // clip, not hidden: hidden would make the band its own scroll container and the sticky label inside would not stick.
    overflow: 'clip',
    whiteSpace: 'nowrap',
    textOverflow: 'ellipsis',
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    padding: '0 4px',
    boxSizing: 'border-box',
    borderLeft: `2px solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  // The category's name stays in view while its band scrolls sideways past the row headers.
  bandLabel: { position: 'sticky', left: `${ROW_HEAD_W + 4}px` },
  currentUnit: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground1, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  colHead: {
    position: 'absolute',
    top: `${BAND_H}px`,
    width: `${CELL_W}px`,
    height: `${NAME_H}px`,
    boxSizing: 'border-box',
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    overflow: 'hidden',
  },
  colLink: {
    display: 'block',
    writingMode: 'vertical-rl',
    transform: 'rotate(180deg)',
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    maxHeight: `${NAME_H - 6}px`,
    width: `${CELL_W}px`,
    lineHeight: `${CELL_W}px`,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground1,
    textDecoration: 'none',
    ':hover': { textDecoration: 'underline' },
  },
  body: {
    position: 'relative',
    // Faint grid lines drawn by the background, so empty cells cost no DOM.
    backgroundImage: `linear-gradient(to right, ${tokens.colorNeutralStroke3} 1px, transparent 1px), linear-gradient(to bottom, ${tokens.colorNeutralStroke3} 1px, transparent 1px)`,
    backgroundSize: `${CELL_W}px ${CELL_H}px`,
    backgroundPosition: `${ROW_HEAD_W}px 0`,
  },
  row: { position: 'absolute', left: 0, height: `${CELL_H}px` },
  rowHead: {
    position: 'sticky',
    left: 0,
    zIndex: 1,
    width: `${ROW_HEAD_W}px`,
    height: `${CELL_H}px`,
    boxSizing: 'border-box',
    padding: '0 8px',
    display: 'flex',
    alignItems: 'center',
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    backgroundColor: tokens.colorNeutralBackground1,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    fontSize: tokens.fontSizeBase200,
  },
  personLink: { color: tokens.colorNeutralForeground1, textDecoration: 'none', overflow: 'hidden', textOverflow: 'ellipsis', ':hover': { textDecoration: 'underline' } },
  heading: {
    position: 'sticky',
    left: 0,
    display: 'inline-flex',
    alignItems: 'center',
    height: `${CELL_H}px`,
    padding: '0 8px',
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase300,
    whiteSpace: 'nowrap',
  },
  headingRow: { backgroundColor: tokens.colorNeutralBackground3, borderTop: `1px solid ${tokens.colorNeutralStroke2}` },
  cell: {
    position: 'absolute',
    top: '1px',
    width: `${CELL_W - 2}px`,
    height: `${CELL_H - 2}px`,
    lineHeight: `${CELL_H - 2}px`,
    textAlign: 'center',
    fontSize: tokens.fontSizeBase200,
    boxSizing: 'border-box',
    borderRadius: '2px',
    cursor: 'pointer',
  },
  validated: { boxShadow: `inset 0 0 0 2px ${VALIDATED_OUTLINE}`, fontWeight: tokens.fontWeightBold },
  dimmed: { opacity: 0.25 },
});

/** Columns per block: the windowing's block, so a block is wholly in range or wholly out. */
const COL_BLOCK = BLOCK;

interface CellClasses {
  readonly plain: string;
  readonly validated: string;
  readonly dimmed: string;
}

interface CellBlockProps {
  readonly block: number;
  /** The person's row in the matrix. */
  readonly line: number;
  readonly matrix: Matrix;
  readonly view: MatrixView;
  readonly labels: ProficiencyLabels;
  readonly cellClass: CellClasses;
}

/** One person's rated cells in one block of columns; re-rendered only when the filter or data change. */
const CellBlock = memo(function CellBlock({ block, line, matrix, view, labels, cellClass }: CellBlockProps) {
  const person = matrix.people[line];
  const base = line * matrix.skills.length;
  const cells = [];
  for (let j = block * COL_BLOCK; j < Math.min((block + 1) * COL_BLOCK, view.cols.length); j++) {
    const c = view.cols[j];
    const level = matrix.levels[base + c];
    if (level === UNRATED) continue;
    const validated = (matrix.flags[base + c] & CELL_VALIDATED) !== 0;
    const counts = level >= view.minLevel && (!view.validatedOnly || validated);
    cells.push(
      <div
        key={c}
        role="gridcell"
        aria-colindex={j + 2}
        data-person={person.id}
        className={counts ? (validated ? cellClass.validated : cellClass.plain) : cellClass.dimmed}
        style={{ left: ROW_HEAD_W + j * CELL_W + 1, background: HEAT[level].background, color: HEAT[level].color }}
        title={`${person.name} · ${matrix.skills[c].name}: ${level} ${labels[level]}${validated ? ' (validated)' : ''}`}
      >
        {level}
      </div>,
    );
  }
  return <>{cells}</>;
});

/** The skill names over one block of columns. */
const HeaderBlock = memo(function HeaderBlock({ block, matrix, view, classes }: { readonly block: number; readonly matrix: Matrix; readonly view: MatrixView; readonly classes: { readonly colHead: string; readonly colLink: string } }) {
  const heads = [];
  for (let j = block * COL_BLOCK; j < Math.min((block + 1) * COL_BLOCK, view.cols.length); j++) {
    const skill = matrix.skills[view.cols[j]];
    heads.push(
      <div key={skill.id} role="columnheader" aria-colindex={j + 2} className={classes.colHead} style={{ left: ROW_HEAD_W + j * CELL_W }}>
        <a className={classes.colLink} href={tabPath({ kind: 'skill', id: skill.id })} title={`${skill.name} (${skill.category})`}>
          {skill.name}
        </a>
      </div>,
    );
  }
  return <>{heads}</>;
});

export interface SkillMatrixProps {
  readonly matrix: Matrix;
  readonly view: MatrixView;
  readonly labels: ProficiencyLabels;
}

/** The virtualised heat map. */
export const SkillMatrix = memo(function SkillMatrix({ matrix, view, labels }: SkillMatrixProps) {
  const styles = useStyles();
  const scroller = useRef<HTMLDivElement>(null);
  const lines = useMemo(() => rowLines(view), [view]);
  /** Row group of each line, so the corner can name the unit in view without a re-render. */
  const groupOfLine = useMemo(() => {
    const out = new Int32Array(lines.length);
    let g = 0;
    for (let i = 0; i < lines.length; i++) out[i] = lines[i] < 0 ? (g = -1 - lines[i]) : g;
    return out;
  }, [lines]);
  const unitInView = useRef<HTMLSpanElement>(null);
  const showUnitInView = useCallback(() => {
    const el = scroller.current, label = unitInView.current;
    if (!el || !label || lines.length === 0) return;
    const line = Math.min(lines.length - 1, Math.max(0, Math.floor(el.scrollTop / CELL_H)));
    const text = view.rowGroups[groupOfLine[line]]?.label ?? '';
    if (label.textContent !== text) label.textContent = text;
  }, [scroller, lines.length, groupOfLine, view.rowGroups]);
  useLayoutEffect(showUnitInView, [showUnitInView]);
  const [viewport, setViewport] = useState({ width: 1200, height: 700 });
  const [ranges, setRanges] = useState<{ rows: Range; cols: Range }>({ rows: { start: 0, end: 0 }, cols: { start: 0, end: 0 } });

  const measure = useCallback(() => {
    const el = scroller.current;
    if (!el) return;
    const rows = visibleRange(el.scrollTop, viewport.height - HEAD_H, CELL_H, lines.length);
    const cols = visibleRange(el.scrollLeft, viewport.width - ROW_HEAD_W, CELL_W, view.cols.length);
    setRanges((prev) => (sameRange(prev.rows, rows) && sameRange(prev.cols, cols) ? prev : { rows, cols }));
  }, [scroller, viewport, lines.length, view.cols.length]);

  useLayoutEffect(measure, [measure]);

  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const observer = new ResizeObserver(([entry]) => setViewport({ width: entry.contentRect.width, height: entry.contentRect.height }));
    observer.observe(el);
    return () => observer.disconnect();
  }, [scroller]);

  const onScroll = useCallback(() => {
    showUnitInView();
    measure();
  }, [measure, showUnitInView]);

  const headClasses = useMemo(() => ({ colHead: styles.colHead, colLink: styles.colLink }), [styles]);
  const cellClass = useMemo<CellClasses>(() => {
    const base = [styles.cell, mergeClasses(styles.cell, styles.validated)];
    return { plain: base[0], validated: base[1], dimmed: mergeClasses(styles.cell, styles.dimmed) };
  }, [styles]);

  // Ranges snap to whole blocks (windowing.ts), so a sideways scroll adds one block of cells to each
  // row and drops another; every other block keeps its props and React skips it (memo).
  const blocksInView: number[] = [];
  for (let b = Math.floor(ranges.cols.start / COL_BLOCK); b * COL_BLOCK < Math.min(ranges.cols.end, view.cols.length); b++) blocksInView.push(b);
  const totalWidth = ROW_HEAD_W + view.cols.length * CELL_W;
  const bodyHeight = lines.length * CELL_H;

  const rowsOut = [];
  for (let i = ranges.rows.start; i < Math.min(ranges.rows.end, lines.length); i++) {
    const line = lines[i];
    if (line < 0) {
      const g = view.rowGroups[-1 - line];
      rowsOut.push(
        <div key={`g${g.key}`} role="row" aria-rowindex={i + 3} className={mergeClasses(styles.row, styles.headingRow)} style={{ top: i * CELL_H, width: totalWidth }}>
          <div role="gridcell" aria-colspan={view.cols.length + 1} className={styles.heading}>
            {g.label} · {g.end - g.start} {g.end - g.start === 1 ? 'person' : 'people'}
          </div>
        </div>,
      );
      continue;
    }
    const person = matrix.people[line];
    rowsOut.push(
      <div key={person.id} role="row" aria-rowindex={i + 3} className={styles.row} style={{ top: i * CELL_H, width: totalWidth }}>
        <div role="rowheader" className={styles.rowHead}>
          <a className={styles.personLink} href={tabPath({ kind: 'person', id: person.id })}>
            {person.name}
          </a>
        </div>
        {blocksInView.map((b) => (
          <CellBlock key={b} block={b} line={line} matrix={matrix} view={view} labels={labels} cellClass={cellClass} />
        ))}
      </div>,
    );
  }

  return (
    <div
      ref={scroller}
      className={styles.scroller}
      onScroll={onScroll}
      role="grid"
      aria-label="Skills matrix"
      aria-rowcount={lines.length + 2}
      aria-colcount={view.cols.length + 1}
      data-testid="skills-matrix"
      data-rows={view.rows.length}
      data-cols={view.cols.length}
      onClick={(e) => {
        const id = (e.target as HTMLElement).dataset.person;
        if (id) window.location.hash = tabPath({ kind: 'person', id }).slice(1);
      }}
    >
      <div role="rowgroup" className={styles.head} style={{ width: totalWidth }}>
        <div role="row" aria-rowindex={1} style={{ position: 'absolute', inset: 0 }}>
          <div role="columnheader" className={styles.corner}>
            <span className={styles.currentUnit} ref={unitInView} data-testid="unit-in-view" aria-live="off" />
            <span>
              {view.rows.length.toLocaleString('en-GB')} people × {view.cols.length} skills
            </span>
          </div>
          {view.colGroups
            .filter((g) => g.end > ranges.cols.start && g.start < ranges.cols.end)
            .map((g) => (
              <div key={g.key} role="columnheader" aria-colspan={g.end - g.start} className={styles.band} style={{ left: ROW_HEAD_W + g.start * CELL_W, width: (g.end - g.start) * CELL_W }} title={g.label}>
                <span className={styles.bandLabel}>{g.label}</span>
              </div>
            ))}
          {blocksInView.map((b) => (
            <HeaderBlock key={b} block={b} matrix={matrix} view={view} classes={headClasses} />
          ))}
        </div>
      </div>
      <div role="rowgroup" className={styles.body} style={{ width: totalWidth, height: bodyHeight }}>
        {rowsOut}
      </div>
    </div>
  );
});
