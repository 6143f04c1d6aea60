import { asId, type PersonId } from '../ids';
import { aPlan, anAction, anUpdate } from './__fixtures__/records';
import { buildSelfAssessment } from './selfAssessment';

const plan = aPlan({ extraThemes: ['Technical Staff Wellbeing'] });
const people = { '7': 'Will Baker' } as Record<string, string>;
const actions = [
  anAction({ reference: '10.1', themes: ['Visibility', 'Recognition'], ragStatus: 'Green' }),
  anAction({ reference: '2.1', themes: ['Visibility'], ragStatus: 'Red', redExplanation: 'No data yet', ownerIds: [asId<PersonId>('7')], ownerRoles: 'SRO' }),
  anAction({ reference: '3.1', themes: ['Career Development'], ragStatus: 'Amber' }),
  anAction({ reference: '4.1', themes: [], ragStatus: 'Complete', evidence: 'Fair held' }),
  anAction({ reference: '9.9', planId: asId('2'), ragStatus: 'Red' }),
];
const updates = [
  anUpdate(actions[3]!, { kind: 'Evidence', evidenceLink: 'https://example.org/fair', created: '2023-05-01T10:00:00Z' }),
  anUpdate(actions[3]!, { kind: 'Status', created: '2023-06-01T10:00:00Z' }),
];
const report = buildSelfAssessment(plan, actions, updates, { ownerName: (id) => people[id] });

describe('self-assessment report', () => {
  it('counts each theme × status, an action with two themes in both, themes without actions left out', () => {
    expect(report.byTheme.map((r) => [r.theme, r.counts.Red, r.counts.Amber, r.counts.Green, r.counts.Complete, r.total])).toEqual([
      ['Visibility', 1, 0, 1, 0, 2],
      ['Recognition', 0, 0, 1, 0, 1],
      ['Career Development', 0, 1, 0, 0, 1],
      ['No theme', 0, 0, 0, 1, 1],
    ]);
  });

  it('totals each action once and only this plan’s actions', () => {
    expect(report.totals).toEqual({ Red: 1, Amber: 1, Green: 1, Complete: 1, 'Not yet assessed': 0 });
    expect(report.actionCount).toBe(4);
    expect(report.percentComplete).toBe(25);
  });

  it('lists Red actions with their explanations and owners, and the Amber actions', () => {
    expect(report.red).toEqual([expect.objectContaining({ reference: '2.1', redExplanation: 'No data yet', owners: 'Will Baker, SRO' })]);
    expect(report.amber.map((a) => a.reference)).toEqual(['3.1']);
  });

  it('names statuses in the plan’s own words', () => {
    expect(report.statusLabels).toEqual({ Red: 'Red', Amber: 'Amber', Green: 'Green', Complete: 'Blue', 'Not yet assessed': 'Not yet assessed' });
    expect(report.evidence.find((a) => a.reference === '4.1')?.statusLabel).toBe('Blue');
  });

  it('lists what is carried forward: by default everything not complete, else what the next plan took', () => {
    expect(report.carriedForward.map((a) => a.reference)).toEqual(['2.1', '3.1', '10.1']);
    const taken = buildSelfAssessment(plan, actions, updates, { carriedForwardIds: new Set([actions[2]!.id]) });
    expect(taken.carriedForward.map((a) => a.reference)).toEqual(['3.1']);
  });

  it('gives the evidence per action in reference order, with links from the history', () => {
    expect(report.evidence.map((a) => a.reference)).toEqual(['2.1', '3.1', '4.1', '10.1']);
    expect(report.evidence[2]).toMatchObject({ evidence: 'Fair held', evidenceLinks: ['https://example.org/fair'], lastUpdated: '2023-06-01T10:00:00Z' });
  });
});
