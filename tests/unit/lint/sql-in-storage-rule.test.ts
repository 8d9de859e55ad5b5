// @ts-expect-error -- the lint config is plain ESM JavaScript without type declarations
import { sqlInStorageRule } from '../../../eslint.config.mjs';
import { at, tester } from './rule-tester';

tester.run('gioia/sql-in-storage', sqlInStorageRule, {
  valid: [
    {
      name: 'a repository runs SQL',
      filename: at('src/storage/coders-repo.ts'),
      code: "const row = conn.get('SELECT id FROM coders WHERE id = ?', [id]);",
    },
    {
      name: 'backend code passes the connection to a repository function',
      filename: at('src/backend/coding/coder-ops.ts'),
      code: 'const coder = requireCoder(store.conn, coderId);',
    },
    {
      name: 'English prose that mentions selecting is not SQL',
      filename: at('src/renderer/messages/coding.ts'),
      code: "const hint = 'Select a passage from the transcript, then update the set of codes.';",
    },
    { name: 'a map read is not a connection read', filename: at('src/backend/x.ts'), code: 'const v = cache.get(store);' },
    { name: 'a test may inspect the database', filename: at('tests/integration/x.test.ts'), code: "db.prepare('SELECT 1 FROM codes');" },
  ],
  invalid: [
    {
      name: 'a SELECT string in the backend',
      filename: at('src/backend/comparison/x.ts'),
      code: "const q = 'SELECT name FROM documents WHERE id = ?';",
      errors: [{ messageId: 'sql' }],
    },
    {
      name: 'a multi-line template statement in the backend',
      filename: at('src/backend/coding/x.ts'),
      code: 'const q = `DELETE FROM segments\n WHERE id = ${id}`;',
      errors: [{ messageId: 'sql' }],
    },
    {
      name: 'an UPDATE in the CLI',
      filename: at('src/cli/x.ts'),
      code: "run('UPDATE codes SET name = ?');",
      errors: [{ messageId: 'sql' }],
    },
    {
      name: 'reading through a store connection',
      filename: at('src/backend/coding/x.ts'),
      code: 'const rows = store.conn.all(sql);',
      errors: [{ messageId: 'conn' }],
    },
    {
      name: 'reading through a connection held in a variable',
      filename: at('electron/main/x.ts'),
      code: 'conn.run(statement);',
      errors: [{ messageId: 'conn' }],
    },
    {
      name: 'preparing a statement',
      filename: at('src/backend/x.ts'),
      code: 'database.prepare(text);',
      errors: [{ messageId: 'prepare' }],
    },
    {
      name: 'a transaction connection with its SQL reports both',
      filename: at('src/backend/exchange/x.ts'),
      code: "tx.conn.get('SELECT name FROM coders WHERE id = ?', [id]);",
      errors: [{ messageId: 'conn' }, { messageId: 'sql' }],
    },
  ],
});
