import type { Draft, SkillRating } from '../../domain/model';
import type { PersonId, SkillId } from '../../domain/ids';
import { validate } from './validate';

const rating: Draft<SkillRating> = { personId: '4' as PersonId, skillId: '9' as SkillId, source: 'Self', level: 3, wantsToDevelop: false };

describe('validation before anything reaches Graph', () => {
  it('accepts a good record', () => {
    expect(validate('skillRatings', rating)).toEqual([]);
  });

  it('names each missing required value', () => {
    expect(validate('actions', { title: 'x' }).map((i) => i.field)).toEqual(expect.arrayContaining(['planId', 'reference', 'task', 'ragStatus']));
    expect(validate('actions', { title: 'x' }).find((i) => i.field === 'reference')?.message).toBe('Reference is required.');
  });

  it('refuses a value outside the choices unless fill-in is allowed', () => {
    expect(validate('skillRatings', { ...rating, source: 'Peer' as 'Self' })[0]).toMatchObject({ field: 'source', message: expect.stringContaining('Self, Manager') });
    expect(validate('events', { type: 'Hackathon' }, { partial: true })).toEqual([]);
    expect(validate('actions', { talentRefs: ['R1', 'R17'] }, { partial: true })[0].message).toContain('"R17"');
  });

  it('keeps numbers in range and whole', () => {
    expect(validate('skillRatings', { ...rating, level: 5 })[0].message).toBe('Proficiency must be between 0 and 4 (got 5).');
    expect(validate('skillRatings', { ...rating, level: 2.5 })[0].message).toBe('Proficiency must be a whole number.');
    expect(validate('events', { capacity: -1 }, { partial: true })[0].message).toContain('at least 0');
  });

  it('limits text length and checks web addresses and emails', () => {
    expect(validate('actions', { reference: 'x'.repeat(33) }, { partial: true })[0].message).toContain('at most 32');
    expect(validate('actionUpdates', { evidenceLink: 'javascript:alert(1)' }, { partial: true })[0].field).toBe('evidenceLink');
    expect(validate('actionUpdates', { evidenceLink: 'https://intranet.example.ac.uk/evidence?id=1#x' }, { partial: true })).toEqual([]);
    expect(validate('people', { email: 'not an email' }, { partial: true })[0].message).toContain('email address');
  });

  it('checks dates are real dates and date-times are ISO', () => {
    expect(validate('actions', { targetDate: '2024-02-30' }, { partial: true })[0].message).toContain('YYYY-MM-DD');
    expect(validate('actions', { targetDate: '2024-02-29' }, { partial: true })).toEqual([]);
    expect(validate('events', { start: '14/03/2025 09:30' }, { partial: true })[0].field).toBe('start');
  });

  it('checks lookups name item ids', () => {
    expect(validate('skillRatings', { ...rating, personId: 'Ann' as PersonId })[0].field).toBe('personId');
  });

  it('on an update checks only what changes, but will not clear a required value', () => {
    expect(validate('skillRatings', { level: 2 }, { partial: true })).toEqual([]);
    expect(validate('skillRatings', { level: undefined }, { partial: true })[0].message).toBe('Proficiency is required.');
  });

  it('numbers the row for bulk input', () => {
    expect(validate('skillRatings', { ...rating, level: 9 }, { row: 7 })[0].row).toBe(7);
  });
});
