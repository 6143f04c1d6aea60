import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import type { ActionChanges } from '../../../../domain/actions/actionEdits';
import type { Action } from '../../../../domain/model';

export interface ConflictNoticeProps {
  /** The change that was not saved. */
  readonly mine: ActionChanges;
  /** The action as it is now, once loaded for comparing. */
  readonly theirs?: Action;
  /** The action as this page had it when the person started. */
  readonly before: Action;
  readonly onReload: () => void;
  readonly onCompare: () => void;
  /** Saves the person's change over the latest version, on purpose. */
  readonly onApplyMine: () => void;
  /** Owners' names, so the comparison shows people rather than ids. */
  readonly nameOf?: (id: string) => string;
}

/** The names people know each field by (the action page's own labels). */
const FIELD_LABELS: Readonly<Record<string, string>> = {
  reference: 'Reference',
  title: 'Short title',
  task: 'Task / action',
  themes: 'Themes',
  talentRefs: 'TALENT recommendations',
  mainTasks: 'Main tasks',
  outcome: 'Outcome / impact / benefit',
  successMeasures: 'Success measures',
  timeframe: 'Year / timeframe',
  targetDate: 'Target date',
  statusLabel: 'Status',
  redExplanation: 'Why it is Red',
  ownerIds: 'Owners',
  ownerRoles: 'Owners by role',
  projectGroup: 'Project group',
  strategyAlignment: 'Strategy alignment',
  evidence: 'Findings / evidence',
  sortOrder: 'Order',
};

/**
 * Someone else saved the action since this page loaded: nothing was overwritten. The person reloads,
 * or compares field by field and chooses to apply their change to the latest version.
 */
export function ConflictNotice({ mine, theirs, before, onReload, onCompare, onApplyMine, nameOf = String }: ConflictNoticeProps) {
  // The status label says what ragStatus says, in the plan's words: one row for both.
  const fields = (Object.keys(mine) as (keyof ActionChanges)[]).filter((f) => !(f === 'ragStatus' && 'statusLabel' in mine));
  const show = (field: keyof ActionChanges, v: unknown) => {
    if (v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0)) return '—';
    if (field === 'ownerIds' && Array.isArray(v)) return v.map((id) => nameOf(String(id))).join(', ');
    return Array.isArray(v) ? v.join(', ') : String(v);
  };
  return (
    <MessageBar intent="warning" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>Someone else changed this action</MessageBarTitle>
        {theirs?.modifiedBy ? `${theirs.modifiedBy} saved it` : 'It was saved by someone else'} after you opened it. Your change was not saved, so nothing
        of theirs was overwritten. Reload to see their version, or compare and apply yours to it.
        {theirs && (
          <Table size="extra-small" aria-label="Your change compared with the latest version">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Field</TableHeaderCell>
                <TableHeaderCell>When you opened it</TableHeaderCell>
                <TableHeaderCell>Latest version</TableHeaderCell>
                <TableHeaderCell>Your change</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {fields.map((f) => (
                <TableRow key={f}>
                  <TableCell>{FIELD_LABELS[f] ?? f}</TableCell>
                  <TableCell>{show(f, before[f])}</TableCell>
                  <TableCell>{show(f, theirs[f])}</TableCell>
                  <TableCell>{show(f, mine[f])}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={onReload}>Reload</Button>
        {theirs ? <Button onClick={onApplyMine}>Apply my change to the latest</Button> : <Button onClick={onCompare}>Compare</Button>}
      </MessageBarActions>
    </MessageBar>
  );
}
