import { ignoredColumnsWithText, mappingProblems, suggestMapping } from './headerMapping';

const fieldsOf = (headers: string[]) => Object.fromEntries(suggestMapping(headers).map((m) => [m.header, m.field]));

describe('import header mapping', () => {
  it("suggests De Montfort's own headers", () => {
    expect(
      fieldsOf(['TALENT reference', 'TALENT Recommendation', 'Action reference', 'Tasks/Action', 'Status', 'The Empowering University Strategy', 'Findings/Evidence']),
    ).toEqual({
      'TALENT reference': 'talentRefs',
      'TALENT Recommendation': 'talentText',
      'Action reference': 'reference',
      'Tasks/Action': 'task',
      Status: 'status',
      'The Empowering University Strategy': 'strategyAlignment',
      'Findings/Evidence': 'evidence',
    });
  });

  it("suggests Hertfordshire's phased plan, every phase column feeding the timeframe", () => {
    expect(
      fieldsOf(['Theme/Action', 'Led By', 'Phase 1 (Jun 2017- May 2018)', 'Phase 2 (Jun 2018 - May 2019)', 'Phase 3 (Jun 2019- Jun 2020)', 'Success Criteria', 'RAG']),
    ).toEqual({
      'Theme/Action': 'task',
      'Led By': 'ownerRoles',
      'Phase 1 (Jun 2017- May 2018)': 'phase',
      'Phase 2 (Jun 2018 - May 2019)': 'phase',
      'Phase 3 (Jun 2019- Jun 2020)': 'phase',
      'Success Criteria': 'successMeasures',
      RAG: 'status',
    });
  });

  it("suggests Leeds' headers, reading the theme and reference from one column", () => {
    expect(fieldsOf(['Action', 'Link to TC', 'Key Outputs', 'Timeframe', 'Person Responsible', 'Success Measures'])).toEqual({
      Action: 'task',
      'Link to TC': 'themeAndReference',
      'Key Outputs': 'mainTasks',
      Timeframe: 'timeframe',
      'Person Responsible': 'ownerRoles',
      'Success Measures': 'successMeasures',
    });
  });

  it("reads De Montfort's tracker headers in capitals and with list letters", () => {
    expect(fieldsOf(['DMU STRATEGY', 'ACTION REF.', 'ACTION PLAN TASK', 'PROJECT LEAD', 'PROJECT GROUP', 'MAIN TASKS', 'RAG', 'ACHIEVEMENTS TO DATE'])).toEqual({
      'DMU STRATEGY': 'strategyAlignment',
      'ACTION REF.': 'reference',
      'ACTION PLAN TASK': 'task',
      'PROJECT LEAD': 'ownerRoles',
      'PROJECT GROUP': 'projectGroup',
      'MAIN TASKS': 'mainTasks',
      RAG: 'status',
      'ACHIEVEMENTS TO DATE': 'evidence',
    });
    expect(fieldsOf(['C. Action reference'])['C. Action reference']).toBe('reference');
  });

  it('leaves unknown and empty headers unmapped, and gives each field to one column only', () => {
    expect(fieldsOf(['Colour of the sky', ''])).toEqual({ 'Colour of the sky': 'ignore', '': 'ignore' });
    const mapping = suggestMapping(['Status', 'RAG status']);
    expect(mapping.filter((m) => m.field === 'status')).toHaveLength(1);
  });

  it('says what is wrong with a mapping that has no task column or a field twice', () => {
    expect(mappingProblems(suggestMapping(['Status']))).toEqual(['Choose the column that holds the task or action: every action needs one.']);
    const twice = suggestMapping(['Task', 'Status']).map((m) => ({ ...m, field: 'task' as const }));
    expect(mappingProblems(twice)[0]).toMatch(/Task \/ action is chosen for 2 columns \(Task, Status\)/);
  });

  it('never leaves the action out: an objective column is the action, a second action column its tasks', () => {
    expect(fieldsOf(['Objective', 'Actions', 'Timescale', 'Responsible', 'RAG'])).toMatchObject({ Objective: 'task', Actions: 'mainTasks' });
    expect(fieldsOf(['Action', 'Theme', 'Target date', 'Support actions', 'Lead'])).toMatchObject({ Action: 'task', 'Support actions': 'mainTasks' });
  });

  it('says which columns with text are left out', () => {
    const mapping = suggestMapping(['Action', 'Colour of the sky', 'Notes to self']).map((m) => (m.header === 'Notes to self' ? { ...m, field: 'ignore' as const } : m));
    expect(ignoredColumnsWithText(mapping, [['Run a survey', 'blue', ''], ['Publish it', '', '']])).toEqual(['“Colour of the sky” has text in 1 row and is set to “Do not import”: choose where it goes to keep it.']);
  });
});
