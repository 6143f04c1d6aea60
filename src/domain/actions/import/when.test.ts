import { readWhen } from './when';

const dates = (text: string, planStart?: string) => {
  const read = readWhen(text, planStart);
  return read.ok ? read.dates : read.message;
};

describe('reading when an action is due, as plans write it', () => {
  it('reads days in UK order and in words', () => {
    expect(dates('31/07/2024')).toEqual(['2024-07-31']);
    expect(dates('11 December 2020')).toEqual(['2020-12-11']);
    expect(dates('1st of March 2023')).toEqual(['2023-03-01']);
    expect(dates('2024-07-26T00:00:00Z')).toEqual(['2024-07-26']);
  });

  it('reads a month, a season, a quarter or an academic year as its end', () => {
    expect(dates('End of November 2020')).toEqual(['2020-11-30']);
    expect(dates('Apr-19')).toEqual(['2019-04-30']);
    expect(dates('April 2021')).toEqual(['2021-04-30']);
    expect(dates('February 2024')).toEqual(['2024-02-29']);
    expect(dates('Autumn 2024')).toEqual(['2024-11-30']);
    expect(dates('Spring 2026')).toEqual(['2026-05-31']);
    expect(dates('Winter 2024')).toEqual(['2025-02-28']);
    expect(dates('Q3 2025')).toEqual(['2025-09-30']);
    expect(dates('2025/26')).toEqual(['2026-07-31']);
  });

  it('reads "Year 2" from the plan’s start, and leaves it as words without one', () => {
    expect(dates('Year 2', '2021-04-01')).toEqual(['2023-03-31']);
    expect(dates('Years 1-3', '2021-04-01')).toEqual(['2024-03-31']);
    expect(dates('Year 2')).toEqual([]);
  });

  it('finds every date of a range or of several phases, in order, so the target is the last', () => {
    expect(dates('Jun 2018 – May 2019')).toEqual(['2018-06-30', '2019-05-31']);
    expect(dates('Phase 2 (Oct-18), Phase 3 (Jun-20)')).toEqual(['2018-10-31', '2020-06-30']);
  });

  it('finds no date in words that are not one', () => {
    for (const text of ['Ongoing', 'Continuing action', 'TBD', 'next spring', 'Increase membership by 20% over 3 years']) expect(dates(text)).toEqual([]);
  });

  it('refuses a day that does not exist, quoting it as written', () => {
    expect(dates('31/02/2023')).toBe('"31/02/2023" is not a day that exists; write it as day/month/year, like 31/07/2024.');
    expect(dates('By 30 February 2024')).toMatch(/^"30 February 2024" is not a day that exists/);
  });
});
