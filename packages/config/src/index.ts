export { loadConfig, ConfigError } from './load-config.ts';
export { commonEnv, databaseEnv, temporalEnv, authEnv, portEnv, requestLimitsEnv, requestLimitsFrom } from './common-env.ts';
