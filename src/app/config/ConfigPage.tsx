/**
 * The configurable tab's configuration page (`#/config`): Teams shows it when someone adds
 * Technician Hub to a channel or group chat. There is nothing to choose — the tab always uses the
 * team's own SharePoint site — so it explains that and tells Teams that Save is ready.
 */
import { useEffect, useState } from 'react';
import { Body1, Card, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import { configPage, registerConfigSave } from '../host';
import { PageHeader } from '../components/PageHeader';
import { ErrorMessage } from '../components/ErrorMessage';
import { CHANNEL_TAB_ENTITY_ID } from '../services/appSettings';
import { useHost } from '../services/HostProvider';

const useStyles = makeStyles({
  root: { maxWidth: '640px', padding: tokens.spacingHorizontalXL },
  card: { padding: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

export function ConfigPage() {
  const styles = useStyles();
  const { host } = useHost();
  const [error, setError] = useState<unknown>();
  const inTeamsSettings = configPage.isSupported();

  useEffect(() => {
    if (!inTeamsSettings) return;
    try {
      const contentUrl = `${location.origin}${location.pathname}#/`;
      const registration = registerConfigSave(() => ({
        contentUrl,
        entityId: CHANNEL_TAB_ENTITY_ID,
        suggestedDisplayName: 'Technician Hub',
        websiteUrl: contentUrl,
      }));
      // Nothing to choose, so Save is ready straight away.
      registration.setValid(true);
    } catch (caught) {
      setError(caught);
    }
  }, [inTeamsSettings]);

  return (
    <main className={styles.root}>
      <PageHeader title="Add Technician Hub to this channel" />
      <Card className={styles.card}>
        <Body1 as="p">Technician Hub brings your network’s Technician Commitment work into this channel:</Body1>
        <ul className={styles.list}>
          <li>the action plan, with owners, RAG status and evidence;</li>
          <li>events, registrations and attendance;</li>
          <li>the skills matrix, with gaps and single points of failure.</li>
        </ul>
        <Body1 as="p">
          Everything is kept in lists on {host.team?.displayName ? `${host.team.displayName}’s` : 'this team’s'} SharePoint site, so
          the team’s own permissions decide who can view and who can edit.
        </Body1>
        {error !== undefined && <ErrorMessage error={error} doing="preparing the tab" />}
        <MessageBar intent="success">
          <MessageBarBody>
            <MessageBarTitle>Ready to save</MessageBarTitle>
            {inTeamsSettings
              ? 'Select Save to add the tab. The first time a team owner opens it, they can set up the lists.'
              : 'In Teams this page appears when you add the tab; there is nothing to set here.'}
          </MessageBarBody>
        </MessageBar>
      </Card>
    </main>
  );
}
