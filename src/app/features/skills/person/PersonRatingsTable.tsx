import { Checkbox, Input, makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, tokens } from '@fluentui/react-components';
import { CheckmarkCircleFilled } from '@fluentui/react-icons';
import { tabPath } from '../../../../domain/links';
import type { Person, Skill } from '../../../../domain/model';
import { COMPLIANCE_CATEGORY, type EffectiveRating } from '../../../../domain/skills/effective';
import { levelText, type ProficiencyLabels } from '../../../../domain/skills/proficiency';
import type { SkillId } from '../../../../domain/ids';
import { LevelPicker } from './LevelPicker';
import { ValidateControl } from './ValidateControl';
import { formatDay } from '../../../components/displayDates';

const useStyles = makeStyles({
  category: { marginTop: tokens.spacingVerticalL },
  muted: { color: tokens.colorNeutralForeground3 },
  validated: { color: tokens.colorPaletteGreenForeground1 },
});

export interface PersonRatingsTableProps {
  readonly person: Person;
  readonly rows: readonly { readonly skill: Skill; readonly rating: EffectiveRating }[];
  readonly labels: ProficiencyLabels;
  readonly nameOf: (email?: string) => string;
  /** Offered only on your own profile. */
  readonly onRate?: (skillId: SkillId, level: number, wantsToDevelop: boolean) => void;
  /** Your own certificate expiry (`YYYY-MM-DD`, '' to clear), for compliance skills; offered with `onRate`. */
  readonly onCertificate?: (skillId: SkillId, level: number, expiry: string) => void;
  /** Offered only to the line manager. */
  readonly onValidate?: (skillId: SkillId, level: number) => void;
  readonly busy?: string;
}

function validationText(r: EffectiveRating, labels: ProficiencyLabels, nameOf: (email?: string) => string): string {
  if (!r.validation) return 'Not validated';
  const text = `${levelText(r.validation.level, labels)} by ${nameOf(r.validation.by)} on ${formatDay(r.validation.on)}`;
  return r.validation.current ? text : `${text} — changed since; awaiting validation`;
}

function certificateText(r: EffectiveRating): string {
  if (!r.certificateExpiry) return '';
  return `${r.certificate === 'expired' ? 'Expired' : r.certificate === 'expiring' ? 'Expires soon' : 'Valid to'} ${formatDay(r.certificateExpiry)}`;
}

/** Your certificate's expiry date: saved when a whole date is picked, or cleared. */
function CertificateInput({ skillName, value, warning, disabled, onChange }: { readonly skillName: string; readonly value: string; readonly warning?: string; readonly disabled: boolean; readonly onChange: (expiry: string) => void }) {
  return (
    <span>
      <Input
        type="date"
        size="small"
        aria-label={`Certificate expiry for ${skillName}`}
        value={value}
        disabled={disabled}
        onChange={(_, d) => {
          if (d.value !== value && (d.value === '' || /^\d{4}-\d{2}-\d{2}$/.test(d.value))) onChange(d.value);
        }}
        style={{ maxWidth: 160 }}
      />
      {warning && (
        <Text size={200} block weight="semibold">
          {warning}
        </Text>
      )}
    </span>
  );
}

/** One person's ratings grouped by category, editable in place for themselves, validatable by their manager. */
export function PersonRatingsTable({ person, rows, labels, nameOf, onRate, onCertificate, onValidate, busy }: PersonRatingsTableProps) {
  const styles = useStyles();
  const categories = [...new Set(rows.map((r) => r.skill.category))];
  return (
    <>
      {categories.map((category) => (
        <section key={category} className={styles.category} aria-label={category}>
          <Text as="h3" block weight="semibold" size={400}>
            {category}
          </Text>
          <Table size="small" aria-label={`${person.name}: ${category} skills`}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell style={{ width: '18%' }}>Skill</TableHeaderCell>
                <TableHeaderCell style={{ width: onRate ? 190 : '14%' }}>{onRate ? 'Your level' : 'Level'}</TableHeaderCell>
                <TableHeaderCell style={{ width: '20%' }}>Validation</TableHeaderCell>
                <TableHeaderCell style={{ width: 90 }}>Wants to develop</TableHeaderCell>
                <TableHeaderCell style={{ width: onCertificate ? 170 : 140 }}>Certificate</TableHeaderCell>
                <TableHeaderCell style={{ width: 110 }}>Last reviewed</TableHeaderCell>
                {onValidate && <TableHeaderCell style={{ width: 250 }}>Validate</TableHeaderCell>}
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows
                .filter((r) => r.skill.category === category)
                .map(({ skill, rating }) => (
                  <TableRow key={skill.id} data-skill={skill.name}>
                    <TableCell>
                      <a href={tabPath({ kind: 'skill', id: skill.id })}>{skill.name}</a>
                    </TableCell>
                    <TableCell>
                      {onRate ? (
                        <LevelPicker label={`Your level in ${skill.name}`} value={rating.selfLevel} labels={labels} disabled={busy === skill.id} onChange={(level) => onRate(skill.id, level, rating.wantsToDevelop)} />
                      ) : (
                        <>
                          {levelText(rating.level, labels)}
                          {rating.selfLevel !== undefined && rating.selfLevel !== rating.level && <span className={styles.muted}> (self: {rating.selfLevel})</span>}
                        </>
                      )}
                    </TableCell>
                    <TableCell>
                      {rating.validated ? (
                        <span className={styles.validated}>
                          <CheckmarkCircleFilled aria-hidden /> {validationText(rating, labels, nameOf)}
                        </span>
                      ) : (
                        <span className={styles.muted}>{validationText(rating, labels, nameOf)}</span>
                      )}
                    </TableCell>
                    <TableCell>
                      {onRate ? (
                        <Checkbox aria-label={`I want to develop ${skill.name}`} checked={rating.wantsToDevelop} disabled={busy === skill.id || rating.selfLevel === undefined} onChange={(_, d) => onRate(skill.id, rating.selfLevel ?? rating.level, d.checked === true)} />
                      ) : rating.wantsToDevelop ? (
                        'Yes'
                      ) : (
                        ''
                      )}
                    </TableCell>
                    <TableCell>
                      {onCertificate && rating.selfLevel !== undefined && (skill.category === COMPLIANCE_CATEGORY || rating.certificateExpiry) ? (
                        <CertificateInput
                          skillName={skill.name}
                          value={rating.certificateExpiry ?? ''}
                          warning={rating.certificate === 'expired' ? 'Expired' : rating.certificate === 'expiring' ? 'Expires soon' : undefined}
                          disabled={busy === skill.id}
                          onChange={(expiry) => onCertificate(skill.id, rating.selfLevel ?? rating.level, expiry)}
                        />
                      ) : (
                        certificateText(rating)
                      )}
                    </TableCell>
                    <TableCell>
                      {rating.lastReviewed ? formatDay(rating.lastReviewed) : ''}
                      {rating.stale && <span className={styles.muted}> (due for review)</span>}
                    </TableCell>
                    {onValidate && (
                      <TableCell>
                        <ValidateControl skillName={skill.name} personName={person.name} rating={rating} labels={labels} busy={busy === skill.id} onValidate={(level) => onValidate(skill.id, level)} />
                      </TableCell>
                    )}
                  </TableRow>
                ))}
            </TableBody>
          </Table>
        </section>
      ))}
    </>
  );
}
