/** The analysis use cases for front ends that work on one project file (the CLI). */
import type { ProjectStore } from '../../storage';
import { ProjectStore as Store } from '../../storage';
export { exportStructure } from './structure-export';
export { exportQuotesTable, getQuotesTable, analysisQuotes } from './quotes';
export { exportMatrix, getMatrix } from './matrix';
export { TEXT_FORMATS } from './files';

/** Opens an existing project file for reading, runs `fn` and always closes it. */
export async function withProjectFile<T>(path: string, fn: (store: ProjectStore) => Promise<T> | T): Promise<T> {
  const store = await Store.open(path, { create: false });
  try {
    return await fn(store);
  } finally {
    store.close();
  }
}
