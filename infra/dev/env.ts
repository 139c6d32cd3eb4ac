// Development defaults for every process the stack starts. Anything set in the shell wins.
export const devPorts = {
  gateway: 4100,
  warranty: 4101,
  parts: 4102,
  settlement: 4103,
  approvals: 4104,
  worker: 4109,
  postgres: 54329,
  temporal: 7233,
  temporalUi: 8233,
} as const;

export const devSecrets = {
  // Only for local development; production verifies RS256 tokens against JWT_JWKS_URL.
  JWT_SECRET: 'sanbao-dev-secret-change-me-0123456789',
};

/** Feature flags the stack turns on (the shell may turn them off, e.g. SETTLEMENT_HOOK=false). */
export const devFlags = {
  // A completed claim whose work was reported posts its settlement line.
  SETTLEMENT_HOOK: 'true',
};
