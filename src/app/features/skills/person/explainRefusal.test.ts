import { forbiddenError, validationError } from '../../../../domain/errors';
import { asId, type PersonId } from '../../../../domain/ids';
import type { Person } from '../../../../domain/model';
import { explainRatingError } from './explainRefusal';

const stored = { eTag: '"1"', created: '2026-01-01T00:00:00Z', modified: '2026-01-01T00:00:00Z' };
const sam: Person = { ...stored, id: asId<PersonId>('1'), name: 'Sam Jones', email: 'sam@uni.example' };
const alex: Person = { ...stored, id: asId<PersonId>('2'), name: 'Alex Smith', email: 'alex@uni.example', lineManagerId: sam.id };

describe('explaining a refused rating change', () => {
  it('turns SharePoint’s 403 into whose ratings these are and who validates them', () => {
    const words = explainRatingError(forbiddenError('Access denied.', 'accessDenied', 'req-1'), alex, [sam, alex], 'saving your rating');
    expect(words).toEqual({ title: 'This change was not saved', body: 'You can only change your own ratings; Alex Smith’s manager, Sam Jones, can validate them.' });
  });

  it('keeps the reason the rights rules gave', () => {
    const words = explainRatingError(forbiddenError('Only Alex Smith’s line manager validates their ratings.'), alex, [sam, alex], 'validating');
    expect(words.body).toBe('Only Alex Smith’s line manager validates their ratings.');
  });

  it('lists the fields of a validation error', () => {
    const words = explainRatingError(validationError('The level must be a whole number from 0 to 4.', [{ field: 'level', message: 'Expected a whole number from 0 to 4.' }]), alex, [sam, alex], 'saving your rating');
    expect(words.body).toContain('level: Expected a whole number from 0 to 4.');
  });
});
