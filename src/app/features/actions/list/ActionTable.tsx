import { useState } from 'react';
import { Link, makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, tokens } from '@fluentui/react-components';
import { sortActions, type ActionSort, type ActionSortColumn } from '../../../../domain/actions/actionSort';
import type { ActionGroup } from '../../../../domain/actions/actionViews';
import { tabPath } from '../../../../domain/links';
import type { Action } from '../../../../domain/model';
import { RagBadge } from '../../../components/RagBadge';
import { formatDay } from '../../../components/displayDates';

const useStyles = makeStyles({
  // Fixed layout: a long timeframe or theme list wraps inside its column instead of widening the
  // table past its container and pushing Status out of view (Leeds' plan at 1366 px, issue 14).
  table: { tableLayout: 'fixed', width: '100%', minWidth: '880px' },
  group: { backgroundColor: tokens.colorNeutralBackground3 },
  ref: { fontWeight: tokens.fontWeightSemibold, width: '5.5rem' },
  task: { color: tokens.colorNeutralForeground3, display: '-webkit-box', WebkitLineClamp: '2', WebkitBoxOrient: 'vertical', overflow: 'hidden' },
  wrap: { whiteSpace: 'normal', overflowWrap: 'anywhere' },
  nowrap: { whiteSpace: 'nowrap' },
});

export interface ActionTableProps {
  readonly groups: readonly ActionGroup[];
  readonly ownerNames: (action: Action) => string;
  readonly statusLabel: (action: Action) => string;
  /** Accessible name of the table ("Actions of De Montfort 2021-24"). */
  readonly label: string;
}

const normalise = (s: string): string => s.toLocaleLowerCase('en-GB').replace(/[….\s]+$/u, '').replace(/\s+/g, ' ').trim();

/**
 * The task under the title, unless the title is just its first words (imports make titles that
 * way): the row then says it once, and the whole task is on the action's page.
 */
export function taskLine(action: Pick<Action, 'title' | 'task'>): string | undefined {
  const task = normalise(action.task);
  const title = normalise(action.title);
  if (!task || task === title || task.startsWith(title)) return undefined;
  return action.task;
}

const COLUMNS: readonly { readonly key: ActionSortColumn | 'themes' | 'talent'; readonly label: string; readonly width?: string }[] = [
  { key: 'reference', label: 'Ref', width: '5.5rem' },
  { key: 'title', label: 'Action' },
  { key: 'themes', label: 'Themes', width: '13%' },
  { key: 'talent', label: 'TALENT', width: '6.5rem' },
  { key: 'owners', label: 'Owners', width: '13%' },
  { key: 'when', label: 'When', width: '9rem' },
  { key: 'status', label: 'Status', width: '8.5rem' },
];

const sortable = (key: string): key is ActionSortColumn => key !== 'themes' && key !== 'talent';

/**
 * The plan as a table, optionally in groups (theme, status, owner…); each action links to its page.
 * Column headers sort (click or Enter/Space; again to reverse), within each group.
 */
export function ActionTable({ groups, ownerNames, statusLabel, label }: ActionTableProps) {
  const styles = useStyles();
  const [sort, setSort] = useState<ActionSort | undefined>();
  const grouped = groups.length > 1 || groups[0]?.key !== 'all';
  const toggle = (column: ActionSortColumn) =>
    setSort((s) => (s?.column === column ? { column, direction: s.direction === 'ascending' ? 'descending' : 'ascending' } : { column, direction: 'ascending' }));
  return (
    <Table aria-label={label} className={styles.table} size="small" sortable>
      <TableHeader>
        <TableRow>
          {COLUMNS.map((c) => {
            const key = c.key;
            return sortable(key) ? (
              <TableHeaderCell key={key} style={c.width ? { width: c.width } : undefined} sortDirection={sort?.column === key ? sort.direction : undefined} onClick={() => toggle(key)}>
                {c.label}
              </TableHeaderCell>
            ) : (
              // Not sortable: no button to focus, no aria-sort.
              <TableHeaderCell key={key} sortable={false} style={c.width ? { width: c.width } : undefined}>
                {c.label}
              </TableHeaderCell>
            );
          })}
        </TableRow>
      </TableHeader>
      <TableBody>
        {groups.map((group) => [
          grouped && (
            <TableRow key={`group-${group.key}`} className={styles.group}>
              <TableCell colSpan={COLUMNS.length}>
                <Text weight="semibold">
                  {group.label} ({group.actions.length})
                </Text>
              </TableCell>
            </TableRow>
          ),
          ...(sort ? sortActions(group.actions, sort, ownerNames) : group.actions).map((a) => {
            const task = taskLine(a);
            return (
              <TableRow key={`${group.key}-${a.id}`}>
                <TableCell className={styles.ref}>{a.reference}</TableCell>
                <TableCell className={styles.wrap}>
                  <Link href={tabPath({ kind: 'action', id: a.id })}>{a.title}</Link>
                  {task && <div className={styles.task}>{task}</div>}
                </TableCell>
                <TableCell className={styles.wrap}>{a.themes.join(', ')}</TableCell>
                <TableCell className={styles.wrap}>{a.talentRefs.join(', ')}</TableCell>
                <TableCell className={styles.wrap}>{ownerNames(a)}</TableCell>
                <TableCell className={styles.wrap}>{a.targetDate ? formatDay(a.targetDate) : (a.timeframe ?? '')}</TableCell>
                <TableCell className={styles.nowrap}>
                  <RagBadge status={a.ragStatus} label={statusLabel(a)} />
                </TableCell>
              </TableRow>
            );
          }),
        ])}
      </TableBody>
    </Table>
  );
}
