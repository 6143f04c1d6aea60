/**
 * Registrations the hub does not count because someone other than the registrant or the event's
 * organiser last changed them (through Graph or the list in SharePoint). They are named here, not
 * dropped silently: the registrant can reply again, or the organiser record it, to put it right.
 * The rule is `trustRegistrations`; see docs/rights.md.
 */
import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import type { UncountedRegistration } from '../../../domain/events/registrationTrust';
import type { Person } from '../../../domain/model';

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalXL },
});

/** Who changed it, by name where the People list knows their account, else as SharePoint names them. */
function changerName(entry: UncountedRegistration, people: readonly Person[]): string {
  const id = entry.registration.modifiedById?.toLowerCase();
  const mail = entry.changedBy?.toLowerCase();
  const person = people.find((p) => (id && p.accountId?.toLowerCase() === id) || (!id && mail && p.email.toLowerCase() === mail));
  return person?.name ?? entry.changedBy ?? 'someone';
}

export function NotCountedRegistrations({ entries, people }: { readonly entries: readonly UncountedRegistration[]; readonly people: readonly Person[] }) {
  const styles = useStyles();
  if (entries.length === 0) return null;
  const nameOf = (personId: string) => people.find((p) => p.id === personId)?.name ?? 'Someone no longer listed';
  return (
    <section aria-label="Registrations not counted">
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{entries.length === 1 ? '1 registration is not counted' : `${entries.length} registrations are not counted`}</MessageBarTitle>
          <ul className={styles.list}>
            {entries.map((entry) => (
              <li key={entry.registration.id}>
                {`${nameOf(entry.registration.personId)}: ${entry.registration.response}${entry.registration.attended ? ', attended' : ''} — last changed by ${changerName(entry, people)}. ${entry.reason}`}
              </li>
            ))}
          </ul>
          The person can reply again, or the organiser record their attendance, to put it right.
        </MessageBarBody>
      </MessageBar>
    </section>
  );
}
