/**
 * Build-time settings of the tab, read in one place. The Toolkit's deploy step
 * (teamsapp.yml, "build the tab") passes them as `VITE_*` variables from env/.env.{env}.
 */
export interface AppSettings {
  /** The Entra app registration's client id (`AAD_APP_CLIENT_ID`). */
  readonly clientId?: string;
  /** The Teams app id from the manifest (`TEAMS_APP_ID`), for deep links into Teams. */
  readonly teamsAppId?: string;
  /** Our on-behalf-of endpoint for Teams clients without nested app auth (optional). */
  readonly tokenExchangeUrl?: string;
  /** The hub's SharePoint site (`HUB_SITE_URL`), for a personal or group-chat tab, which has no team site. */
  readonly hubSiteUrl?: string;
  /** The sign-in authority: the person's own tenant when Teams says which, else the app's. */
  authority(tenantId?: string): string;
}

/** `entityId` the configuration page saves for a channel or group-chat tab (deep links use it). */
export const CHANNEL_TAB_ENTITY_ID = 'technician-hub';
/** `entityId` of the personal "My Hub" tab in appPackage/manifest.json. */
export const PERSONAL_TAB_ENTITY_ID = 'myhub';

export function appSettings(): AppSettings {
  const env = import.meta.env;
  return {
    clientId: env.VITE_AAD_APP_CLIENT_ID || undefined,
    teamsAppId: env.VITE_TEAMS_APP_ID || undefined,
    tokenExchangeUrl: env.VITE_TOKEN_EXCHANGE_URL || undefined,
    hubSiteUrl: env.VITE_HUB_SITE_URL || undefined,
    authority: (tenantId) => `https://login.microsoftonline.com/${tenantId ?? (env.VITE_AAD_APP_TENANT_ID || 'organizations')}`,
  };
}
