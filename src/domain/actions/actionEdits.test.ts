import { aPlan, anAction, fixedClock } from './__fixtures__/records';
import { createdUpdate, planActionEdit } from './actionEdits';

const jane = { displayName: 'Jane Smith' };

describe('action edits', () => {
  it('writes one Status update with who, when and from → to, keeping the scheme label in step', () => {
    const action = anAction({ reference: '4.1' });
    const write = planActionEdit(action, aPlan(), { changes: { ragStatus: 'Complete' }, note: 'Done' }, jane, fixedClock);
    expect(write.changes).toEqual({ ragStatus: 'Complete', statusLabel: 'Blue' });
    expect(write.updates).toEqual([
      {
        actionId: action.id,
        kind: 'Status',
        summary: 'Jane Smith changed 4.1 from Amber to Blue on 23 Nov 2026',
        fromStatus: 'Amber',
        toStatus: 'Complete',
        note: 'Done',
        evidenceLink: undefined,
      },
    ]);
  });

  it('derives the canonical status from the plan’s own label', () => {
    const plan = aPlan({ statusScheme: 'Delayed/In progress/Completed' });
    const action = anAction({ statusLabel: 'Not started', ragStatus: 'Amber' });
    expect(planActionEdit(action, plan, { changes: { statusLabel: 'In progress' } }, jane, fixedClock).changes).toEqual({
      statusLabel: 'In progress',
      ragStatus: 'Green',
    });
  });

  it('refuses a move to Red without an explanation, and takes the note as the explanation', () => {
    const action = anAction();
    expect(() => planActionEdit(action, aPlan(), { changes: { ragStatus: 'Red' } }, jane, fixedClock)).toThrow(/Explain why this action is Red/);
    const write = planActionEdit(action, aPlan(), { changes: { ragStatus: 'Red' }, note: 'No budget this year' }, jane, fixedClock);
    expect(write.changes.redExplanation).toBe('No budget this year');
    expect(write.updates[0]?.note).toBe('No budget this year');
  });

  it('writes a separate Evidence update when the evidence changes too', () => {
    const write = planActionEdit(anAction(), aPlan(), { changes: { ragStatus: 'Green', evidence: 'Pulse survey run' } }, jane, fixedClock);
    expect(write.updates.map((u) => u.kind)).toEqual(['Status', 'Evidence']);
    expect(write.updates[1]?.note).toBe('Pulse survey run');
  });

  it('records other edits once, naming the fields, and drops values that did not change', () => {
    const action = anAction({ timeframe: 'Year 1' });
    const write = planActionEdit(action, aPlan(), { changes: { timeframe: 'Year 2', task: action.task, ragStatus: 'Amber' } }, jane, fixedClock);
    expect(write.changes).toEqual({ timeframe: 'Year 2' });
    expect(write.updates.map((u) => u.summary)).toEqual(['Jane Smith edited the timeframe of 1.1 on 23 Nov 2026']);
  });

  it('records a rewritten Red explanation as an edit in the plan’s words, with the new text', () => {
    const plan = aPlan({ statusScheme: 'Delayed/In progress/Completed' });
    const action = anAction({ reference: 'V4', statusLabel: 'Delayed', ragStatus: 'Red', redExplanation: 'No venue' });
    const write = planActionEdit(action, plan, { changes: { redExplanation: 'Venue found; date moved to 2020' } }, jane, fixedClock);
    expect(write.changes).toEqual({ redExplanation: 'Venue found; date moved to 2020' });
    expect(write.updates).toEqual([
      { actionId: action.id, kind: 'Edit', summary: 'Jane Smith edited why it is Delayed of V4 on 23 Nov 2026', note: 'Venue found; date moved to 2020' },
    ]);
  });

  it('refuses to blank the explanation of an action that stays Red', () => {
    const action = anAction({ statusLabel: 'Red', ragStatus: 'Red', redExplanation: 'No budget' });
    expect(() => planActionEdit(action, aPlan(), { changes: { redExplanation: undefined } }, jane, fixedClock)).toThrow(/Explain why this action is Red/);
  });

  it('refuses an evidence link the history cannot keep, before anything is written', () => {
    const edit = (evidenceLink: string) => () => planActionEdit(anAction(), aPlan(), { changes: { ragStatus: 'Green' }, evidenceLink }, jane, fixedClock);
    expect(edit('see the Teams folder')).toThrow('The evidence link must be a web address starting with https:// (got "see the Teams folder").');
    expect(edit(`https://dmu.sharepoint.com/${'a'.repeat(260)}`)).toThrow(/is 287 characters; the history keeps up to 255/);
    expect(edit('https://dmu.sharepoint.com/sites/tc/evidence')().updates[0]?.evidenceLink).toBe('https://dmu.sharepoint.com/sites/tc/evidence');
  });

  it('writes nothing when nothing changed', () => {
    const action = anAction();
    expect(planActionEdit(action, aPlan(), { changes: { task: action.task } }, jane, fixedClock)).toEqual({ changes: {}, updates: [] });
  });

  it('refuses edits to the actions of a Closed plan', () => {
    expect(() => planActionEdit(anAction(), aPlan({ state: 'Closed' }), { changes: { timeframe: 'x' } }, jane, fixedClock)).toThrow(/closed/);
  });

  it('records who added an action', () => {
    const action = anAction({ reference: 'V5' });
    expect(createdUpdate(action, jane, fixedClock)).toMatchObject({ kind: 'Created', summary: 'Jane Smith added V5 on 23 Nov 2026', toStatus: 'Amber' });
  });
});
