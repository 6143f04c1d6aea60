import { Dropdown, Field, Input, makeStyles, Option, Textarea, tokens } from '@fluentui/react-components';
import type { NewPlanInput } from '../../../../domain/actions/carryForward';
import { PLAN_STAGES, STATUS_SCHEMES, type StatusSchemeName } from '../../../../domain/vocabulary';

const useStyles = makeStyles({
  // Fields keep their own height: a neighbour's hint or message must not stretch a date input or a
  // dropdown taller than the text fields beside it (issue 14).
  grid: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(14rem, 1fr))', gap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalM, alignItems: 'start' },
});

/**
 * The fields of a plan: title, institution, period, stage, status scheme, its own themes. `schemeLocked`
 * keeps the scheme of a plan that has actions, whose statuses are written in its words.
 */
export function PlanFields({ value, onChange, schemeLocked = false }: { readonly value: NewPlanInput; readonly onChange: (v: NewPlanInput) => void; readonly schemeLocked?: boolean }) {
  const styles = useStyles();
  const missing = (s: string) => (s.trim() === '' ? 'Required' : undefined);
  return (
    <div className={styles.grid}>
      <Field label="Plan title" required validationMessage={missing(value.title)}>
        <Input value={value.title} onChange={(_, d) => onChange({ ...value, title: d.value })} />
      </Field>
      <Field label="Institution" required validationMessage={missing(value.institution)}>
        <Input value={value.institution} onChange={(_, d) => onChange({ ...value, institution: d.value })} />
      </Field>
      <Field label="Period start" required>
        <Input type="date" value={value.periodStart} onChange={(_, d) => onChange({ ...value, periodStart: d.value })} />
      </Field>
      <Field label="Period end" required validationMessage={value.periodEnd <= value.periodStart ? 'The plan must end after it starts.' : undefined}>
        <Input type="date" value={value.periodEnd} onChange={(_, d) => onChange({ ...value, periodEnd: d.value })} />
      </Field>
      <Field label="Stage" hint="1: 24-month plan; 2 and 3: 36-month plans">
        <Dropdown value={value.stage} selectedOptions={[value.stage]} onOptionSelect={(_, d) => onChange({ ...value, stage: (d.optionValue ?? '1') as NewPlanInput['stage'] })}>
          {PLAN_STAGES.map((s) => (
            <Option key={s} value={s}>
              {s}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label="Status scheme" hint={schemeLocked ? 'Kept while the plan has actions: their statuses are in its words.' : 'Each word maps onto Red, Amber, Green or complete for reports.'}>
        <Dropdown disabled={schemeLocked} value={value.statusScheme} selectedOptions={[value.statusScheme]} onOptionSelect={(_, d) => onChange({ ...value, statusScheme: (d.optionValue ?? value.statusScheme) as StatusSchemeName })}>
          {STATUS_SCHEMES.map((s) => (
            <Option key={s} value={s}>
              {s}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label="Plan’s own themes" hint="Besides the four Commitment themes; one a line">
        <Textarea value={value.extraThemes.join('\n')} onChange={(_, d) => onChange({ ...value, extraThemes: d.value.split('\n') })} />
      </Field>
      <Field label="Strategy pillars" hint="One a line">
        <Textarea value={value.strategyPillars.join('\n')} onChange={(_, d) => onChange({ ...value, strategyPillars: d.value.split('\n') })} />
      </Field>
    </div>
  );
}

/** Blank lines out of the list fields before saving. */
export function tidyPlanInput(v: NewPlanInput): NewPlanInput {
  const lines = (xs: readonly string[]) => xs.map((x) => x.trim()).filter((x) => x !== '');
  return { ...v, title: v.title.trim(), institution: v.institution.trim(), extraThemes: lines(v.extraThemes), strategyPillars: lines(v.strategyPillars) };
}

/** Whether the plan fields can be saved. */
export function planInputComplete(v: NewPlanInput): boolean {
  return v.title.trim() !== '' && v.institution.trim() !== '' && v.periodStart !== '' && v.periodEnd > v.periodStart;
}
