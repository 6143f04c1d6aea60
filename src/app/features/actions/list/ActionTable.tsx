import { Link, makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, tokens } from '@fluentui/react-components';
import type { ActionGroup } from '../../../../domain/actions/actionViews';
import { tabPath } from '../../../../domain/links';
import type { Action } from '../../../../domain/model';
import { RagBadge } from '../../../components/RagBadge';
import { formatDay } from '../../../components/displayDates';

const useStyles = makeStyles({
  table: { tableLayout: 'auto' },
  group: { backgroundColor: tokens.colorNeutralBackground3 },
  ref: { whiteSpace: 'nowrap', fontWeight: tokens.fontWeightSemibold, width: '5rem' },
  task: { color: tokens.colorNeutralForeground3, display: '-webkit-box', WebkitLineClamp: '2', WebkitBoxOrient: 'vertical', overflow: 'hidden' },
  nowrap: { whiteSpace: 'nowrap' },
});

export interface ActionTableProps {
  readonly groups: readonly ActionGroup[];
  readonly ownerNames: (action: Action) => string;
  readonly statusLabel: (action: Action) => string;
  /** Accessible name of the table ("Actions of De Montfort 2021-24"). */
  readonly label: string;
}

/** The plan as a table, optionally in groups (theme, status, owner…); each action links to its page. */
export function ActionTable({ groups, ownerNames, statusLabel, label }: ActionTableProps) {
  const styles = useStyles();
  const grouped = groups.length > 1 || groups[0]?.key !== 'all';
  return (
    <Table aria-label={label} className={styles.table} size="small">
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={styles.ref}>Ref</TableHeaderCell>
          <TableHeaderCell>Action</TableHeaderCell>
          <TableHeaderCell>Themes</TableHeaderCell>
          <TableHeaderCell>TALENT</TableHeaderCell>
          <TableHeaderCell>Owners</TableHeaderCell>
          <TableHeaderCell>When</TableHeaderCell>
          <TableHeaderCell>Status</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {groups.map((group) => [
          grouped && (
            <TableRow key={`group-${group.key}`} className={styles.group}>
              <TableCell colSpan={7}>
                <Text weight="semibold">
                  {group.label} ({group.actions.length})
                </Text>
              </TableCell>
            </TableRow>
          ),
          ...group.actions.map((a) => (
            <TableRow key={`${group.key}-${a.id}`}>
              <TableCell className={styles.ref}>{a.reference}</TableCell>
              <TableCell>
                <Link href={tabPath({ kind: 'action', id: a.id })}>{a.title}</Link>
                <div className={styles.task}>{a.task}</div>
              </TableCell>
              <TableCell>{a.themes.join(', ')}</TableCell>
              <TableCell className={styles.nowrap}>{a.talentRefs.join(', ')}</TableCell>
              <TableCell>{ownerNames(a)}</TableCell>
              <TableCell className={styles.nowrap}>{a.targetDate ? formatDay(a.targetDate) : (a.timeframe ?? '')}</TableCell>
              <TableCell>
                <RagBadge status={a.ragStatus} label={statusLabel(a)} />
              </TableCell>
            </TableRow>
          )),
        ])}
      </TableBody>
    </Table>
  );
}
