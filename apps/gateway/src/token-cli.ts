// Mints a development JWT for a role: `pnpm token provider --provider-id SP-001`.
import { parseArgs } from 'node:util';
import { roles, signToken, type Role } from '@sanbao/trpc/auth';
import { readGatewayConfig } from './config.ts';
import { signingFrom } from './signing.ts';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    'provider-id': { type: 'string' },
    'warehouse-id': { type: 'string' },
    sub: { type: 'string' },
    ttl: { type: 'string', default: '3600' },
  },
});
const role = positionals[0] as Role | undefined;
if (!role || !roles.includes(role)) {
  process.stderr.write(
    `usage: token <${roles.join('|')}> [--provider-id ID] [--warehouse-id ID] [--sub NAME] [--ttl SECONDS]\n`,
  );
  process.exit(2);
}
// The config requires JWT_SECRET (the dev stack uses the value in infra/dev/env.ts).
const config = readGatewayConfig();
const user = {
  sub: values.sub ?? `dev-${role}`,
  role,
  ...(values['provider-id'] ? { providerId: values['provider-id'] } : {}),
  ...(values['warehouse-id'] ? { warehouseId: values['warehouse-id'] } : {}),
};
const token = await signToken(user, signingFrom(config, Number(values.ttl)));
process.stdout.write(`${token}\n`);
