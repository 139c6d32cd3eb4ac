export { loadConfig, ConfigError } from './load-config.ts';
export { commonEnv, databaseEnv, temporalEnv, outboxRelayEnv, authEnv, signingAuthEnv, hasTokenKey, tokenKeyRequired, portEnv, requestLimitsEnv, requestLimitsFrom } from './common-env.ts';
