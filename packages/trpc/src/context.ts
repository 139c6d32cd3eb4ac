import type { Logger } from '@sanbao/logger';
import type { AuthUser } from './auth/user.ts';

/** What every procedure receives. Services add their dependencies by closure, not through context. */
export interface RequestContext {
  requestId: string;
  log: Logger;
  user: AuthUser | null;
  /** Why a presented token was refused; absent when no token was sent. */
  authError?: string | undefined;
}
