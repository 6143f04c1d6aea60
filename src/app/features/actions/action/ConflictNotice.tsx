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
}

const show = (v: unknown) => (Array.isArray(v) ? v.join(', ') : v === undefined || v === null || v === '' ? '—' : String(v));

/**
 * Someone else saved the action since this page loaded: nothing was overwritten. The person reloads,
 * or compares field by field and chooses to apply their change to the latest version.
 */
export function ConflictNotice({ mine, theirs, before, onReload, onCompare, onApplyMine }: ConflictNoticeProps) {
  const fields = Object.keys(mine) as (keyof ActionChanges)[];
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
                  <TableCell>{f}</TableCell>
                  <TableCell>{show(before[f])}</TableCell>
                  <TableCell>{show(theirs[f])}</TableCell>
                  <TableCell>{show(mine[f])}</TableCell>
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
