/**
 * "New event" and "Edit event": the form over the hub. Saving an edit sends the eTag it read,
 * so a change someone else made meanwhile is not overwritten (a conflict says so).
 */
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { assertValidEvent, type EventInput } from '../../../domain/events/validation';

import type { Draft, HubEvent } from '../../../domain/model';
import { ErrorMessage } from '../../components/ErrorMessage';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { useNotify } from '../../services/notify';
import { useHub, useSession } from '../../services/session';
import { EventForm } from './EventForm';
import { emptyForm, formFromEvent } from './eventFormState';
import { useEventsData } from './useEventsData';
import { viewerTimeZone } from './viewerZone';

export function EventEditPage() {
  const { eventId } = useParams();
  const hub = useHub();
  const session = useSession();
  const notify = useNotify();
  const navigate = useNavigate();
  const { data, error, reload } = useEventsData();
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<unknown>();
  const timeZone = viewerTimeZone();
  const existing = eventId ? data?.events.find((e) => e.id === eventId) : undefined;
  const title = eventId ? 'Edit event' : 'New event';

  if (error) return <><PageHeader title={title} /><ErrorMessage error={error} doing="loading the event" onRetry={reload} /></>;
  if (!data) return <><PageHeader title={title} /><LoadingState label="Loading…" /></>;
  if (eventId && !existing) return <><PageHeader title={title} /><ErrorMessage error={new Error('This event no longer exists.')} /></>;

  const save = async (input: EventInput) => {
    setSaving(true);
    setSaveError(undefined);
    try {
      const valid = assertValidEvent(input) as Draft<HubEvent>;
      const saved = existing ? await hub.events.update(existing.id, valid, existing.eTag) : await hub.events.create({ ...valid, cancelled: valid.cancelled ?? false });
      notify.success(existing ? 'Event saved' : 'Event created', saved.title);
      navigate(`/events/${encodeURIComponent(saved.id)}`);
    } catch (e) {
      setSaveError(e);
      setSaving(false);
    }
  };

  return (
    <>
      <PageHeader title={title} eyebrow="Events" subtitle={existing?.title} />
      {saveError !== undefined && <ErrorMessage error={saveError} doing="saving the event" onRetry={existing ? reload : undefined} />}
      <EventForm
        initial={existing ? formFromEvent(existing, timeZone) : emptyForm(session.person?.id)}
        timeZone={timeZone}
        people={data.people}
        units={data.units}
        actions={data.actions}
        submitLabel={existing ? 'Save event' : 'Create event'}
        busy={saving}
        onSubmit={(input) => void save(input)}
        onCancel={() => navigate(existing ? `/events/${encodeURIComponent(existing.id)}` : '/events')}
      />
    </>
  );
}

