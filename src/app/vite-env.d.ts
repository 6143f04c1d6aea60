/// <reference types="vite/client" />

/** Build-time settings of the tab (Vite `VITE_*` variables; see env/ and the README). */
interface ImportMetaEnv {
  /** Entra app (client) id the tab signs in with in Teams (nested app authentication). */
  readonly VITE_CLIENT_ID?: string;
  /** Authority, e.g. `https://login.microsoftonline.com/organizations` or a tenant's. */
  readonly VITE_AUTHORITY?: string;
  /** Teams app id from the manifest, for deep links that open the tab inside Teams. */
  readonly VITE_TEAMS_APP_ID?: string;
  /** The static tab's entity id, for deep links from a personal scope. */
  readonly VITE_TAB_ENTITY_ID?: string;
  /** Our on-behalf-of token exchange endpoint, for Teams clients without nested app auth. */
  readonly VITE_TOKEN_EXCHANGE_URL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
