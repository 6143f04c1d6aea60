import { activeHost, notSupportedHere, requireHost } from './session';

/** What the configurable tab saves when the person presses Save in Teams' "add a tab" dialog. */
export interface TabConfig {
  /** The page the tab shows, e.g. `https://hub.example.ac.uk/#/`. */
  readonly contentUrl: string;
  /** Our id for this tab instance; deep links use it as `{entityId}`. */
  readonly entityId: string;
  readonly suggestedDisplayName?: string;
  readonly websiteUrl?: string;
}

/** Controls the configuration page hands back to the page that registered. */
export interface ConfigSaveRegistration {
  /** Enables or disables Teams' Save button (call with `true` once the choices are valid). */
  setValid(valid: boolean): void;
}

/**
 * Only the Teams configuration frame (`frameContext === 'settings'`) can save a tab's
 * configuration; everywhere else (including local mode) the page should explain instead.
 */
export function isSupported(): boolean {
  const host = activeHost();
  return host?.kind === 'teams' && host.info.frameContext === 'settings' && host.sdk.pages.config.isSupported();
}

/**
 * Registers the save handler of the configuration page: on Save, reads the configuration from
 * `getConfig` (so the latest choices win), calls `pages.config.setConfig` and reports success or
 * the failure reason to Teams.
 */
export function registerConfigSave(getConfig: () => TabConfig | Promise<TabConfig>): ConfigSaveRegistration {
  const host = requireHost('Saving the tab configuration');
  if (host.kind !== 'teams' || !isSupported()) throw notSupportedHere('Saving the tab configuration', host);
  const { config } = host.sdk.pages;
  config.registerOnSaveHandler((event) => {
    void (async () => {
      try {
        const tab = await getConfig();
        await config.setConfig({
          contentUrl: tab.contentUrl,
          entityId: tab.entityId,
          suggestedDisplayName: tab.suggestedDisplayName,
          websiteUrl: tab.websiteUrl ?? tab.contentUrl,
        });
        event.notifySuccess();
      } catch (error) {
        event.notifyFailure(error instanceof Error ? error.message : 'The tab configuration could not be saved.');
      }
    })();
  });
  return { setValid: (valid) => config.setValidityState(valid) };
}
