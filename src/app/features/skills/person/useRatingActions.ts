/**
 * Rating your own skill, validating a team member's and setting their expected leaving date, through
 * the rights rules and then SharePoint; refusals and failures become a `Refusal` the profile shows.
 */
import { useCallback, useState } from 'react';
import type { SkillId } from '../../../../domain/ids';
import { planExpectedLeaving } from '../../../../domain/skills/expectedLeaving';
import type { Person, SkillRating } from '../../../../domain/model';
import { cellKey } from '../../../../domain/skills/effective';
import { planOwnRating, planValidation, type OwnRatingChange, type RatingWrite } from '../../../../domain/skills/ratingWrites';
import { useHub, useSiteToday } from '../../../services/session';
import { useNotify } from '../../../services/notify';
import type { SkillsData } from '../data/skillsStore';
import { useActor, useSkillsStore, type Derived } from '../data/useSkillsData';
import { explainRatingError, type Refusal } from './explainRefusal';
import { formatDay } from '../../../components/displayDates';


export function useRatingActions(person: Person, data: SkillsData, derived: Derived) {
  const hub = useHub();
  const store = useSkillsStore();
  const actor = useActor();
  const today = useSiteToday();
  const notify = useNotify();
  const [refusal, setRefusal] = useState<Refusal | undefined>();
  const [busy, setBusy] = useState<string | undefined>();

  const run = useCallback(
    async (skillId: SkillId, doing: string, plan: () => RatingWrite, done: string) => {
      setBusy(skillId);
      setRefusal(undefined);
      try {
        const write = plan();
        const saved: SkillRating = write.kind === 'create' ? await hub.ratings.create(write.draft) : await hub.ratings.update(write.id, write.changes, write.eTag);
        store.putRatings([saved]);
        notify.success(done);
      } catch (error) {
        setRefusal(explainRatingError(error, person, data.people, doing));
      } finally {
        setBusy(undefined);
      }
    },
    [hub, store, notify, person, data.people],
  );

  const rate = useCallback(
    (skillId: SkillId, change: OwnRatingChange) =>
      run(skillId, 'saving your rating', () => planOwnRating(actor, person, data.people, skillId, derived.effective.get(cellKey(person.id, skillId)), change, today()), 'Rating saved'),
    [run, actor, person, data.people, derived.effective, today],
  );

  const validate = useCallback(
    (skillId: SkillId, level: number) =>
      run(skillId, 'validating the rating', () => planValidation(actor, person, data.people, skillId, derived.effective.get(cellKey(person.id, skillId)), level, today()), `Validated for ${person.name}`),
    [run, actor, person, data.people, derived.effective, today],
  );

  /** The line manager sets (or, with '', clears) the expected leaving date; anyone else is refused with the reason. */
  const setExpectedLeaving = useCallback(
    async (date: string): Promise<boolean> => {
      setRefusal(undefined);
      try {
        const write = planExpectedLeaving(actor, person, data.people, date, today(), data.leavingDates);
        const saved =
          write.kind === 'update'
            ? await hub.leavingDates.update(write.entry.id, { leavingDate: write.leavingDate }, write.entry.eTag)
            : await hub.leavingDates.create({ personId: write.personId, leavingDate: write.leavingDate });
        store.putLeavingDate(saved);
        notify.success(write.leavingDate ? `Expected leaving date set to ${formatDay(write.leavingDate)}` : 'Expected leaving date cleared');
        return true;
      } catch (error) {
        setRefusal(explainRatingError(error, person, data.people, 'saving the expected leaving date'));
        return false;
      }
    },
    [hub, store, notify, actor, person, data.people, today],
  );

  return { rate, validate, setExpectedLeaving, refusal, dismiss: () => setRefusal(undefined), busy };
}
