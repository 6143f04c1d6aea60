/**
 * A stand-in for the Teams client around the tab, for browser tests: a same-origin page that
 * frames the tab and answers teams-js's postMessage calls (`initialize`, `getContext`, and an
 * empty answer to anything else), records what the tab asked for, and can send the tab a theme
 * change as Teams does. It gives no sign-in, so the tab gets as far as Teams itself gets without
 * an app registration.
 */
import type { Page } from 'playwright-core';

/** What Teams puts into the (legacy) context teams-js turns into `app.getContext()`. */
export interface TeamsHostContext {
  readonly theme?: 'default' | 'dark' | 'contrast';
  readonly subEntityId?: string;
  readonly userPrincipalName: string;
  readonly teamSiteUrl?: string;
}

const HOST_PATH = '/__teams-host.html';

function hostHtml(tabUrl: string, context: TeamsHostContext): string {
  const legacyContext = {
    locale: 'en-gb',
    theme: context.theme ?? 'default',
    frameContext: 'content',
    entityId: 'technician-hub',
    subEntityId: context.subEntityId,
    userPrincipalName: context.userPrincipalName,
    loginHint: context.userPrincipalName,
    userObjectId: '00000000-0000-4000-8000-000000000001',
    tid: '00000000-0000-4000-8000-0000000000aa',
    groupId: '00000000-0000-4000-8000-0000000000bb',
    teamName: 'Technician Network',
    userTeamRole: 1,
    channelId: '19:general@thread.tacv2',
    channelName: 'General',
    teamSiteUrl: context.teamSiteUrl,
    hostClientType: 'web',
    appSessionId: '00000000-0000-4000-8000-0000000000cc',
  };
  const runtime = { apiVersion: 4, hostVersionsInfo: { adaptiveCardSchemaVersion: { majorVersion: 1, minorVersion: 5 } }, supports: { app: {}, appEntity: {}, pages: { config: {}, tabs: {} }, teamsCore: {} } };
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Teams (test host)</title></head>
<body style="margin:0"><iframe id="tab" title="Technician Hub" src="${tabUrl}" style="width:1280px;height:880px;border:0"></iframe>
<script>
  window.hostCalls = [];
  const frame = document.getElementById('tab');
  const context = ${JSON.stringify(legacyContext)};
  const runtime = ${JSON.stringify(JSON.stringify(runtime))};
  window.addEventListener('message', (event) => {
    if (event.source !== frame.contentWindow) return;
    const message = event.data;
    if (!message || typeof message.func !== 'string') return;
    window.hostCalls.push(message.func === 'registerHandler' ? 'registerHandler:' + message.args[0] : message.func);
    const args = message.func === 'initialize' ? ['content', 'web', runtime, '2.58.0'] : message.func === 'getContext' ? [context] : [];
    frame.contentWindow.postMessage({ id: message.id, uuidAsString: message.uuidAsString, args }, '*');
  });
  window.sendTheme = (theme) => frame.contentWindow.postMessage({ func: 'themeChange', args: [theme] }, '*');
</script></body></html>`;
}

/**
 * Opens the tab at `tabUrl` inside the stand-in Teams client (served on the tab's own origin, as
 * teams-js accepts messages from its own origin). Returns the host page; the tab is its frame.
 */
export async function openInTeams(page: Page, tabUrl: string, context: TeamsHostContext): Promise<void> {
  const hostUrl = new URL(HOST_PATH, tabUrl).toString();
  await page.route(hostUrl, (route) => route.fulfill({ contentType: 'text/html', body: hostHtml(tabUrl, context) }));
  await page.goto(hostUrl);
}

/** What the tab has asked of Teams so far (teams-js function names, in order). */
export function teamsCalls(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { hostCalls: string[] }).hostCalls.slice());
}

/** Teams telling the tab the person switched theme. */
export async function sendTeamsTheme(page: Page, theme: 'default' | 'dark' | 'contrast'): Promise<void> {
  await page.evaluate((t) => (window as unknown as { sendTheme(theme: string): void }).sendTheme(t), theme);
}
