/**
 * The action form's values (text as typed) and their conversion to the fields an action stores.
 */
import type { ActionChanges } from '../../../../domain/actions/actionEdits';
import { readList } from '../../../../domain/actions/import/cells';
import type { PersonId } from '../../../../domain/ids';
import type { Action } from '../../../../domain/model';

export interface ActionFormValues {
  readonly reference: string;
  readonly title: string;
  readonly task: string;
  readonly mainTasks: string;
  readonly outcome: string;
  readonly successMeasures: string;
  readonly timeframe: string;
  readonly targetDate: string;
  readonly themes: readonly string[];
  readonly talentRefs: readonly string[];
  readonly ownerIds: readonly PersonId[];
  readonly ownerRoles: string;
  readonly projectGroup: string;
  /** Comma- or slash-separated, as plans write it. */
  readonly strategyAlignment: string;
  /** Why the action is Red; the form shows it only while the action is Red. */
  readonly redExplanation: string;
}

export const EMPTY_FORM: ActionFormValues = {
  reference: '',
  title: '',
  task: '',
  mainTasks: '',
  outcome: '',
  successMeasures: '',
  timeframe: '',
  targetDate: '',
  themes: [],
  talentRefs: [],
  ownerIds: [],
  ownerRoles: '',
  projectGroup: '',
  strategyAlignment: '',
  redExplanation: '',
};

export function formFromAction(a: Action): ActionFormValues {
  return {
    reference: a.reference,
    title: a.title,
    task: a.task,
    mainTasks: a.mainTasks ?? '',
    outcome: a.outcome ?? '',
    successMeasures: a.successMeasures ?? '',
    timeframe: a.timeframe ?? '',
    targetDate: a.targetDate ?? '',
    themes: a.themes,
    talentRefs: a.talentRefs,
    ownerIds: a.ownerIds,
    ownerRoles: a.ownerRoles ?? '',
    projectGroup: a.projectGroup ?? '',
    strategyAlignment: a.strategyAlignment.join(', '),
    redExplanation: a.redExplanation ?? '',
  };
}

const text = (s: string) => (s.trim() === '' ? undefined : s.trim());

/** The stored fields the form says (blank text means "no value"). */
export function changesFromForm(v: ActionFormValues): ActionChanges {
  return {
    reference: v.reference.trim(),
    title: v.title.trim(),
    task: v.task.trim(),
    mainTasks: text(v.mainTasks),
    outcome: text(v.outcome),
    successMeasures: text(v.successMeasures),
    timeframe: text(v.timeframe),
    targetDate: text(v.targetDate),
    themes: v.themes,
    talentRefs: v.talentRefs,
    ownerIds: v.ownerIds,
    ownerRoles: text(v.ownerRoles),
    projectGroup: text(v.projectGroup),
    strategyAlignment: readList(v.strategyAlignment),
    redExplanation: text(v.redExplanation),
  };
}
