import { useState } from 'react';
import { Button } from '@fluentui/react-components';
import type { EffectiveRating } from '../../../../domain/skills/effective';
import type { ProficiencyLabels } from '../../../../domain/skills/proficiency';
import { LevelPicker } from './LevelPicker';

export interface ValidateControlProps {
  readonly skillName: string;
  readonly personName: string;
  readonly rating: EffectiveRating;
  readonly labels: ProficiencyLabels;
  readonly busy: boolean;
  readonly onValidate: (level: number) => void;
}

/** The line manager's "validate at level …" for one rating; starts at the technician's own level. */
export function ValidateControl({ skillName, personName, rating, labels, busy, onValidate }: ValidateControlProps) {
  const [level, setLevel] = useState(rating.selfLevel ?? rating.level);
  const needed = !rating.validated || rating.level !== level;
  const verb = needed ? 'Validate' : 'Confirm';
  return (
    <span style={{ display: 'inline-flex', gap: 6, alignItems: 'center' }}>
      <LevelPicker label={`Validated level of ${personName} in ${skillName}`} value={level} labels={labels} onChange={setLevel} disabled={busy} />
      <Button size="small" appearance={needed ? 'primary' : 'secondary'} disabled={busy} onClick={() => onValidate(level)} aria-label={`${verb} ${skillName} for ${personName}`}>
        {verb}
      </Button>
    </span>
  );
}
