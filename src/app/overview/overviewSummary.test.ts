import type { Action, ActionPlan, HubEvent, Person, Skill, SkillRating } from '../../domain/model';
import type { ActionId, EventId, PersonId, PlanId, RatingId, SkillId } from '../../domain/ids';
import { cellKey, countedRatings } from '../../domain/skills/effective';
import { actionsDueSoon, currentPlan, ragCounts, soleExpertSkills, upcomingEvents } from './overviewSummary';

const stored = { eTag: '"1"', created: '2024-01-01T00:00:00Z', modified: '2024-01-01T00:00:00Z' };

function plan(id: string, state: ActionPlan['state'], periodStart: string): ActionPlan {
  return { ...stored, id: id as PlanId, title: `Plan ${id}`, institution: 'DMU', periodStart, periodEnd: '2030-01-01', stage: '1', statusScheme: 'Red/Amber/Green/Blue', state, extraThemes: [], strategyPillars: [] };
}

function action(reference: string, ragStatus: Action['ragStatus'], targetDate?: string): Action {
  return { ...stored, id: reference as ActionId, planId: '1' as PlanId, title: reference, reference, talentRefs: [], themes: [], task: 't', ragStatus, ownerIds: [], strategyAlignment: [], targetDate };
}

function event(id: string, start: string, end: string, cancelled = false): HubEvent {
  return { ...stored, id: id as EventId, title: id, type: 'Showcase', start, end, audienceUnitIds: [], themes: [], relatedActionIds: [], cancelled };
}

function skill(id: string, retired = false): Skill {
  return { ...stored, id: id as SkillId, name: id, category: 'Technique', unitIds: [], neededByUnitIds: [], retired };
}

let ratingId = 0;
function rating(skillId: string, personId: string, level: number, source: SkillRating['source'] = 'Self'): SkillRating {
  ratingId += 1;
  return { ...stored, id: String(ratingId) as RatingId, skillId: skillId as SkillId, personId: personId as PersonId, level, source, wantsToDevelop: false };
}

describe('the current plan', () => {
  it('is the active plan that started last', () => {
    const plans = [plan('1', 'Closed', '2021-01-01'), plan('2', 'Active', '2022-01-01'), plan('3', 'Active', '2024-09-01'), plan('4', 'Draft', '2025-01-01')];
    expect(currentPlan(plans)?.id).toBe('3');
  });

  it('is missing when no plan is active', () => {
    expect(currentPlan([plan('1', 'Closed', '2021-01-01')])).toBeUndefined();
  });
});

describe('RAG counts', () => {
  it('counts every status, including ones with no actions', () => {
    expect(ragCounts([action('1.1', 'Red'), action('1.2', 'Green'), action('1.3', 'Green')])).toEqual({ Red: 1, Amber: 0, Green: 2, Complete: 0, 'Not yet assessed': 0 });
  });
});

describe('actions due soon', () => {
  const today = '2025-03-01';

  it('lists unfinished actions due within 30 days, overdue ones first and flagged', () => {
    const due = actionsDueSoon(
      [
        action('2.1', 'Amber', '2025-03-31'),
        action('1.4', 'Red', '2025-02-10'),
        action('3.1', 'Green', '2025-04-01'),
        action('1.1', 'Complete', '2025-03-05'),
        action('1.2', 'Amber'),
      ],
      today,
    );
    expect(due.map((d) => [d.action.reference, d.overdue])).toEqual([
      ['1.4', true],
      ['2.1', false],
    ]);
  });
});

describe('upcoming events', () => {
  it('keeps events not yet over and not cancelled, soonest first, up to the limit', () => {
    const now = new Date('2025-03-01T12:00:00Z');
    const events = [
      event('later', '2025-04-01T09:00:00Z', '2025-04-01T10:00:00Z'),
      event('past', '2025-02-01T09:00:00Z', '2025-02-01T10:00:00Z'),
      event('now', '2025-03-01T11:00:00Z', '2025-03-01T13:00:00Z'),
      event('cancelled', '2025-03-02T09:00:00Z', '2025-03-02T10:00:00Z', true),
      event('soon', '2025-03-10T09:00:00Z', '2025-03-10T10:00:00Z'),
    ];
    expect(upcomingEvents(events, now, 2).map((e) => e.id)).toEqual(['now', 'soon']);
  });
});

describe('skills with a single expert', () => {
  const person = (id: string, name: string): Person => ({ ...stored, id: id as PersonId, name, email: `${id}@demo.local` });
  const people = [person('p1', 'Ann'), person('p2', 'Bo'), person('p3', 'Cy')];
  const now = new Date('2025-03-01T00:00:00Z');

  it('finds skills only one person holds at expert level, ignoring retired skills', () => {
    const skills = [skill('welding'), skill('nmr'), skill('glassblowing'), skill('old', true)];
    const ratings = [
      rating('welding', 'p1', 4),
      rating('nmr', 'p1', 3),
      rating('nmr', 'p2', 3),
      rating('glassblowing', 'p3', 2),
      rating('old', 'p1', 4),
    ];
    expect(soleExpertSkills({ skills, ratings, people, units: [], importers: [] }, now).map((s) => s.id)).toEqual(['welding']);
  });

  it('trusts a current line manager’s validation over the person’s own rating', () => {
    const ratings = [rating('nmr', 'p1', 4, 'Self'), { ...rating('nmr', 'p1', 2, 'Manager'), modified: '2024-06-01T00:00:00Z' }, rating('nmr', 'p2', 3, 'Self')];
    expect(soleExpertSkills({ skills: [skill('nmr')], ratings, people, units: [], importers: [] }, now).map((s) => s.id)).toEqual(['nmr']);
  });

  it('counts a validation written by a trusted rating importer, as the Skills pages do', () => {
    // Ann rated herself expert; an owner's import validated Bo as expert too. Bo has no line
    // manager, so only the team's trust in the importer (Hub Settings `ratingImporters`) makes it count.
    const authored = (r: SkillRating, by: string): SkillRating => ({ ...r, createdById: by, createdBy: `${by}@demo.local` });
    const team = [{ ...people[0], accountId: 'ann-id' }, { ...people[1], accountId: 'bo-id' }];
    const ratings = [authored(rating('nmr', 'p1', 4, 'Self'), 'ann-id'), authored(rating('nmr', 'p2', 4, 'Manager'), 'importer-id')];
    const input = { skills: [skill('nmr')], ratings, people: team, units: [] };
    expect(soleExpertSkills({ ...input, importers: [] }, now).map((s) => s.id)).toEqual(['nmr']);
    expect(soleExpertSkills({ ...input, importers: ['importer-id'] }, now)).toEqual([]);
    // The same ratings the Skills pages count (useSkillsData's derive calls countedRatings).
    expect(countedRatings({ ratings, people: team, importers: ['importer-id'] }, { now }).get(cellKey('p2', 'nmr'))).toMatchObject({ level: 4, validated: true });
  });
});
