/**
 * What the tab knows about where it is running. Teams and the local server are both hosts; the
 * rest of the app reads a `HostInfo` and never asks teams-js directly (INTERFACES.md).
 */

/** The three Teams themes; Fluent's Teams themes map one to one. */
export type HostTheme = 'default' | 'dark' | 'contrast';

/** Team role as teams-js `UserTeamRole`: 0 owner/admin, 1 member, 2 guest. */
export type TeamUserRole = 0 | 1 | 2;

export interface HostInfo {
  readonly kind: 'teams' | 'local';
  readonly theme: HostTheme;
  /** teams-js `FrameContexts` value: `content`, `settings`, `remove`, `sidePanel`… */
  readonly frameContext?: string;
  /** Deep-link target from the Teams context (`page.subPageId`, the link's `subEntityId`). */
  readonly subPageId?: string;
  readonly user?: { id?: string; upn: string; displayName?: string; tenantId?: string; loginHint?: string };
  readonly team?: { groupId: string; displayName?: string; userRole?: TeamUserRole };
  readonly channel?: { id: string; displayName?: string };
  readonly chat?: { id: string };
  readonly sharePointSite?: { teamSiteUrl?: string; teamSiteDomain?: string; teamSitePath?: string };
  /**
   * The person is in the site's Visitors group. Only the local host can say so: in Teams a site
   * visitor is not in the team and cannot open a team tab, and in personal scope SharePoint's 403
   * tells the tab instead.
   */
  readonly siteVisitor?: boolean;
}

/**
 * The slice of the teams-js v2 surface the host layer uses. The real module satisfies it
 * structurally; tests pass a fake instead of mocking the module globally.
 */
export interface TeamsSdk {
  readonly app: {
    initialize(validMessageOrigins?: string[]): Promise<void>;
    isInitialized(): boolean;
    getContext(): Promise<TeamsContext>;
    notifyAppLoaded(): void;
    notifySuccess(): Promise<unknown>;
    registerOnThemeChangeHandler(handler: (theme: string) => void): void;
  };
  readonly pages: {
    readonly config: {
      isSupported(): boolean;
      registerOnSaveHandler(handler: (event: TeamsSaveEvent) => void): void;
      setConfig(config: TeamsInstanceConfig): Promise<void>;
      setValidityState(valid: boolean): void;
    };
  };
}

/** The fields of teams-js `app.Context` the tab reads (a structural subset of the real type). */
export interface TeamsContext {
  readonly app: { readonly theme?: string; readonly host?: { readonly name?: string } };
  readonly page: { readonly id?: string; readonly frameContext?: string; readonly subPageId?: string };
  readonly user?: {
    readonly id: string;
    readonly displayName?: string;
    readonly loginHint?: string;
    readonly userPrincipalName?: string;
    readonly tenant?: { readonly id: string };
  };
  readonly team?: { readonly groupId?: string; readonly displayName?: string; readonly userRole?: number };
  readonly channel?: { readonly id: string; readonly displayName?: string };
  readonly chat?: { readonly id: string };
  readonly sharePointSite?: { readonly teamSiteUrl?: string; readonly teamSiteDomain?: string; readonly teamSitePath?: string };
}

export interface TeamsSaveEvent {
  notifySuccess(): void;
  notifyFailure(reason?: string): void;
}

export interface TeamsInstanceConfig {
  contentUrl: string;
  entityId?: string;
  suggestedDisplayName?: string;
  websiteUrl?: string;
  removeUrl?: string;
}

/** The parts of `window` host detection reads, so tests run in Node without a DOM. */
export interface HostWindow {
  readonly self: unknown;
  readonly top: unknown;
  readonly location: { readonly href: string };
  readonly localStorage?: Pick<Storage, 'getItem' | 'setItem'>;
  matchMedia?(query: string): { matches: boolean; addEventListener?(type: 'change', listener: () => void): void };
  /** Present in Teams mobile web views, which are not iframes. */
  readonly nativeInterface?: unknown;
}
