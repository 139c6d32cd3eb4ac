// Users without the admin UI (it comes later): `pnpm --filter @sanbao/gateway user <command>`, against DATABASE_URL.
//   add <username> --role <role> --name <display name> [--provider-id ID] [--warehouse-id ID] [--level 1|2|3] [--locale zh-CN|en-US]
//   password <username>      sets the password read from stdin (one line)
//   unlock <username>        forgets failed logins and a lockout
//   disable <username>       signs the user out everywhere and refuses further logins
import { parseArgs } from 'node:util';
import { createDatabase, sql } from '@sanbao/db';
import { readIdentityDatabaseConfig } from '../config.ts';
import { hashPassword } from './passwords.ts';
import { identitySchemaName, locales, userRoles, type IdentityDatabase, type Locale, type UserRole } from './schema.ts';
import { normalizeUsername, setPasswordHash, upsertUser } from './users.repository.ts';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    role: { type: 'string' },
    name: { type: 'string' },
    'provider-id': { type: 'string' },
    'warehouse-id': { type: 'string' },
    level: { type: 'string' },
    locale: { type: 'string' },
  },
});
const [command, rawUsername] = positionals;
const fail = (message: string): never => {
  process.stderr.write(`${message}\n`);
  process.exit(2);
};
if (!command || !rawUsername)
  fail('usage: user add|password|unlock|disable <username> [options] (see the top of src/identity/user-cli.ts)');
const username = normalizeUsername(rawUsername!);
const config = readIdentityDatabaseConfig();

const readPassword = async () => {
  let text = '';
  for await (const chunk of process.stdin) text += String(chunk);
  const password = text.split('\n')[0] ?? '';
  if (password.length < 12) fail('a password needs at least 12 characters (give it on stdin)');
  return password;
};

const database = createDatabase<IdentityDatabase>({ url: config.DATABASE_URL, schema: identitySchemaName, poolMax: 1 });
const db = database.db;
try {
  if (
    command !== 'add' &&
    !(await db.selectFrom('users').select('username').where('username', '=', username).executeTakeFirst())
  )
    fail(`no user ${username}`);
  switch (command) {
    case 'add': {
      if (!userRoles.includes(values.role as UserRole)) fail(`--role must be one of ${userRoles.join(', ')}`);
      if (!values.name) fail('--name is the display name');
      if (values.locale && !locales.includes(values.locale as Locale))
        fail(`--locale must be one of ${locales.join(', ')}`);
      const passwordHash = await hashPassword(await readPassword());
      await upsertUser(db, {
        username,
        displayName: values.name!,
        role: values.role as UserRole,
        providerId: values['provider-id'],
        warehouseId: values['warehouse-id'],
        approvalLevel: values.level ? Number(values.level) : undefined,
        locale: values.locale as Locale | undefined,
        passwordHash,
      });
      break;
    }
    case 'password':
      await setPasswordHash(db, username, await hashPassword(await readPassword()));
      break;
    case 'unlock':
      await db.deleteFrom('loginThrottle').where('username', '=', username).execute();
      break;
    case 'disable':
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable('users')
          .set({ disabledAt: sql<Date>`now()` })
          .where('username', '=', username)
          .execute();
        await trx
          .updateTable('refreshTokens')
          .set({ revokedAt: sql<Date>`now()`, revokedReason: 'logout' })
          .where('username', '=', username)
          .where('revokedAt', 'is', null)
          .execute();
      });
      break;
    default:
      fail(`unknown command ${command}`);
  }
  process.stdout.write(`${command} ${username}: done\n`);
} finally {
  await database.close();
}
