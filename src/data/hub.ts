/**
 * The data seam the UI and the CLI code against. `createHub` (src/data/createHub.ts) builds one
 * over the Graph pipeline; the same code talks to real Graph and to the local server — only the
 * base URL and the token provider differ.
 */
import type {
  Action,
  ActionPlan,
  ActionUpdate,
  Draft,
  HubEvent,
  HubSetting,
  Person,
  Registration,
  Skill,
  SkillRating,
  SkillTarget,
  LeavingDateEntry,
  Stored,
  Unit,
} from '../domain/model';
import type { Announcement, AnnouncementRead, SentCard } from '../domain/notices/records';
import type { ActivityService } from './activity';
import type { ListKey } from './schema/types';
import type { CachedList } from './store/cachedList';
import type { ListView } from './store/listStore';

export interface LoadOptions {
  readonly signal?: AbortSignal;
  /** Called as pages arrive, with the number of records loaded so far. */
  readonly onProgress?: (loaded: number) => void;
}

export interface WriteManyOptions {
  readonly signal?: AbortSignal;
  readonly onProgress?: (written: number, total: number) => void;
  /**
   * All-or-nothing: if any write fails, the ones already made are deleted again and the error is
   * thrown (Graph's `$batch` is not transactional, so this is done by compensation).
   */
  readonly atomic?: boolean;
}

/** Equality filters on indexed columns only (Graph needs an index past 5,000 items). */
export type IndexedFilter<T> = Partial<Record<keyof T & string, string | number | boolean>>;

/** Typed access to one SharePoint list. Records are domain types; Graph's `fields` never leave src/data. */
export interface ListRepository<T extends Stored<string>> {
  readonly listKey: ListKey;
  /** Every item, following `@odata.nextLink` with large pages. */
  all(options?: LoadOptions): Promise<T[]>;
  /** Items matching equality filters on indexed columns. */
  where(filter: IndexedFilter<T>, options?: LoadOptions): Promise<T[]>;
  get(id: T['id']): Promise<T>;
  /** Validates against the schema first: a `validation` HubError names each bad field. */
  create(draft: Draft<T>): Promise<T>;
  /** Sends `If-Match: eTag`; a stale eTag rejects with a `conflict` HubError and writes nothing. */
  update(id: T['id'], changes: Partial<Draft<T>>, eTag: string): Promise<T>;
  remove(id: T['id'], eTag?: string): Promise<void>;
  /** Creates through `$batch` (at most 20 a request). */
  createMany(drafts: readonly Draft<T>[], options?: WriteManyOptions): Promise<T[]>;
}

/** A chat message as Graph returns it, reduced to what the "Sent cards" view shows. */
export interface SentMessage {
  readonly id: string;
  readonly createdDateTime: string;
  readonly from?: string;
  /** Adaptive Card JSON of each card attachment. */
  readonly cards: readonly unknown[];
  readonly target: MessageTarget;
}

export type MessageTarget =
  | { readonly kind: 'channel'; readonly teamId: string; readonly channelId: string }
  | { readonly kind: 'chat'; readonly chatId: string };

/** A chat the signed-in person is in (`GET /me/chats`), for choosing where a card goes. */
export interface ChatSummary {
  readonly id: string;
  /** Group chats have a topic; one-on-one chats have none. */
  readonly topic?: string;
  readonly chatType: string;
}

export interface MessageService {
  /** Posts an Adaptive Card as the signed-in user (`POST /teams/{id}/channels/{id}/messages` or `/chats/{id}/messages`). */
  postCard(target: MessageTarget, card: object, summary?: string): Promise<SentMessage>;
  list(target: MessageTarget): Promise<SentMessage[]>;
  /** The signed-in person's chats (`GET /me/chats`, delegated `Chat.ReadWrite`, which the app already asks for). */
  listChats(): Promise<ChatSummary[]>;
}

export interface SignedInUser {
  readonly id: string;
  readonly displayName: string;
  readonly userPrincipalName: string;
  readonly mail?: string;
}

export interface Hub {
  readonly siteId: string;
  readonly units: CachedList<Unit>;
  readonly people: CachedList<Person>;
  readonly plans: CachedList<ActionPlan>;
  readonly actions: CachedList<Action>;
  readonly actionUpdates: CachedList<ActionUpdate>;
  readonly events: CachedList<HubEvent>;
  readonly registrations: CachedList<Registration>;
  readonly skills: CachedList<Skill>;
  readonly ratings: CachedList<SkillRating>;
  /** Competency targets (Skill Targets list). */
  readonly targets: CachedList<SkillTarget>;
  /** Expected leaving dates line managers record (Leaving Dates list). */
  readonly leavingDates: CachedList<LeavingDateEntry>;
  readonly settings: CachedList<HubSetting>;
  readonly announcements: CachedList<Announcement>;
  readonly announcementReads: CachedList<AnnouncementRead>;
  /** What the hub sent (card, target, who, when, message id): what "Sent cards" reads. */
  readonly sentCards: CachedList<SentCard>;
  /**
   * Brings lists up to date with delta, all in one `$batch` (every list by default): what a poll
   * or "Reload" calls. Pages read lists through each one's `store`, which loads on its first
   * reader (`store.ready()`); the lists first read in the same tick share one `$batch`.
   */
  sync(lists?: readonly ListView<unknown>[]): Promise<void>;
  /** Every list's store (for a poll of those on screen). */
  readonly lists: readonly ListView<unknown>[];
  readonly messages: MessageService;
  /** Teams activity feed notifications (`TeamsActivity.Send`). */
  readonly activity: ActivityService;
  /** `GET /me`. */
  me(): Promise<SignedInUser>;
  /** Which of the schema's lists exist on the site (for the first-run provisioning screen). */
  missingLists(): Promise<ListKey[]>;
  /** The site's time zone (IANA): its calendar decides what "today" and a date-only value are. */
  siteTimeZone(): Promise<string>;
}
