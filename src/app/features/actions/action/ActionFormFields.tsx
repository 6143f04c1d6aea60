import { Dropdown, Field, Input, makeStyles, Option, Textarea, tokens } from '@fluentui/react-components';
import { readList } from '../../../../domain/actions/import/cells';
import { planThemes } from '../../../../domain/actions/themes';
import { TALENT_RECOMMENDATIONS } from '../../../../domain/actions/talentRecommendations';
import type { FieldIssue } from '../../../../domain/errors';
import type { ActionPlan, Person } from '../../../../domain/model';
import type { ActionFormValues } from './actionForm';
import { OwnerPicker } from './OwnerPicker';

const useStyles = makeStyles({
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(16rem, 1fr))', gap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalM, alignItems: 'start' },
  wide: { gridColumn: '1 / -1' },
});

export interface ActionFormFieldsProps {
  readonly plan: Pick<ActionPlan, 'extraThemes' | 'strategyPillars'>;
  readonly values: ActionFormValues;
  readonly onChange: (values: ActionFormValues) => void;
  readonly issues: readonly FieldIssue[];
  readonly people: readonly Person[];
  readonly nameOf: (id: string) => string;
  /** The plan's word for Red, given while the action is Red: the form then asks why. */
  readonly redLabel?: string;
}

/** Every field of an action, each showing its own validation message. */
export function ActionFormFields({ plan, values, onChange, issues, people, nameOf, redLabel }: ActionFormFieldsProps) {
  const styles = useStyles();
  const message = (field: string) => issues.filter((i) => i.field === field).map((i) => i.message).join(' ') || undefined;
  const set = <K extends keyof ActionFormValues>(key: K) => (value: ActionFormValues[K]) => onChange({ ...values, [key]: value });
  const text = (key: keyof ActionFormValues & string, label: string, options: { multiline?: boolean; required?: boolean; hint?: string; wide?: boolean; type?: 'date' } = {}) => (
    <Field
      label={label}
      required={options.required}
      hint={options.hint}
      validationMessage={message(key)}
      validationState={message(key) ? 'error' : 'none'}
      className={options.wide ? styles.wide : undefined}
    >
      {options.multiline ? (
        <Textarea resize="vertical" value={values[key] as string} onChange={(_, d) => set(key)(d.value as never)} />
      ) : (
        <Input type={options.type} value={values[key] as string} onChange={(_, d) => set(key)(d.value as never)} />
      )}
    </Field>
  );
  return (
    <div className={styles.grid}>
      {text('reference', 'Reference', { required: true, hint: 'As your plan writes it: 1.1, V5, CD7' })}
      {text('title', 'Short title', { required: true })}
      {text('task', 'Task / action', { multiline: true, required: true, wide: true })}
      {redLabel && text('redExplanation', `Why it is ${redLabel}`, { multiline: true, required: true, wide: true, hint: 'The self-assessment asks for a reason for every Red action.' })}
      <Field label="Themes">
        <Dropdown multiselect value={values.themes.join(', ')} selectedOptions={[...values.themes]} onOptionSelect={(_, d) => set('themes')(d.selectedOptions)}>
          {planThemes(plan).map((t) => (
            <Option key={t} value={t}>
              {t}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label="TALENT recommendations" validationMessage={message('talentRefs')}>
        <Dropdown multiselect value={values.talentRefs.join(', ')} selectedOptions={[...values.talentRefs]} onOptionSelect={(_, d) => set('talentRefs')(d.selectedOptions)}>
          {Object.entries(TALENT_RECOMMENDATIONS).map(([ref, words]) => (
            <Option key={ref} value={ref} text={ref} title={words}>
              {`${ref}: ${words.slice(0, 70)}…`}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {text('mainTasks', 'Main tasks', { multiline: true })}
      {text('outcome', 'Outcome / impact / benefit', { multiline: true })}
      {text('successMeasures', 'Success measures', { multiline: true })}
      {text('timeframe', 'Year / timeframe', { hint: 'Year 1-2, Phase 2, 2025/26, Ongoing…' })}
      {text('targetDate', 'Target date', { type: 'date' })}
      <OwnerPicker people={people} value={values.ownerIds} onChange={set('ownerIds')} nameOf={nameOf} />
      {text('ownerRoles', 'Owners by role', { hint: 'SRO, TCWG, PL…' })}
      {text('projectGroup', 'Project group')}
      {plan.strategyPillars.length > 0 ? (
        <Field label="Strategy alignment">
          <Dropdown
            multiselect
            value={values.strategyAlignment}
            selectedOptions={readList(values.strategyAlignment)}
            onOptionSelect={(_, d) => set('strategyAlignment')(d.selectedOptions.join(', '))}
          >
            {[...new Set([...plan.strategyPillars, ...readList(values.strategyAlignment)])].map((p) => (
              <Option key={p} value={p}>
                {p}
              </Option>
            ))}
          </Dropdown>
        </Field>
      ) : (
        text('strategyAlignment', 'Strategy alignment', { hint: 'Pillars separated by commas' })
      )}
    </div>
  );
}
