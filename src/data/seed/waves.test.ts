import { waves } from './seedDemo';

describe('ordering records after what they refer to', () => {
  const people = [
    { email: 'tech@u', manager: 'lead@u' },
    { email: 'lead@u', manager: 'head@u' },
    { email: 'head@u' },
    { email: 'solo@u', manager: 'left.years.ago@u' },
  ];

  it('puts each person after their line manager, in as few waves as possible', () => {
    const order = waves(people, (p) => p.email, (p) => p.manager).map((w) => w.map((p) => p.email));
    expect(order).toEqual([['head@u', 'solo@u'], ['lead@u'], ['tech@u']]);
  });

  it('treats a self-reference as no reference', () => {
    expect(waves([{ k: 'a', r: 'A' }], (x) => x.k, (x) => x.r)).toEqual([[{ k: 'a', r: 'A' }]]);
  });

  it('refuses a cycle instead of looping', () => {
    expect(() => waves([{ k: 'a', r: 'b' }, { k: 'b', r: 'a' }], (x) => x.k, (x) => x.r)).toThrow(/cycle/);
  });
});
