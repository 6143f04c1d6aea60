/**
 * Local identity: `Authorization: Bearer dev:<userPrincipalName>` names a person in the server's
 * directory. Anything else is refused as Graph refuses a bad token (401
 * InvalidAuthenticationToken, https://learn.microsoft.com/en-us/graph/errors).
 */
import { unauthenticated } from './errors';
import type { DirectoryUser } from '../demo/directory';
import type { UserRef } from './model';

/** A person in the local directory (owned by the demo data, `src/demo/directory.ts`). */
export type { DirectoryUser };

export interface Directory {
  readonly users: readonly DirectoryUser[];
  find(idOrUpn: string): DirectoryUser | undefined;
}

export function createDirectory(users: readonly DirectoryUser[]): Directory {
  const byKey = new Map<string, DirectoryUser>();
  for (const user of users) {
    byKey.set(user.userPrincipalName.toLowerCase(), user);
    byKey.set(user.id.toLowerCase(), user);
  }
  return { users, find: (key) => byKey.get(key.toLowerCase()) };
}

/** The acting person for a request, or 401. */
export function authenticate(directory: Directory, authorization: string | undefined): DirectoryUser {
  if (!authorization) throw unauthenticated('Access token is empty. Send Authorization: Bearer dev:<userPrincipalName>.');
  const match = /^Bearer\s+dev:(.+)$/i.exec(authorization.trim());
  if (!match) throw unauthenticated('Access token validation failure: the local server accepts only Bearer dev:<userPrincipalName>.');
  const user = directory.find(match[1].trim());
  if (!user) throw unauthenticated(`Access token validation failure: '${match[1].trim()}' is not a person in the local directory.`);
  return user;
}

export function userRef(user: DirectoryUser): UserRef {
  return { id: user.id, displayName: user.displayName, email: user.mail };
}
