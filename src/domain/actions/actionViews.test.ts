import { asId, type PersonId } from '../ids';
import { anAction } from './__fixtures__/records';
import { actionPhase, actionYear, filterActions, filterChoices, groupActions } from './actionViews';

const will = asId<PersonId>('7');
const actions = [
  anAction({ reference: '10.1', themes: ['Visibility', 'Recognition'], ragStatus: 'Green', targetDate: '2023-06-30', talentRefs: ['R10'] }),
  anAction({ reference: '2.1', themes: ['Visibility'], ragStatus: 'Red', ownerIds: [will], timeframe: 'Phase 2', talentRefs: ['R2'] }),
  anAction({ reference: '3.1', themes: [], ragStatus: 'Amber', task: 'Maintain records of technical involvement', talentRefs: [] }),
];

describe('action views', () => {
  it('filters by theme, status, owner, TALENT reference, year and words together', () => {
    expect(filterActions(actions, { themes: ['Visibility'] }).map((a) => a.reference)).toEqual(['2.1', '10.1']);
    expect(filterActions(actions, { statuses: ['Red', 'Amber'] }).map((a) => a.reference)).toEqual(['2.1', '3.1']);
    expect(filterActions(actions, { ownerId: will }).map((a) => a.reference)).toEqual(['2.1']);
    expect(filterActions(actions, { talentRef: 'R10', year: '2023' }).map((a) => a.reference)).toEqual(['10.1']);
    expect(filterActions(actions, { text: 'RECORDS' }).map((a) => a.reference)).toEqual(['3.1']);
    expect(filterActions(actions, { themes: ['No theme'] }).map((a) => a.reference)).toEqual(['3.1']);
  });

  it('buckets each action by its target year, else its timeframe', () => {
    expect(actions.map(actionYear)).toEqual(['2023', 'Phase 2', 'No date']);
  });

  it('arranges a phased plan by the phase its timeframe names first, in number order', () => {
    const herts = [
      anAction({ reference: 'V1', timeframe: 'Phase 10', targetDate: '2021-05-31' }),
      anAction({ reference: 'V2', timeframe: 'Phase 2 (Jun 2018 - May 2019), Phase 3 (Jun 2019- Jun 2020)', targetDate: '2020-06-30' }),
      anAction({ reference: 'V3', timeframe: 'Continuing action' }),
      anAction({ reference: 'V4', targetDate: '2019-05-31' }),
      anAction({ reference: 'V5' }),
      anAction({ reference: 'V6', timeframe: 'year 1-2' }),
    ];
    expect(herts.map(actionPhase)).toEqual(['Phase 10', 'Phase 2', 'Continuing action', '2019', 'No date', 'Year 1']);
    expect(groupActions(herts, 'phase').map((g) => g.label)).toEqual(['2019', 'Continuing action', 'Phase 2', 'Phase 10', 'Year 1', 'No date']);
  });

  it('groups statuses Red first, and puts an action with two themes in both, unthemed last', () => {
    expect(groupActions(actions, 'status').map((g) => g.key)).toEqual(['Red', 'Amber', 'Green']);
    expect(groupActions(actions, 'theme').map((g) => [g.label, g.actions.length])).toEqual([
      ['Recognition', 1],
      ['Visibility', 2],
      ['No theme', 1],
    ]);
  });

  it('groups by owner with names, and by TALENT reference in numeric order', () => {
    expect(groupActions(actions, 'owner', () => 'Will Baker').map((g) => g.label)).toEqual(['Will Baker', 'No named owner']);
    expect(groupActions(actions, 'talentRef').map((g) => g.label)).toEqual(['R2', 'R10', 'No TALENT reference']);
  });

  it('offers the values present as filter choices', () => {
    expect(filterChoices(actions)).toEqual({ themes: ['Recognition', 'Visibility'], talentRefs: ['R2', 'R10'], years: ['2023', 'No date', 'Phase 2'], ownerIds: [will] });
  });
});
