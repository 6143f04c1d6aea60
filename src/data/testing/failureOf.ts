import { isHubError, type HubError } from '../../domain/errors';

/** The HubError a promise rejects with, so a test can assert on its code and words; anything else fails. */
export async function failureOf(p: Promise<unknown>): Promise<HubError> {
  try {
    await p;
  } catch (e) {
    if (isHubError(e)) return e;
    throw e;
  }
  throw new Error('expected a HubError');
}
