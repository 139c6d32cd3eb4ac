export { loadConfig, ConfigError } from './load-config.ts';
export { commonEnv, databaseEnv, temporalEnv, authEnv, signingAuthEnv, hasTokenKey, tokenKeyRequired, portEnv } from './common-env.ts';
