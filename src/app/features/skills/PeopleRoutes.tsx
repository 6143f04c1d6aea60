/**
 * Person profiles (`#/people/:personId`): their skills, what they want to develop, rating in place
 * and validation by their line manager. The shell lazy-loads this as the element of its
 * `people/:personId` route (or of `people/*`: both are understood).
 */
import { PersonProfilePage } from './person/PersonProfilePage';

export default function PeopleRoutes() {
  return <PersonProfilePage />;
}
