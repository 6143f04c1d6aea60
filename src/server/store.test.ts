import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { StoredItem, StoredList } from './model';
import { GraphStore } from './store';

const who = { id: 'u1', displayName: 'Olivia Owner', email: 'owner@demo.local' };

function newList(store: GraphStore, id = 'list-1'): StoredList {
  const list: StoredList = { id, name: 'Units', displayName: 'Units', description: '', created: 'x', modified: 'x', createdBy: who, columns: [], writeSecurity: 1, views: [], nextItemId: 1 };
  store.saveList(list);
  return list;
}

function newItem(store: GraphStore, list: StoredList, title: string): StoredItem {
  const item: StoredItem = { id: store.allocateItemId(list), guid: `g-${title}`, version: 1, created: 'x', modified: 'x', createdBy: who, modifiedBy: who, values: { Title: title } };
  store.saveItem(list, item);
  return item;
}

describe('the local store', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'graph-store-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('undoes in memory what a rolled-back transaction wrote, so memory and disk agree', () => {
    const store = new GraphStore(dir);
    const list = newList(store);
    const kept = newItem(store, list, 'kept');
    const seq = store.currentSeq();
    expect(() =>
      store.transaction(() => {
        newItem(store, list, 'ghost');
        store.saveItem(list, { ...kept, version: 2, values: { Title: 'changed' } });
        store.deleteItem(list, kept.id, 'y');
        newList(store, 'list-2');
        store.saveMessage('channel:t/c', { id: store.nextMessageId(1000), createdDateTime: 'x' });
        throw new Error('refused');
      }),
    ).toThrow('refused');
    const inMemory = { items: [...(store.items.get(list.id)?.values() ?? [])], lists: [...store.lists.keys()], seq: store.currentSeq(), next: list.nextItemId, messages: store.messages.size, tombstones: store.tombstones.get(list.id) };
    expect(inMemory).toEqual({ items: [kept], lists: [list.id], seq, next: 2, messages: 0, tombstones: [] });
    store.close();

    const reopened = new GraphStore(dir);
    expect([...(reopened.items.get(list.id)?.values() ?? [])]).toEqual([kept]);
    expect([...reopened.lists.keys()]).toEqual([list.id]);
    reopened.close();
  });

  it('brings a deleted list back in memory when the delete is rolled back', () => {
    const store = new GraphStore(dir);
    const list = newList(store);
    const item = newItem(store, list, 'kept');
    expect(() =>
      store.transaction(() => {
        store.deleteList(list);
        throw new Error('refused');
      }),
    ).toThrow('refused');
    expect({ list: store.lists.get(list.id), items: [...(store.items.get(list.id)?.values() ?? [])] }).toEqual({ list, items: [item] });
    store.close();
    const reopened = new GraphStore(dir);
    expect([...(reopened.items.get(list.id)?.values() ?? [])]).toEqual([item]);
    reopened.close();
  });

  it('keeps a savepoint’s rollback to itself: the outer transaction’s writes stay', () => {
    const store = new GraphStore(dir);
    const list = newList(store);
    store.transaction(() => {
      newItem(store, list, 'outer');
      expect(() =>
        store.transaction(() => {
          newItem(store, list, 'inner');
          throw new Error('inner refused');
        }),
      ).toThrow('inner refused');
      newItem(store, list, 'after');
    });
    const titles = (s: GraphStore) => [...(s.items.get(list.id)?.values() ?? [])].map((i) => `${i.id}:${String(i.values.Title)}`);
    expect(titles(store)).toEqual(['1:outer', '2:after']);
    store.close();
    const reopened = new GraphStore(dir);
    expect(titles(reopened)).toEqual(['1:outer', '2:after']);
    reopened.close();
  });

  it('puts a deleted item back in id order when the delete is rolled back', () => {
    const store = new GraphStore(dir);
    const list = newList(store);
    for (const title of ['a', 'b', 'c']) newItem(store, list, title);
    expect(() =>
      store.transaction(() => {
        store.deleteItem(list, 2, 'y');
        throw new Error('refused');
      }),
    ).toThrow();
    expect([...(store.items.get(list.id)?.keys() ?? [])]).toEqual([1, 2, 3]);
    store.close();
  });

  it('opens a list of 200,000 items and gives the next id after the highest (no argument spreading)', () => {
    const store = new GraphStore(dir);
    const list = newList(store);
    store.transaction(() => {
      for (let i = 0; i < 200_000; i += 1) newItem(store, list, `Item ${i}`);
    });
    store.deleteItem(list, 200_000, 'y');
    store.close();

    const reopened = new GraphStore(dir);
    const reloaded = reopened.lists.get(list.id) as StoredList;
    expect(reopened.items.get(list.id)?.size).toBe(199_999);
    expect(reopened.allocateItemId(reloaded)).toBe(200_001);
    reopened.close();
  });
});
