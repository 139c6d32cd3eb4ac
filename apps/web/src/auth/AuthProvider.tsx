import { useQueryClient } from '@tanstack/react-query';
import { createContext, use, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { currentUser, logout as endSession, onSessionExpired, type SessionUser } from './session.ts';

interface AuthState {
  /** undefined while the first /auth/me is in flight. */
  user: SessionUser | null | undefined;
  signedIn: (user: SessionUser) => void;
  signOut: () => Promise<void>;
}

const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<SessionUser | null | undefined>(undefined);
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
      onSessionExpired(() => {
        setUser(null);
        queryClient.clear();
        void navigate('/login?reason=expired', { replace: true });
      }),
    [navigate, queryClient],
  );

  const signedIn = useCallback((u: SessionUser) => setUser(u), []);
  const signOut = useCallback(async () => {
    await endSession();
    queryClient.clear();
    setUser(null);
    void navigate('/login', { replace: true });
  }, [navigate, queryClient]);

  const value = useMemo(() => ({ user, signedIn, signOut }), [user, signedIn, signOut]);
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
