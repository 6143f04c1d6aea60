/**
 * An address someone stored (evidence, an online meeting): a link that opens in a new tab when it
 * is a web address (`http:`/`https:`), plain text otherwise — a `javascript:` or `data:` address
 * is never made clickable.
 */
import { Link } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { safeWebLink } from '../../domain/links';

export interface WebLinkProps {
  readonly href: string;
  /** What the link says (default: the address itself). */
  readonly children?: ReactNode;
}

export function WebLink({ href, children }: WebLinkProps) {
  const safe = safeWebLink(href);
  if (!safe) return <span>{children ?? href}</span>;
  return (
    <Link href={safe} target="_blank" rel="noopener noreferrer">
      {children ?? href}
    </Link>
  );
}
