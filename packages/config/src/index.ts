export { loadConfig, ConfigError } from './load-config.ts';
export { commonEnv, databaseEnv, temporalEnv, authEnv, portEnv } from './common-env.ts';
