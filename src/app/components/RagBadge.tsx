import { Badge, type BadgeProps } from '@fluentui/react-components';
import type { RagStatus } from '../../domain/vocabulary';

const COLOUR: Record<RagStatus, BadgeProps['color']> = {
  Red: 'danger',
  Amber: 'warning',
  Green: 'success',
  Complete: 'brand',
  // Grey: nobody has judged it yet, so it takes no colour of the RAG scale.
  'Not yet assessed': 'informative',
};

export interface RagBadgeProps {
  readonly status: RagStatus;
  /** The plan's own word for it (Blue, In progress…); the canonical status otherwise. */
  readonly label?: string;
  readonly size?: BadgeProps['size'];
}

/** A RAG status as a coloured badge that also says it in words (colour alone is not enough). */
export function RagBadge({ status, label, size = 'medium' }: RagBadgeProps) {
  return (
    <Badge appearance="filled" color={COLOUR[status]} size={size} shape="rounded">
      {label ?? status}
    </Badge>
  );
}
