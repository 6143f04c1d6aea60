import { conflictError, forbiddenError, HubError, missingListError, validationError } from '../../domain/errors';
import { describeError } from './describeError';

describe('describing errors to a person', () => {
  it('tells a visitor they can look but must ask a team owner to change things', () => {
    const words = describeError(forbiddenError('accessDenied'));
    expect(words.title).toBe('You can view but not change this');
    expect(words.body).toMatch(/ask a team owner/i);
    expect(words.remedy).toBe('none');
  });

  it('names a list the site does not have yet and who can add it, rather than calling it deleted', () => {
    const words = describeError(missingListError('Leaving Dates', 'The list "Leaving Dates" does not exist'), 'saving the expected leaving date');
    expect(words.title).toBe('This site doesn’t have the Leaving Dates list yet');
    expect(words.body).toMatch(/site owner can add it with Set up; nothing was changed/);
    expect(words.remedy).toBe('none');
  });

  it('asks for a reload when someone else changed the item', () => {
    const words = describeError(conflictError('412'));
    expect(words.title).toMatch(/someone else changed this/i);
    expect(words.remedy).toBe('reload');
  });

  it('lists each field problem with its row', () => {
    const words = describeError(
      validationError('2 problems', [
        { field: 'Target date', message: 'expected a date like 2025-07-31', row: 3 },
        { field: 'Title', message: 'is required' },
      ]),
    );
    expect(words.issues).toEqual(['Row 3 · Target date: expected a date like 2025-07-31', 'Title: is required']);
  });

  it('says how long to wait when throttled', () => {
    const words = describeError(new HubError('throttled', '429', { retryAfterSeconds: 12 }), 'loading actions');
    expect(words.body).toContain('loading actions');
    expect(words.body).toContain('12 seconds');
    expect(words.remedy).toBe('retry');
    expect(describeError(new HubError('throttled', '503', { retryAfterSeconds: 1 })).body).toContain('Wait a few seconds');
    expect(describeError(new HubError('throttled', '503', { retryAfterSeconds: 300 })).body).toContain('about 5 minutes');
  });

  it('suggests checking the connection when there is no answer', () => {
    expect(describeError(new HubError('network', 'fetch failed')).body).toMatch(/connection/);
  });

  it('keeps the request id of a fault for the administrator', () => {
    const words = describeError(new HubError('badRequest', 'Field X is not recognized.', { requestId: 'r-1' }));
    expect(words.requestId).toBe('r-1');
  });

  it.each([
    'Failed to fetch dynamically imported module: https://hub.example.ac.uk/assets/SkillsRoutes-1a2b.js',
    'error loading dynamically imported module: https://hub.example.ac.uk/assets/SkillsRoutes-1a2b.js',
    'Importing a module script failed.',
  ])('asks for a reload, not a technical message, when part of the app did not download (%s)', (message) => {
    const words = describeError(new TypeError(message), 'showing the skills');
    expect(words.title).toBe('Technician Hub couldn’t load this page');
    expect(words.body).toMatch(/check your connection, then reload the tab/i);
    expect(words.body).not.toContain('.js');
    expect(words.remedy).toBe('reload');
  });

  it('still says something for errors that are not ours', () => {
    expect(describeError(new TypeError('x is undefined'))).toMatchObject({ title: 'Something went wrong', body: 'x is undefined' });
  });
});
