import { PassageIndex, passagesOf } from '../../core/suggest';
import { listTurns, requireDocumentWithText, type Conn, type ProjectStore } from '../../storage';

interface Cached {
  readonly key: string;
  readonly index: PassageIndex;
}

const cache = new WeakMap<Conn, Cached>();

/**
 * The project's passage index, built once for its set of live documents: texts and their turns
 * never change, so only a document added or removed rebuilds it.
 */
export function passageIndex(store: ProjectStore): PassageIndex {
  const docs = store.listDocuments();
  const key = docs
    .map((d) => d.id as string)
    .sort()
    .join(',');
  const hit = cache.get(store.conn);
  if (hit !== undefined && hit.key === key) return hit.index;
  const index = new PassageIndex();
  for (const d of docs) {
    const text = requireDocumentWithText(store.conn, d.id).text;
    index.add(d.id, text, passagesOf(text, listTurns(store.conn, d.id)));
  }
  cache.set(store.conn, { key, index });
  return index;
}
