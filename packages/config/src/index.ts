export { loadConfig, ConfigError } from './load-config.ts';
export {
  commonEnv,
  logFrom,
  databaseEnv,
  databaseFrom,
  temporalEnv,
  temporalFrom,
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
