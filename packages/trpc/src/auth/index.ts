export { roles, authUserSchema, type AuthUser, type Role } from './user.ts';
export {
  createTokenVerifier,
  signToken,
  InvalidTokenError,
  type TokenSettings,
  type SignSettings,
  type TokenVerifier,
} from './tokens.ts';
export { systemTokenSource } from './system-token.ts';
export { systemTokenSourceFor, tokenVerifierFor, type AuthConfig, type SigningConfig } from './from-config.ts';
