/**
 * Words for a refused rating change. A 403 from the Skill Ratings list (item-level write) or a
 * refusal the rights rules raised first both read the same: whose ratings these are and who can
 * validate them.
 */
import { isHubError } from '../../../../domain/errors';
import type { Person } from '../../../../domain/model';
import { othersRatingsRefusal } from '../../../../domain/skills/rights';
import { describeError } from '../../../components/describeError';

export interface Refusal {
  readonly title: string;
  readonly body: string;
}

/** The message to show after `error` while changing `person`'s ratings. */
export function explainRatingError(error: unknown, person: Person, people: readonly Person[], doing: string): Refusal {
  if (isHubError(error, 'forbidden')) {
    // A refusal from our own rules carries its reason; SharePoint's 403 says only "access denied".
    const reason = error.details.graphCode === undefined && error.message ? error.message : othersRatingsRefusal(person, people);
    return { title: 'This change was not saved', body: reason };
  }
  const words = describeError(error, doing);
  return { title: words.title, body: [words.body, ...words.issues].join(' ') };
}
