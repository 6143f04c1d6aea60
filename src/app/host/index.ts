/**
 * The host layer: where the tab runs (Teams or local mode) and the few host features it uses.
 * Each feature module has `isSupported()` and checks the detected host first, as teams-js's
 * feature modules do; local mode is a host of its own, not a special case sprinkled elsewhere.
 */
export type { HostInfo, HostTheme, HostWindow, TeamUserRole, TeamsSdk, TeamsContext } from './types';
export { detectHost, isFramed, type DetectHostOptions } from './detectHost';
export { activeHost } from './session';
export { fromTeamsContext } from './teamsContext';
export { toHostTheme, initialLocalTheme, LOCAL_THEME_KEY } from './theme';
export { getActingUpn, setActingUpn, readLocalContext, ACTING_UPN_KEY, DEFAULT_ACTING_UPN, LOCAL_CONTEXT_PATH } from './localHost';
export { onThemeChange, setLocalTheme } from './themeChange';
export { notifyAppLoaded, notifySuccess, type SettledScreen } from './lifecycle';
export { registerConfigSave, type TabConfig, type ConfigSaveRegistration } from './configPage';
export * as themeChange from './themeChange';
export * as lifecycle from './lifecycle';
export * as configPage from './configPage';
