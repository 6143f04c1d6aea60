/**
 * Local mode's banner: says plainly that the data is on this computer, and lets a person act as
 * any demo person (to see permissions working) and pick a theme.
 */
import { useState } from 'react';
import { Field, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Select, tokens } from '@fluentui/react-components';
import { setLocalTheme, toHostTheme, type HostTheme } from '../host';
import { useHost } from '../services/HostProvider';
import { DEMO_ACCOUNTS, loadDemoPeople, type DemoPerson } from '../services/localDirectory';
import { useAsync } from '../services/useAsync';
import { THEME_LABELS, useTheme } from '../theme/ThemeProvider';

const useStyles = makeStyles({
  root: { borderRadius: 0 },
  body: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalXL, rowGap: tokens.spacingVerticalS, minWidth: 0 },
  text: { flex: '1 1 260px' },
  controls: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, flex: '1 1 auto', minWidth: 0, maxWidth: '100%' },
  field: { flex: '1 1 140px', minWidth: 0, maxWidth: '380px' },
  // A native select is as wide as its longest option unless told otherwise.
  select: { minWidth: 0, width: '100%' },
});

const THEME_ORDER: readonly HostTheme[] = ['default', 'dark', 'contrast'];

export function LocalModeBar() {
  const styles = useStyles();
  const { actingUpn, actAs } = useHost();
  const { theme } = useTheme();
  // The directory (a thousand people, ~170 KB) is read only when someone reaches for the picker
  // (pointer over it, or focus): opening a page should not download it. Until then the three demo
  // accounts every local site has are offered.
  const [wanted, setWanted] = useState(false);
  // Not list items: the directory's users (/users) to act as, read apart from the hub.
  const people = useAsync((signal) => (wanted ? loadDemoPeople(actingUpn, signal) : Promise.resolve(undefined)), [wanted]);
  const want = () => setWanted(true);
  const options: readonly DemoPerson[] = people.data ?? DEMO_ACCOUNTS.map((upn) => ({ upn, displayName: upn }));
  const known = options.some((person) => person.upn.toLowerCase() === actingUpn.toLowerCase());

  return (
    <MessageBar intent="info" layout="multiline" className={styles.root} aria-label="Local mode">
      <MessageBarBody className={styles.body}>
        <div className={styles.text}>
          <MessageBarTitle>Local mode — data is on this computer</MessageBarTitle>
          Nothing here reaches Microsoft 365. Act as a demo person to see what owners, members and visitors can do.
        </div>
        <div className={styles.controls}>
          <Field label="Act as" className={styles.field} validationMessage={people.error ? 'Could not list the demo people.' : undefined}>
            <Select
              className={styles.select}
              select={{ style: { minWidth: 0 } }}
              value={actingUpn}
              onChange={(_, data) => actAs(data.value)}
              onPointerEnter={want}
              onFocus={want}
            >
              {!known && <option value={actingUpn}>{actingUpn}</option>}
              {options.map((person) => (
                <option key={person.upn} value={person.upn}>
                  {person.displayName === person.upn ? person.upn : `${person.displayName} (${person.upn})`}
                </option>
              ))}
            </Select>
          </Field>
          <Field label="Theme" className={styles.field}>
            <Select className={styles.select} value={theme} onChange={(_, data) => setLocalTheme(toHostTheme(data.value))}>
              {THEME_ORDER.map((name) => (
                <option key={name} value={name}>
                  {THEME_LABELS[name]}
                </option>
              ))}
            </Select>
          </Field>
        </div>
      </MessageBarBody>
    </MessageBar>
  );
}
