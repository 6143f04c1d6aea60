/**
 * Create or edit an event. Times are typed in the viewer's zone and stored in UTC; every rule
 * (end after start, capacity a whole number ≥ 0, registration closing before the start…) is shown
 * beside its field before anything is saved.
 */
import { useState, type FormEvent } from 'react';
import {
  Button, Checkbox, Combobox, Dropdown, Field, Input, makeStyles, Option, Switch, Textarea, tokens,
} from '@fluentui/react-components';
import { eventIssues } from '../../../domain/events/validation';
import type { EventInput } from '../../../domain/events/validation';
import type { Action, Person, Unit } from '../../../domain/model';
import { COMMITMENT_THEMES, EVENT_TYPES } from '../../../domain/vocabulary';
import { FillInChoice } from '../../components/FillInChoice';
import { inputFromForm, type EventFormValues } from './eventFormState';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, maxWidth: '720px' },
  // Fields line up at the top when one of them shows a message beneath it.
  row: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(160px, 1fr))', gap: tokens.spacingHorizontalM, alignItems: 'start' },
  themes: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS },
});

export interface EventFormProps {
  readonly initial: EventFormValues;
  readonly timeZone: string;
  readonly people: readonly Person[];
  readonly units: readonly Unit[];
  readonly actions: readonly Action[];
  readonly submitLabel: string;
  readonly busy: boolean;
  readonly onSubmit: (input: EventInput) => void;
  readonly onCancel: () => void;
}

export function EventForm({ initial, timeZone, people, units, actions, submitLabel, busy, onSubmit, onCancel }: EventFormProps) {
  const styles = useStyles();
  const [values, setValues] = useState(initial);
  const [tried, setTried] = useState(false);
  const set = <K extends keyof EventFormValues>(key: K, value: EventFormValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  const input = inputFromForm(values, timeZone);
  const issues = tried ? eventIssues(input) : [];
  const issueOf = (field: string) => issues.find((i) => i.field === field)?.message;
  const status = (field: string) => (issueOf(field) ? 'error' : 'none');
  const unitName = new Map(units.map((u) => [u.id as string, u.name]));
  const actionLabel = (a: Action) => `${a.reference} ${a.title}`;
  const actionById = new Map(actions.map((a) => [a.id as string, a]));
  const personName = people.find((p) => p.id === values.organiserId)?.name ?? '';

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (eventIssues(input).length === 0) onSubmit(input);
  };

  return (
    <form className={styles.form} onSubmit={submit} noValidate aria-label="Event details">
      <Field label="Title" required validationState={status('title')} validationMessage={issueOf('title')}>
        <Input value={values.title} onChange={(_, d) => set('title', d.value)} maxLength={255} />
      </Field>
      <Field label="Type" required validationState={status('type')} validationMessage={issueOf('type')} hint="Choose one or type your own.">
        <FillInChoice value={values.type} choices={EVENT_TYPES} onChange={(type) => set('type', type)} />
      </Field>
      <div className={styles.row}>
        <Field label="Start date" required validationState={status('start')} validationMessage={issueOf('start')}>
          <Input type="date" value={values.startDate} onChange={(_, d) => setValues((v) => ({ ...v, startDate: d.value, endDate: v.endDate || d.value }))} />
        </Field>
        <Field label="Start time" required>
          <Input type="time" value={values.startTime} onChange={(_, d) => set('startTime', d.value)} />
        </Field>
        <Field label="End date" required validationState={status('end')} validationMessage={issueOf('end')}>
          <Input type="date" value={values.endDate} onChange={(_, d) => set('endDate', d.value)} />
        </Field>
        <Field label="End time" required>
          <Input type="time" value={values.endTime} onChange={(_, d) => set('endTime', d.value)} />
        </Field>
      </div>
      <div className={styles.row}>
        <Field label="Location" validationState={status('location')} validationMessage={issueOf('location')}>
          <Input value={values.location} onChange={(_, d) => set('location', d.value)} maxLength={255} />
        </Field>
        <Field label="Online meeting link" validationState={status('onlineMeetingUrl')} validationMessage={issueOf('onlineMeetingUrl')}>
          <Input type="url" value={values.onlineMeetingUrl} onChange={(_, d) => set('onlineMeetingUrl', d.value)} placeholder="https://teams.microsoft.com/l/meetup-join/…" />
        </Field>
      </div>
      <div className={styles.row}>
        <Field label="Capacity" hint="Places; leave empty for no limit." validationState={status('capacity')} validationMessage={issueOf('capacity')}>
          <Input type="number" min={0} step={1} value={values.capacity} onChange={(_, d) => set('capacity', d.value)} />
        </Field>
        <Field label="Registration closes (date)" validationState={status('registrationDeadline')} validationMessage={issueOf('registrationDeadline')}>
          <Input type="date" value={values.deadlineDate} onChange={(_, d) => set('deadlineDate', d.value)} />
        </Field>
        <Field label="Registration closes (time)">
          <Input type="time" value={values.deadlineTime} onChange={(_, d) => set('deadlineTime', d.value)} />
        </Field>
      </div>
      <Field label="Organiser">
        <Combobox
          value={personName}
          selectedOptions={values.organiserId ? [values.organiserId] : []}
          onOptionSelect={(_, d) => set('organiserId', d.optionValue ?? '')}
          placeholder="Choose a person"
        >
          {people.map((p) => <Option key={p.id} value={p.id}>{p.name}</Option>)}
        </Combobox>
      </Field>
      <Field label="Audience units">
        <Dropdown
          multiselect
          value={values.audienceUnitIds.map((id) => unitName.get(id) ?? id).join(', ')}
          selectedOptions={[...values.audienceUnitIds]}
          onOptionSelect={(_, d) => set('audienceUnitIds', d.selectedOptions)}
          placeholder="Everyone"
        >
          {units.map((u) => <Option key={u.id} value={u.id}>{u.name}</Option>)}
        </Dropdown>
      </Field>
      <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
        <legend>Themes</legend>
        <div className={styles.themes}>
          {COMMITMENT_THEMES.map((theme) => (
            <Checkbox
              key={theme}
              label={theme}
              checked={values.themes.includes(theme)}
              onChange={(_, d) => set('themes', d.checked ? [...values.themes, theme] : values.themes.filter((t) => t !== theme))}
            />
          ))}
        </div>
      </fieldset>
      <Field label="Related actions" hint="Attendance can be recorded as evidence for these.">
        <Dropdown
          multiselect
          value={values.relatedActionIds.map((id) => actionById.get(id)?.reference ?? id).join(', ')}
          selectedOptions={[...values.relatedActionIds]}
          onOptionSelect={(_, d) => set('relatedActionIds', d.selectedOptions)}
          placeholder="None"
        >
          {actions.map((a) => <Option key={a.id} value={a.id} text={actionLabel(a)}>{actionLabel(a)}</Option>)}
        </Dropdown>
      </Field>
      <Field label="Description">
        <Textarea value={values.description} onChange={(_, d) => set('description', d.value)} rows={5} resize="vertical" />
      </Field>
      <Switch label="Cancelled" checked={values.cancelled} onChange={(_, d) => set('cancelled', d.checked)} />
      <div className={styles.buttons}>
        <Button appearance="primary" type="submit" disabled={busy}>{busy ? 'Saving…' : submitLabel}</Button>
        <Button onClick={onCancel} disabled={busy}>Cancel</Button>
      </div>
    </form>
  );
}
