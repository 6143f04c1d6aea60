/** Build-time settings of the tab (Vite `VITE_*` variables), read in one place. */
export interface AppSettings {
  readonly clientId?: string;
  readonly teamsAppId?: string;
  /** The tab's entity id in the manifest, used in deep links (`/l/entity/{appId}/{entityId}`). */
  readonly tabEntityId: string;
  /** Our on-behalf-of endpoint for Teams clients without nested app auth (optional). */
  readonly tokenExchangeUrl?: string;
  /** The sign-in authority for a tenant (the person's own tenant when Teams tells us). */
  authority(tenantId?: string): string;
}

export function appSettings(): AppSettings {
  const env = import.meta.env;
  return {
    clientId: env.VITE_CLIENT_ID || undefined,
    teamsAppId: env.VITE_TEAMS_APP_ID || undefined,
    tabEntityId: env.VITE_TAB_ENTITY_ID || 'technician-hub',
    tokenExchangeUrl: env.VITE_TOKEN_EXCHANGE_URL || undefined,
    authority: (tenantId) => env.VITE_AUTHORITY || `https://login.microsoftonline.com/${tenantId ?? 'organizations'}`,
  };
}
