import { useQueryClient } from '@tanstack/react-query';
import { createContext, use, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { currentUser, logout as endSession, onSessionExpired, type SessionUser } from './session.ts';

interface AuthState {
  /** undefined while the first /auth/me is in flight. */
  user: SessionUser | null | undefined;
  /** True once a session ended because it expired (the login page says so). */
  expired: boolean;
  signedIn: (user: SessionUser) => void;
  signOut: () => Promise<void>;
}

const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<SessionUser | null | undefined>(undefined);
  const [expired, setExpired] = useState(false);
  const navigate = useNavigate();
  const queryClient = useQueryClient();

  useEffect(() => {
    let live = true;
    currentUser()
      .then((u) => live && setUser(u))
      .catch(() => live && setUser(null));
    return () => {
      live = false;
    };
  }, []);

  useEffect(
    () =>
      // The shell sees the user gone and sends the reader to the login page, saying why.
      onSessionExpired(() => {
        setExpired(true);
        setUser(null);
        queryClient.clear();
      }),
    [queryClient],
  );

  const signedIn = useCallback((u: SessionUser) => {
    setExpired(false);
    setUser(u);
  }, []);
  const signOut = useCallback(async () => {
    await endSession();
    queryClient.clear();
    setUser(null);
    void navigate('/login', { replace: true });
  }, [navigate, queryClient]);

  const value = useMemo(() => ({ user, expired, signedIn, signOut }), [user, expired, signedIn, signOut]);
  return <AuthContext value={value}>{children}</AuthContext>;
}

export function useAuth(): AuthState {
  const state = use(AuthContext);
  if (!state) throw new Error('useAuth outside AuthProvider');
  return state;
}

/** The signed-in user; only for pages behind the shell, which waits for one. */
export function useUser(): SessionUser {
  const { user } = useAuth();
  if (!user) throw new Error('useUser without a signed-in user');
  return user;
}
