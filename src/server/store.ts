/**
 * The embedded store: every list, item and message lives in memory (indexed by list, in id
 * order, so a 26,000-item list pages without touching disk) and every write is persisted in
 * SQLite (`${dataDir}/graph.sqlite`, WAL) before the call returns. `transaction` wraps several
 * writes — a whole `$batch` — in one SQLite transaction.
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
      putMessage: this.db.prepare('INSERT OR REPLACE INTO messages (container, id, json) VALUES (?, ?, ?)'),
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
    for (const list of this.lists.values()) {
      const ids = [...(this.items.get(list.id)?.keys() ?? []), ...(this.tombstones.get(list.id) ?? []).map((t) => t.id)];
      list.nextItemId = Math.max(list.nextItemId, ...ids.map((id) => id + 1));
    }
    for (const row of this.db.prepare<[], { container: string; json: string }>('SELECT container, json FROM messages ORDER BY rowid').iterate()) {
      const list = this.messages.get(row.container) ?? [];
      list.push(JSON.parse(row.json) as StoredMessage);
      this.messages.set(row.container, list);
    }
  }

  /** Runs `fn` in one SQLite transaction (nested calls become savepoints). */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  /** The current change sequence: a delta token means "changes after this". */
  currentSeq(): number {
    return this.seq;
  }

  saveList(list: StoredList): void {
    this.statements.putList.run(list.id, JSON.stringify(list));
    if (!this.lists.has(list.id)) {
      this.items.set(list.id, new Map());
      this.changeSeq.set(list.id, new Map());
      this.tombstones.set(list.id, []);
    }
    this.lists.set(list.id, list);
  }

  /** Removes a list with its items and tombstones (a deleted list goes to SharePoint's recycle bin; locally it is gone). */
  deleteList(list: StoredList): void {
    this.transaction(() => {
      for (const table of ['lists', 'items', 'tombstones']) this.db.prepare(`DELETE FROM ${table} WHERE ${table === 'lists' ? 'id' : 'list_id'} = ?`).run(list.id);
    });
    for (const map of [this.lists, this.items, this.changeSeq, this.tombstones]) map.delete(list.id);
  }

  /** The id for a new item in `list` (kept in memory; recovered from the items on load). */
  allocateItemId(list: StoredList): number {
    const id = list.nextItemId;
    list.nextItemId += 1;
    return id;
  }

  /** Persists an item (new or changed). */
  saveItem(list: StoredList, item: StoredItem): void {
    this.seq += 1;
    this.statements.putItem.run(list.id, item.id, this.seq, JSON.stringify(item));
    this.items.get(list.id)?.set(item.id, item);
    this.changeSeq.get(list.id)?.set(item.id, this.seq);
  }

  deleteItem(list: StoredList, id: number, when: string): void {
    this.seq += 1;
    this.statements.deleteItem.run(list.id, id);
    this.statements.putTombstone.run(list.id, id, this.seq, when);
    this.items.get(list.id)?.delete(id);
    this.changeSeq.get(list.id)?.delete(id);
    this.tombstones.get(list.id)?.push({ id, seq: this.seq, deleted: when });
  }

  saveMessage(container: string, message: StoredMessage): void {
    this.statements.putMessage.run(container, message.id, JSON.stringify(message));
    const list = this.messages.get(container) ?? [];
    list.push(message);
    this.messages.set(container, list);
  }

  close(): void {
    this.db.close();
  }
}
