import { describeReport } from './provisionSite';

describe('the provisioning report', () => {
  it('says what would be done in a dry run, and what was skipped and why', () => {
    const lines = describeReport({
      siteId: 's',
      webUrl: 'https://contoso.sharepoint.com/sites/tech',
      dryRun: true,
      steps: [
        { kind: 'createList', list: 'Actions', detail: 'list with 16 columns' },
        { kind: 'itemLevelWrite', list: 'Skill Ratings', detail: 'people may edit only the items they created' },
      ],
      skipped: [{ what: 'views and item-level write', reason: 'no SharePoint token was given' }],
    });
    expect(lines).toEqual([
      'would create Actions: list with 16 columns',
      'would restrict Skill Ratings: people may edit only the items they created',
      'skipped views and item-level write: no SharePoint token was given',
    ]);
  });

  it('says so when there was nothing to do', () => {
    expect(describeReport({ siteId: 's', webUrl: 'u', dryRun: false, steps: [], skipped: [] })).toEqual(['Nothing created: every list, column and view is already there.']);
  });
});
