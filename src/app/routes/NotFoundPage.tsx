import { Link } from '@fluentui/react-components';
import { EmptyState } from '../components/EmptyState';

/** A link to a page that does not exist (an old bookmark, a mistyped address). */
export function NotFoundPage() {
  return (
    <EmptyState
      title="There’s no page here"
      body="The link may be out of date. Start again from the Overview."
      action={<Link href="#/">Go to the Overview</Link>}
    />
  );
}
