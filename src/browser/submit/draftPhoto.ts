/** The draft's photo, kept in IndexedDB (too big for localStorage) so a failed send or a reload keeps it. */
const STORE = 'photos';

function openDb(): Promise<IDBDatabase | undefined> {
  return new Promise((resolve) => {
    try {
      const req = indexedDB.open('cailing-drafts', 1);
      req.onupgradeneeded = () => req.result.createObjectStore(STORE);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => resolve(undefined);
    } catch {
      resolve(undefined);
    }
  });
}

/** Keeps `photo` under `key` (or forgets it when `undefined`); silently does nothing where IndexedDB is off. */
export async function saveDraftPhoto(key: string, photo: Blob | undefined): Promise<void> {
  const db = await openDb();
  if (!db) return;
  await new Promise<void>((resolve) => {
    const tx = db.transaction(STORE, 'readwrite');
    if (photo) tx.objectStore(STORE).put(photo, key); else tx.objectStore(STORE).delete(key);
    tx.oncomplete = tx.onerror = () => resolve();
  });
  db.close();
}

export async function loadDraftPhoto(key: string): Promise<Blob | undefined> {
  const db = await openDb();
  if (!db) return undefined;
  const blob = await new Promise<Blob | undefined>((resolve) => {
    const req = db.transaction(STORE).objectStore(STORE).get(key);
    req.onsuccess = () => resolve(req.result instanceof Blob ? req.result : undefined);
    req.onerror = () => resolve(undefined);
  });
  db.close();
  return blob;
}
