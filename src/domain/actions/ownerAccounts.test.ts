import { ownerAccountIdsOf, withOwnerAccounts } from './ownerAccounts';

const people = [
  { id: '1', siteUserId: '11' },
  { id: '2', siteUserId: '12' },
  { id: '3' }, // no account recorded
];

describe('owner accounts (what SharePoint’s "My actions" view filters on)', () => {
  it('are the owners’ site users, in the owners’ order, leaving out an owner with no account', () => {
    expect(ownerAccountIdsOf(['2', '3', '1'], people)).toEqual(['12', '11']);
  });

  it('follow the owners only when a change names them', () => {
    expect(withOwnerAccounts({ title: 'x' }, people)).toEqual({ title: 'x' });
    expect(withOwnerAccounts({ ownerIds: [] }, people)).toEqual({ ownerIds: [], ownerAccountIds: [] });
  });
});
