import { useState } from 'react';
import { Button, Link, makeStyles, Subtitle2, Text, tokens } from '@fluentui/react-components';
import { EditRegular } from '@fluentui/react-icons';
import type { ActionEdit } from '../../../../domain/actions/actionEdits';
import { toLabel } from '../../../../domain/actions/statusSchemes';
import { talentText } from '../../../../domain/actions/talentRecommendations';
import type { FieldIssue } from '../../../../domain/errors';
import { tabPath } from '../../../../domain/links';
import type { Action, ActionPlan, Person } from '../../../../domain/model';
import { formatDay } from '../../../components/displayDates';
import { ActionFormFields } from './ActionFormFields';
import { changesFromForm, formFromAction, type ActionFormValues } from './actionForm';

const useStyles = makeStyles({
  list: { display: 'grid', gridTemplateColumns: 'minmax(10rem, max-content) 1fr', columnGap: tokens.spacingHorizontalXL, rowGap: tokens.spacingVerticalS, margin: 0 },
  term: { color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0, whiteSpace: 'pre-wrap' },
  head: { display: 'flex', justifyContent: 'space-between', alignItems: 'center', marginBottom: tokens.spacingVerticalS },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalM },
});

export interface ActionDetailsProps {
  readonly action: Action;
  readonly plan: ActionPlan;
  readonly canEdit: boolean;
  readonly saving: boolean;
  readonly issues: readonly FieldIssue[];
  readonly people: readonly Person[];
  readonly nameOf: (id: string) => string;
  /** Resolves true when saved; false leaves the form open with the person's text kept. */
  readonly onSave: (edit: ActionEdit) => Promise<boolean>;
  /** The action of the previous plan this one continues, when it was carried forward. */
  readonly origin?: { readonly action: Pick<Action, 'id' | 'reference' | 'title'>; readonly planTitle: string };
}

/** Every field of the action; "Edit details" turns them into a form in place. */
export function ActionDetails({ action, plan, canEdit, saving, issues, people, nameOf, onSave, origin }: ActionDetailsProps) {
  const styles = useStyles();
  const [editing, setEditing] = useState<ActionFormValues>();
  const owners = [...action.ownerIds.map(nameOf), action.ownerRoles ?? ''].filter(Boolean).join(', ');
  const rows: [string, string | undefined][] = [
    ['Task / action', action.task],
    ['Other references', action.otherReferences?.join(', ')],
    ['Themes', action.themes.join(', ')],
    ['TALENT recommendations', action.talentRefs.map((r) => `${r}: ${talentText(r) ?? ''}`).join('\n')],
    ['Main tasks', action.mainTasks],
    ['Outcome / impact / benefit', action.outcome],
    ['Success measures', action.successMeasures],
    ['Year / timeframe', action.timeframe],
    ['Target date', action.targetDate ? formatDay(action.targetDate) : undefined],
    ['Owners', owners],
    ['Project group', action.projectGroup],
    ['Strategy alignment', action.strategyAlignment.join(', ')],
  ];

  return (
    <section aria-labelledby="details-heading">
      <div className={styles.head}>
        <Subtitle2 as="h2" id="details-heading">
          Details
        </Subtitle2>
        {canEdit && !editing && (
          <Button icon={<EditRegular />} onClick={() => setEditing(formFromAction(action))}>
            Edit details
          </Button>
        )}
      </div>
      {editing ? (
        <>
          <ActionFormFields
            plan={plan}
            values={editing}
            onChange={setEditing}
            issues={issues}
            people={people}
            nameOf={nameOf}
            redLabel={action.ragStatus === 'Red' ? toLabel(plan.statusScheme, 'Red') : undefined}
          />
          <div className={styles.buttons}>
            <Button
              appearance="primary"
              disabled={saving}
              onClick={async () => {
                if (await onSave({ changes: changesFromForm(editing) })) setEditing(undefined);
              }}
            >
              {saving ? 'Saving…' : 'Save changes'}
            </Button>
            <Button onClick={() => setEditing(undefined)}>Cancel</Button>
          </div>
        </>
      ) : (
        <dl className={styles.list}>
          {rows.filter(([term, value]) => term !== 'Other references' || value).map(([term, value]) => (
            <div key={term} style={{ display: 'contents' }}>
              <dt className={styles.term}>{term}</dt>
              <dd className={styles.value}>{value || <Text italic>Not given</Text>}</dd>
            </div>
          ))}
          {origin && (
            <>
              <dt className={styles.term}>Carried forward from</dt>
              <dd className={styles.value}>
                <Link href={tabPath({ kind: 'action', id: origin.action.id })}>
                  {origin.action.reference} {origin.action.title}
                </Link>{' '}
                in {origin.planTitle}
              </dd>
            </>
          )}
        </dl>
      )}
    </section>
  );
}
