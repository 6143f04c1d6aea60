import { asId } from '../ids';
import type { Person, Skill, SkillRating } from '../model';
import { certificateNoticesDue, currentCertificates } from './certificates';

const stored = { eTag: '"1"', created: '2026-01-01T00:00:00Z' };
const person = (id: string, lineManagerId?: string): Person => ({ ...stored, modified: '', id: asId(id), name: `P${id}`, email: `p${id}@x.org`, ...(lineManagerId ? { lineManagerId: asId(lineManagerId) } : {}) });
const skill: Skill = { ...stored, modified: '', id: asId('s1'), name: 'Gas safety', category: 'Safety/compliance', unitIds: [], neededByUnitIds: [], retired: false };
const rating = (id: string, personId: string, certificateExpiry: string | undefined, modified = '2026-01-01T00:00:00Z'): SkillRating => ({
  ...stored, id: asId(id), modified, personId: asId(personId), skillId: skill.id, source: 'Self', level: 2, wantsToDevelop: false, ...(certificateExpiry ? { certificateExpiry } : {}),
});
const people = [person('1', '2'), person('2')];
const due = (ratings: SkillRating[], today: string, thresholds?: number[], alreadySent = new Set<string>()) =>
  certificateNoticesDue({ ratings, skills: [skill], people, today, thresholds, alreadySent });

describe('certificate expiry notices', () => {
  it('are due to the person and their line manager within 30 days, not after expiry', () => {
    expect(due([rating('r', '1', '2026-04-20')], '2026-03-21').map((n) => [n.recipient.email, n.threshold, n.daysLeft])).toEqual([['p1@x.org', 30, 30], ['p2@x.org', 30, 30]]);
    expect(due([rating('r', '1', '2026-04-21')], '2026-03-21')).toEqual([]);
    expect(due([rating('r', '1', '2026-03-20')], '2026-03-21')).toEqual([]);
  });

  it('send the tightest threshold reached, once', () => {
    const [first] = due([rating('r', '2', '2026-03-26')], '2026-03-21', [30, 7]);
    expect(first).toMatchObject({ threshold: 7, key: 'certificate:2:s1:2026-03-26:7:person' });
    expect(due([rating('r', '2', '2026-03-26')], '2026-03-22', [30, 7], new Set([first.key]))).toEqual([]);
  });

  it('read the rating changed last when self and manager ratings disagree', () => {
    const current = currentCertificates([rating('a', '1', '2026-05-01', '2026-01-01T00:00:00Z'), rating('b', '1', '2027-05-01', '2026-02-01T00:00:00Z')]);
    expect(current.map((r) => r.certificateExpiry)).toEqual(['2027-05-01']);
  });
});
