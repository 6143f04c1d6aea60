/**
 * `notify digest|reminders [--channel teamId/channelId | --chat id | --webhook URL] [--dry-run]`
 *
 * `digest` posts the weekly digest card (upcoming events, actions due in the next 30 days,
 * overdue and Red actions, recently completed, attendance); `reminders` posts one card per open
 * action past its target date, @mentioning its owners. Both read the lists through the data
 * layer (`GRAPH_BASE_URL`, `GRAPH_TOKEN`; the local server and its owner by default) and build
 * the same cards as the tab.
 *
 * Posting through Graph needs a *delegated* sign-in of the person who posts (`npm run login`;
 * ChannelMessage.Send / ChatMessage.Send: Graph does not let applications post messages). Unattended
 * runs sign in as the app (a certificate, `Sites.Selected` on the hub's site) and post through a
 * Teams Workflows webhook (`--webhook`), whose cards are built as Adaptive Cards 1.4. Each post is
 * recorded in the Sent Cards list.
 *
 * `due` posts the announcements scheduled in the tab that are due, each exactly once (postDue.ts);
 * `certificates` sends certificate expiry notices (certificates.ts).
 *
 * Scheduling: README, "Run the digest every Friday" (.github/workflows/weekly-digest.yml and
 * scheduled-posts.yml, and a crontab).
 */
import { createGraphPipeline } from '../../data/graph/pipeline';
import { createHubOnPipeline } from '../../data/createHub';
import { parseSiteArgument, resolveSiteId } from '../../data/site';
import type { DeepLinkOptions } from '../../domain/links';
import { stringOption, type CliCommand, type OptionValues } from '../command';
import { graphFromEnv } from '../localGraph';
import { sendCertificateNotices } from '../notify/certificates';
import { postDue } from '../notify/postDue';
import { sendDigest, sendReminders } from '../notify/sendCards';
import { parseNotifyTarget, type NotifyTarget } from '../notify/target';

const KINDS = ['digest', 'reminders', 'due', 'certificates'] as const;

/** The channel tab's entity id (src/app/services/appSettings.ts CHANNEL_TAB_ENTITY_ID; the config page saves it). */
const CHANNEL_TAB_ENTITY_ID = 'technician-hub';

/**
 * How the cards link into the tab: Teams deep links to the channel tab on the item when the app id
 * is known (`TEAMS_APP_ID`; entity id `TAB_ENTITY_ID`, channel `TEAMS_CHANNEL_ID` / `--link-channel`,
 * else the channel of `--channel team/channel`), with the tab's URL as the browser fallback; else
 * the tab's URL. Teams' entity deep link carries the channel id in `context`, no team id
 * (learn.microsoft.com/microsoftteams/platform/concepts/build-and-test/deep-link-application).
 */
export function notifyLinkOptions(values: OptionValues, env: Readonly<Record<string, string | undefined>>, graphBaseUrl: string, postedToChannel?: string): DeepLinkOptions {
  // The local server serves the tab beside its Graph; real Graph says nothing about where the tab is.
  const local = /\/graph\/v1\.0$/.test(graphBaseUrl) ? graphBaseUrl.replace(/\/graph\/v1\.0$/, '/') : undefined;
  const appBaseUrl = stringOption(values, 'app-url') ?? env.APP_BASE_URL ?? local;
  const teamsAppId = env.TEAMS_APP_ID || undefined;
  const channelId = stringOption(values, 'link-channel') ?? (env.TEAMS_CHANNEL_ID || postedToChannel);
  return {
    ...(appBaseUrl && /^https?:\/\//.test(appBaseUrl) ? { appBaseUrl } : {}),
    ...(teamsAppId ? { teamsAppId, entityId: env.TAB_ENTITY_ID || CHANNEL_TAB_ENTITY_ID, ...(channelId ? { channelId } : {}) } : {}),
  };
}

export const notifyCommand: CliCommand = {
  name: 'notify',
  summary: 'Post the digest, overdue-action reminders or due announcements, or send certificate expiry notices: notify digest|reminders|due|certificates (--channel team/channel | --chat id | --webhook URL) [--within 7|all] [--days 30,7] [--dry-run].',
  options: {
    channel: { type: 'string' },
    chat: { type: 'string' },
    webhook: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    site: { type: 'string', default: 'root' },
    'app-url': { type: 'string' },
    /** The channel whose tab card links open (default TEAMS_CHANNEL_ID, else the --channel posted to). */
    'link-channel': { type: 'string' },
    heading: { type: 'string' },
    /** certificates: days before expiry to tell people, e.g. "30" or "30,7" (default 30). */
    days: { type: 'string', default: '30' },
    /** reminders: only actions overdue by at most this many days (default 7, for a weekly run); "all" for every one. */
    within: { type: 'string', default: '7' },
  },
  async run(values, positionals, io) {
    const kind = positionals[0];
    if (!KINDS.includes(kind as (typeof KINDS)[number]) || positionals.length > 1) {
      io.err(`notify needs what to send: "digest", "reminders", "due" or "certificates" (got ${kind ? `"${positionals.join(' ')}"` : 'nothing'}).`);
      return 2;
    }
    const dryRun = values['dry-run'] === true;
    const channel = stringOption(values, 'channel') ?? io.env.NOTIFY_CHANNEL;
    const chat = stringOption(values, 'chat');
    const webhook = stringOption(values, 'webhook') ?? (channel || chat ? undefined : io.env.NOTIFY_WEBHOOK);
    // `due` posts each announcement to the channel it names, else to --webhook; certificate notices go to activity feeds.
    const targetOptional = dryRun || kind === 'due' || kind === 'certificates';
    const target: NotifyTarget | undefined = targetOptional && !channel && !chat && !webhook ? undefined : parseNotifyTarget({ channel, chat, webhook });

    const env = graphFromEnv(io.env);
    const pipeline = createGraphPipeline({ baseUrl: env.baseUrl, getAccessToken: env.getAccessToken });
    const siteId = await resolveSiteId(pipeline, parseSiteArgument(stringOption(values, 'site') ?? 'root'));
    const hub = createHubOnPipeline(pipeline, siteId);
    const run = {
      hub,
      // An app-only token has no /me: the app is named instead.
      sentBy: dryRun ? 'dry run' : (env.appName ?? (await hub.me()).userPrincipalName),
      clock: () => new Date(),
      target,
      dryRun,
      linkOptions: notifyLinkOptions(values, io.env, env.baseUrl, target?.kind === 'graph' && target.target.kind === 'channel' ? target.target.channelId : undefined),
      log: io.out,
    };
    const within = stringOption(values, 'within') ?? '7';
    const withinDays = within === 'all' ? undefined : Number(within);
    if (withinDays !== undefined && (!Number.isInteger(withinDays) || withinDays < 1)) {
      io.err(`--within must be a whole number of days (1 or more) or "all" (got "${within}").`);
      return 2;
    }
    if (kind === 'certificates') {
      const days = (stringOption(values, 'days') ?? '30').split(',').map((d) => Number(d.trim()));
      if (days.some((d) => !Number.isInteger(d) || d < 0 || d > 366)) {
        io.err(`--days must be whole numbers of days from 0 to 366, separated by commas (got "${stringOption(values, 'days') ?? ''}").`);
        return 2;
      }
      const certificates = await sendCertificateNotices(run, { thresholds: days });
      io.out(dryRun ? 'Dry run: nothing sent.' : `Sent ${certificates.sent} certificate notice(s)${certificates.failed ? `; ${certificates.failed} could not be sent (tried again next run)` : ''}.`);
      return certificates.failed > 0 ? 1 : 0;
    }
    if (kind === 'due') {
      const due = await postDue({ ...run, newClaimId: () => globalThis.crypto.randomUUID(), postsAsPerson: env.mode !== 'app' });
      io.out(`Posted ${due.posted} announcement(s); ${due.taken} taken by another run; ${due.refused} refused (tried again next run); ${due.settled} stopped run(s) settled.`);
      return due.refused > 0 ? 1 : 0;
    }
    const result = kind === 'digest' ? await sendDigest(run, { heading: stringOption(values, 'heading') }) : await sendReminders(run, { withinDays });
    io.out(dryRun ? `Dry run: ${result.cards.length} card(s) built, nothing posted.` : `Posted ${result.posted} card(s).`);
  },
};
