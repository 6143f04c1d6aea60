import { taskLine } from './ActionTable';

describe('the task under an action’s title', () => {
  it('is left out when the title is the task’s first words (as imports make titles), with or without an ellipsis', () => {
    expect(taskLine({ title: 'Review internal training provision including…', task: 'Review internal training provision including opportunities for in-house training' })).toBeUndefined();
    expect(taskLine({ title: 'Website', task: 'Website' })).toBeUndefined();
    expect(taskLine({ title: 'Budget', task: '' })).toBeUndefined();
  });

  it('is shown when it says more than the title', () => {
    expect(taskLine({ title: 'Technician awards', task: 'Set up an annual award for technical staff, judged by the steering group' })).toBe('Set up an annual award for technical staff, judged by the steering group');
  });
});
