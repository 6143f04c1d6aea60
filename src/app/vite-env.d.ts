/// <reference types="vite/client" />

/** Build-time settings of the tab, from env/.env.{env} through teamsapp.yml's "build the tab" step. */
interface ImportMetaEnv {
  /** Entra app (client) id the tab signs in with in Teams (nested app authentication). */
  readonly VITE_AAD_APP_CLIENT_ID?: string;
  /** The app registration's tenant; sign-in uses the person's own tenant when Teams gives it. */
  readonly VITE_AAD_APP_TENANT_ID?: string;
  /** Teams app id from the manifest, for deep links that open the tab inside Teams. */
  readonly VITE_TEAMS_APP_ID?: string;
  /** Our on-behalf-of token exchange endpoint, for Teams clients without nested app auth. */
  readonly VITE_TOKEN_EXCHANGE_URL?: string;
  /** The hub's SharePoint site URL, for personal and group-chat tabs (they have no team site). */
  readonly VITE_HUB_SITE_URL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
