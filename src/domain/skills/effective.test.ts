import { certificateStatus, cellKey, effectiveRatings } from './effective';
import { NOW, person, rating } from './__fixtures__/sample';

const manager = person('1', 'Sam Jones');
const alex = person('2', 'Alex Smith', { lineManagerId: manager.id });
const people = [manager, alex];

describe('believing a rating by who wrote it (docs/rights.md)', () => {
  const mia = person('3', 'Mia Morgan', { lineManagerId: manager.id });
  const crowd = [manager, alex, mia];

  it('ignores a Self rating someone else wrote about the person', () => {
    const forged = rating('2', '10', 0, { createdBy: mia.email, modified: '2026-05-01T00:00:00Z' });
    const own = rating('2', '10', 3, { createdBy: alex.email, modified: '2026-01-01T00:00:00Z' });
    expect(effectiveRatings([own, forged], crowd, { now: NOW }).get(cellKey('2', '10'))).toMatchObject({ selfLevel: 3 });
  });

  it('ignores a validation not written by the line manager the People list names', () => {
    const forged = rating('2', '10', 4, { source: 'Manager', createdBy: mia.email });
    const e = effectiveRatings([rating('2', '10', 1, { createdBy: alex.email }), forged], crowd, { now: NOW }).get(cellKey('2', '10'));
    expect(e).toMatchObject({ level: 1, validated: false });
    expect(e?.validation).toBeUndefined();
  });

  it('matches authors by Entra object id when both are known, whatever the mail says', () => {
    const alexWithId = { ...alex, accountId: 'aaaaaaaa-0000-4000-8000-000000000002' };
    const byId = rating('2', '10', 2, { createdBy: 'a.smith@mail.example', createdById: 'AAAAAAAA-0000-4000-8000-000000000002' });
    const sameMailOtherId = rating('2', '11', 2, { createdBy: alex.email, createdById: 'bbbbbbbb-0000-4000-8000-000000000009' });
    const map = effectiveRatings([byId, sameMailOtherId], [manager, alexWithId], { now: NOW });
    expect(map.get(cellKey('2', '10'))?.selfLevel).toBe(2);
    expect(map.has(cellKey('2', '11'))).toBe(false);
  });

  it('counts an import by a trusted importer for anyone', () => {
    const imported = rating('2', '10', 4, { source: 'Manager', createdBy: 'owner@uni.example', createdById: 'cccccccc-0000-4000-8000-000000000001' });
    expect(effectiveRatings([imported], crowd, { now: NOW }).has(cellKey('2', '10'))).toBe(false);
    expect(effectiveRatings([imported], crowd, { now: NOW, trustedAuthor: (r) => r.createdById === 'cccccccc-0000-4000-8000-000000000001' }).get(cellKey('2', '10'))).toMatchObject({ level: 4, validated: true });
  });
});

describe('effective rating of a person in a skill', () => {
  it('is the technician’s own level, unvalidated, when only they rated it', () => {
    const map = effectiveRatings([rating('2', '10', 2, { createdBy: alex.email })], people, { now: NOW });
    expect(map.get(cellKey('2', '10'))).toMatchObject({ level: 2, selfLevel: 2, validated: false });
  });

  it('is the manager’s validated level, saying who validated and when', () => {
    const map = effectiveRatings(
      [
        rating('2', '10', 4, { createdBy: alex.email, modified: '2026-03-01T10:00:00Z' }),
        rating('2', '10', 3, { source: 'Manager', createdBy: manager.email, modified: '2026-03-05T09:00:00Z', lastReviewed: '2026-03-04' }),
      ],
      people,
      { now: NOW },
    );
    expect(map.get(cellKey('2', '10'))).toMatchObject({ level: 3, selfLevel: 4, validated: true, validation: { level: 3, by: manager.email, on: '2026-03-04', current: true } });
  });

  it('falls back to the self rating, awaiting validation, when the technician changed it after validation', () => {
    const map = effectiveRatings(
      [
        rating('2', '10', 3, { source: 'Manager', createdBy: manager.email, modified: '2026-03-05T09:00:00Z' }),
        rating('2', '10', 4, { createdBy: alex.email, modified: '2026-04-01T10:00:00Z' }),
      ],
      people,
      { now: NOW },
    );
    expect(map.get(cellKey('2', '10'))).toMatchObject({ level: 4, validated: false, validation: { current: false } });
  });

  it('ignores a Manager rating made by someone who is not the line manager', () => {
    const map = effectiveRatings([rating('2', '10', 4, { source: 'Manager', createdBy: 'someone@uni.example' })], people, { now: NOW });
    expect(map.has(cellKey('2', '10'))).toBe(false);
  });

  it('counts the newest item per source, so a technician’s own rating supersedes an imported one', () => {
    const map = effectiveRatings(
      [rating('2', '10', 1, { createdBy: 'owner@uni.example', modified: '2026-01-01T00:00:00Z' }), rating('2', '10', 3, { createdBy: alex.email, modified: '2026-02-01T00:00:00Z' })],
      people,
      { now: NOW },
    );
    expect(map.get(cellKey('2', '10'))?.level).toBe(3);
  });

  it('marks ratings not reviewed for two years as stale and expired certificates as expired', () => {
    const map = effectiveRatings([rating('2', '10', 3, { lastReviewed: '2024-10-01', certificateExpiry: '2026-11-01' })], people, { now: NOW });
    expect(map.get(cellKey('2', '10'))).toMatchObject({ stale: true, certificate: 'expired' });
  });
});

describe('certificate expiry of a rating', () => {
  it('is the date the technician recorded, even when an imported manager item carries another', () => {
    const map = effectiveRatings(
      [
        rating('2', '10', 3, { source: 'Manager', createdBy: manager.email, modified: '2026-03-05T09:00:00Z', certificateExpiry: '2027-03-02' }),
        rating('2', '10', 3, { createdBy: alex.email, modified: '2026-02-01T10:00:00Z', certificateExpiry: '2026-12-20' }),
      ],
      people,
      { now: NOW },
    );
    expect(map.get(cellKey('2', '10'))).toMatchObject({ certificateExpiry: '2026-12-20', certificate: 'expiring' });
  });

  it('falls back to the manager item’s date when the technician recorded none', () => {
    const map = effectiveRatings(
      [rating('2', '11', 3, { source: 'Manager', createdBy: manager.email, certificateExpiry: '2027-06-01T00:00:00Z' }), rating('2', '11', 3, { createdBy: alex.email })],
      people,
      { now: NOW },
    );
    expect(map.get(cellKey('2', '11'))).toMatchObject({ certificateExpiry: '2027-06-01', certificate: 'valid' });
  });
});

describe('certificate status', () => {
  it('warns within 60 days of expiry', () => {
    expect(certificateStatus('2026-12-20', NOW)).toBe('expiring');
    expect(certificateStatus('2027-06-01', NOW)).toBe('valid');
    expect(certificateStatus('2026-11-22', NOW)).toBe('expired');
  });

  it('counts days on the site’s calendar: a certificate expiring on 31 March has expired at 00:30 on 1 April in London', () => {
    const lateEvening = new Date('2025-03-31T23:30:00Z'); // 00:30 BST on 1 April
    expect(certificateStatus('2025-03-31', lateEvening, 'Europe/London')).toBe('expired');
    expect(certificateStatus('2025-03-31', lateEvening)).toBe('expiring'); // UTC: still 31 March
    // 60 days on from the site's 1 April is 31 May: a certificate expiring then is already "expiring".
    expect(certificateStatus('2025-05-31', lateEvening, 'Europe/London')).toBe('expiring');
    expect(certificateStatus('2025-05-31', lateEvening)).toBe('valid');
  });
});
