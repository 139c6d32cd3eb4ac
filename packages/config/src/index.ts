export { loadConfig, ConfigError } from './load-config.ts';
export {
  commonEnv,
  logFrom,
  databaseEnv,
  databaseFrom,
  temporalEnv,
  outboxRelayEnv,
  outboxRelayFrom,
  authEnv,
  signingAuthEnv,
  hasTokenKey,
  tokenKeyRequired,
  portEnv,
  listenFrom,
  requestLimitsEnv,
  requestLimitsFrom,
} from './common-env.ts';
