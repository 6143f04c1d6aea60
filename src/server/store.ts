/**
 * The embedded store: every list, item and message lives in memory (indexed by list, in id
 * order, so a 26,000-item list pages without touching disk) and every write is persisted in
 * SQLite (`${dataDir}/graph.sqlite`, WAL) before the call returns. `transaction` wraps several
 * writes — a whole `$batch` — in one SQLite transaction.
 *
 * Memory shows committed state only: each in-memory change is made after its SQLite statement
 * succeeded and is journalled while a transaction is open; when the transaction rolls back
 * (a refused request, a failed commit) the journal is undone in reverse, so memory and disk
 * agree again before any other request runs (handlers are synchronous: nothing else can read
 * the store between a change and its rollback).
 */
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { StoredItem, StoredList, StoredMessage } from './model';

/** A deleted item, kept for `items/delta` (the `deleted` facet). */
export interface Tombstone {
  readonly id: number;
  readonly deleted: string;
  readonly seq: number;
}

export class GraphStore {
  private readonly db: Database.Database;
  readonly siteCollectionId: string;
  readonly webId: string;
  readonly lists = new Map<string, StoredList>();
  readonly items = new Map<string, Map<number, StoredItem>>();
  /** Change sequence per item (for delta); bumped on every write. */
  readonly changeSeq = new Map<string, Map<number, number>>();
  readonly tombstones = new Map<string, Tombstone[]>();
  readonly messages = new Map<string, StoredMessage[]>();
  private seq = 0;
  /** The highest chatMessage id given (ids are epoch milliseconds, kept unique). */
  private lastMessageId = 0;
  /** Undo steps for the in-memory changes of the open transaction (undefined when none is open). */
  private journal: (() => void)[] | undefined;
  private readonly statements: ReturnType<GraphStore['prepare']>;

  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
    this.db = new Database(join(dataDir, 'graph.sqlite'));
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS lists (id TEXT PRIMARY KEY, json TEXT NOT NULL);
      CREATE TABLE IF NOT EXISTS items (list_id TEXT NOT NULL, id INTEGER NOT NULL, seq INTEGER NOT NULL, json TEXT NOT NULL, PRIMARY KEY (list_id, id));
      CREATE TABLE IF NOT EXISTS tombstones (list_id TEXT NOT NULL, id INTEGER NOT NULL, seq INTEGER NOT NULL, deleted TEXT NOT NULL, PRIMARY KEY (list_id, id));
      CREATE TABLE IF NOT EXISTS messages (container TEXT NOT NULL, id TEXT NOT NULL, json TEXT NOT NULL, PRIMARY KEY (container, id));
    `);
    this.statements = this.prepare();
    this.siteCollectionId = this.metaValue('siteCollectionId', randomUUID);
    this.webId = this.metaValue('webId', randomUUID);
    this.load();
  }

  private prepare() {
    return {
      getMeta: this.db.prepare<[string], { value: string }>('SELECT value FROM meta WHERE key = ?'),
      setMeta: this.db.prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)'),
      putList: this.db.prepare('INSERT OR REPLACE INTO lists (id, json) VALUES (?, ?)'),
      putItem: this.db.prepare('INSERT OR REPLACE INTO items (list_id, id, seq, json) VALUES (?, ?, ?, ?)'),
      deleteItem: this.db.prepare('DELETE FROM items WHERE list_id = ? AND id = ?'),
      putTombstone: this.db.prepare('INSERT OR REPLACE INTO tombstones (list_id, id, seq, deleted) VALUES (?, ?, ?, ?)'),
      // Plain INSERT: a message id is never reused, so a clash fails loudly instead of replacing a message.
      putMessage: this.db.prepare('INSERT INTO messages (container, id, json) VALUES (?, ?, ?)'),
    };
  }

  private metaValue(key: string, make: () => string): string {
    const row = this.statements.getMeta.get(key);
    if (row) return row.value;
    const value = make();
    this.statements.setMeta.run(key, value);
    return value;
  }

  private load(): void {
    for (const row of this.db.prepare<[], { id: string; json: string }>('SELECT id, json FROM lists').iterate()) {
      this.lists.set(row.id, JSON.parse(row.json) as StoredList);
      this.items.set(row.id, new Map());
      this.changeSeq.set(row.id, new Map());
      this.tombstones.set(row.id, []);
    }
    const rows = this.db.prepare<[], { list_id: string; id: number; seq: number; json: string }>('SELECT list_id, id, seq, json FROM items ORDER BY list_id, id').iterate();
    for (const row of rows) {
      this.items.get(row.list_id)?.set(row.id, JSON.parse(row.json) as StoredItem);
      this.changeSeq.get(row.list_id)?.set(row.id, row.seq);
      this.seq = Math.max(this.seq, row.seq);
    }
    for (const row of this.db.prepare<[], { list_id: string; id: number; seq: number; deleted: string }>('SELECT list_id, id, seq, deleted FROM tombstones ORDER BY seq').iterate()) {
      this.tombstones.get(row.list_id)?.push({ id: row.id, seq: row.seq, deleted: row.deleted });
      this.seq = Math.max(this.seq, row.seq);
    }
    // Item ids are never reused: the next id follows the highest id ever given (live or deleted).
    // A loop, not Math.max(...ids): spreading 125,000+ arguments overflows the call stack.
    for (const list of this.lists.values()) {
      let next = list.nextItemId;
      for (const id of this.items.get(list.id)?.keys() ?? []) if (id >= next) next = id + 1;
      for (const t of this.tombstones.get(list.id) ?? []) if (t.id >= next) next = t.id + 1;
      list.nextItemId = next;
    }
    for (const row of this.db.prepare<[], { container: string; json: string }>('SELECT container, json FROM messages ORDER BY rowid').iterate()) {
      const list = this.messages.get(row.container) ?? [];
      const message = JSON.parse(row.json) as StoredMessage;
      list.push(message);
      this.messages.set(row.container, list);
      const numeric = Number(message.id);
      if (Number.isSafeInteger(numeric) && numeric > this.lastMessageId) this.lastMessageId = numeric;
    }
  }

  /** Records how to undo an in-memory change if the open transaction rolls back. */
  private remember(undo: () => void): void {
    this.journal?.push(undo);
  }

  /**
   * Runs `fn` in one SQLite transaction (nested calls become savepoints). If `fn` throws or the
   * commit fails, SQLite rolls back and so does memory: nothing of `fn` remains anywhere.
   */
  transaction<T>(fn: () => T): T {
    const outermost = this.journal === undefined;
    const journal = (this.journal ??= []);
    const mark = journal.length;
    try {
      return this.db.transaction(fn)();
    } catch (error) {
      for (let i = journal.length - 1; i >= mark; i -= 1) journal[i]();
      journal.length = mark;
      throw error;
    } finally {
      if (outermost) this.journal = undefined;
    }
  }

  /** The current change sequence: a delta token means "changes after this". */
  currentSeq(): number {
    return this.seq;
  }

  saveList(list: StoredList): void {
    this.statements.putList.run(list.id, JSON.stringify(list));
    const previous = this.lists.get(list.id);
    if (!previous) {
      this.items.set(list.id, new Map());
      this.changeSeq.set(list.id, new Map());
      this.tombstones.set(list.id, []);
    }
    this.lists.set(list.id, list);
    this.remember(() => {
      if (previous) {
        this.lists.set(list.id, previous);
        return;
      }
      this.lists.delete(list.id);
      this.items.delete(list.id);
      this.changeSeq.delete(list.id);
      this.tombstones.delete(list.id);
    });
  }

  /** Removes a list with its items and tombstones (a deleted list goes to SharePoint's recycle bin; locally it is gone). */
  deleteList(list: StoredList): void {
    this.transaction(() => {
      for (const table of ['lists', 'items', 'tombstones']) this.db.prepare(`DELETE FROM ${table} WHERE ${table === 'lists' ? 'id' : 'list_id'} = ?`).run(list.id);
    });
    const kept = { list: this.lists.get(list.id), items: this.items.get(list.id), seqs: this.changeSeq.get(list.id), tombstones: this.tombstones.get(list.id) };
    for (const map of [this.lists, this.items, this.changeSeq, this.tombstones]) map.delete(list.id);
    // Rolled back with the transaction around it: the list comes back in memory as on disk.
    this.remember(() => {
      if (kept.list) this.lists.set(list.id, kept.list);
      if (kept.items) this.items.set(list.id, kept.items);
      if (kept.seqs) this.changeSeq.set(list.id, kept.seqs);
      if (kept.tombstones) this.tombstones.set(list.id, kept.tombstones);
    });
  }

  /** The id for a new item in `list` (kept in memory; recovered from the items on load). */
  allocateItemId(list: StoredList): number {
    const id = list.nextItemId;
    list.nextItemId += 1;
    this.remember(() => {
      list.nextItemId = id;
    });
    return id;
  }

  /** The id for a new chatMessage: epoch milliseconds, one more than the last when two share a millisecond. */
  nextMessageId(nowMs: number): string {
    const previous = this.lastMessageId;
    this.lastMessageId = Math.max(nowMs, previous + 1);
    this.remember(() => {
      this.lastMessageId = previous;
    });
    return String(this.lastMessageId);
  }

  /** The next change sequence number (undone with the transaction). */
  private bumpSeq(): number {
    const previous = this.seq;
    this.seq += 1;
    this.remember(() => {
      this.seq = previous;
    });
    return this.seq;
  }

  /** Persists an item (new or changed). */
  saveItem(list: StoredList, item: StoredItem): void {
    const seq = this.seq + 1;
    this.statements.putItem.run(list.id, item.id, seq, JSON.stringify(item));
    this.bumpSeq();
    const items = this.items.get(list.id);
    const seqs = this.changeSeq.get(list.id);
    const previous = items?.get(item.id);
    const previousSeq = seqs?.get(item.id);
    items?.set(item.id, item);
    seqs?.set(item.id, seq);
    this.remember(() => {
      if (previous) items?.set(item.id, previous);
      else items?.delete(item.id);
      if (previousSeq !== undefined) seqs?.set(item.id, previousSeq);
      else seqs?.delete(item.id);
    });
  }

  deleteItem(list: StoredList, id: number, when: string): void {
    this.transaction(() => {
      const seq = this.seq + 1;
      this.statements.deleteItem.run(list.id, id);
      this.statements.putTombstone.run(list.id, id, seq, when);
      this.bumpSeq();
      const items = this.items.get(list.id);
      const seqs = this.changeSeq.get(list.id);
      const tombstones = this.tombstones.get(list.id);
      const previous = items?.get(id);
      const previousSeq = seqs?.get(id);
      items?.delete(id);
      seqs?.delete(id);
      tombstones?.push({ id, seq, deleted: when });
      this.remember(() => {
        // Undo runs newest first, so this tombstone is the last one.
        tombstones?.pop();
        if (previousSeq !== undefined) seqs?.set(id, previousSeq);
        if (previous && items) {
          // Put the item back in its place: pages walk the map in id order.
          const entries = [...items.entries(), [id, previous] as const].sort((a, b) => a[0] - b[0]);
          items.clear();
          for (const [key, value] of entries) items.set(key, value);
        }
      });
    });
  }

  saveMessage(container: string, message: StoredMessage): void {
    this.statements.putMessage.run(container, message.id, JSON.stringify(message));
    const list = this.messages.get(container) ?? [];
    const isNew = !this.messages.has(container);
    list.push(message);
    this.messages.set(container, list);
    this.remember(() => {
      list.pop();
      if (isNew) this.messages.delete(container);
    });
  }

  close(): void {
    this.db.close();
  }
}
