import { lazy, type ComponentType } from 'react';
import { createBrowserRouter, Navigate, Outlet } from 'react-router';
import { AuthProvider, useAuth } from '../auth/AuthProvider.tsx';
import type { Role } from '../auth/session.ts';
import { homeOf } from './navigation.ts';

/** Route-level code splitting: each page is its own chunk, loaded when first visited. */
const page = (load: () => Promise<{ default: ComponentType }>) => async () => ({ Component: (await load()).default });

const Forbidden = lazy(() => import('../features/home/ForbiddenPage.tsx'));

/** A page another role opens shows 403 (the services refuse the data anyway). */
function RequireRole({ roles }: { roles: Role[] }) {
  const { user } = useAuth();
  if (!user) return null;
  return roles.includes(user.role) ? <Outlet /> : <Forbidden />;
}

function Home() {
  const { user } = useAuth();
  if (user === undefined) return null;
  return <Navigate to={user ? homeOf(user.role) : '/login'} replace />;
}

function Root() {
  return (
    <AuthProvider>
      <Outlet />
    </AuthProvider>
  );
}

export const router = createBrowserRouter([
  {
    element: <Root />,
    children: [
      { path: '/login', lazy: page(() => import('../features/login/LoginPage.tsx')) },
      {
        lazy: async () => ({ Component: (await import('./Shell.tsx')).Shell }),
        children: [
          { index: true, element: <Home /> },
          {
            element: <RequireRole roles={['provider']} />,
            children: [{ path: '/provider', lazy: page(() => import('../features/provider/DashboardPage.tsx')) }],
          },
          {
            lazy: page(() => import('./Feedback.tsx')),
            children: [
              {
                element: <RequireRole roles={['provider']} />,
                children: [
                  {
                    path: '/provider/claims/new',
                    lazy: page(() => import('../features/provider/ClaimWizardPage.tsx')),
                  },
                  {
                    path: '/provider/requests',
                    lazy: page(() => import('../features/provider/PartsRequestsPage.tsx')),
                  },
                  { path: '/provider/returns', lazy: page(() => import('../features/provider/ReturnsPage.tsx')) },
                ],
              },
              {
                element: <RequireRole roles={['warehouse']} />,
                children: [
                  { path: '/warehouse', lazy: page(() => import('../features/warehouse/PickShipPage.tsx')) },
                  {
                    path: '/warehouse/returns',
                    lazy: page(() => import('../features/warehouse/IncomingReturnsPage.tsx')),
                  },
                  { path: '/warehouse/stock', lazy: page(() => import('../features/warehouse/StockPage.tsx')) },
                ],
              },
              {
                element: <RequireRole roles={['manager']} />,
                children: [
                  { path: '/manager', lazy: page(() => import('../features/approvals/InboxPage.tsx')) },
                  { path: '/manager/requests', lazy: page(() => import('../features/provider/PartsRequestsPage.tsx')) },
                ],
              },
              {
                element: <RequireRole roles={['provider', 'manager', 'admin', 'finance']} />,
                children: [
                  { path: '/claims', lazy: page(() => import('../features/claims/ClaimsPage.tsx')) },
                  { path: '/claims/:claimId', lazy: page(() => import('../features/claims/ClaimDetailPage.tsx')) },
                ],
              },
            ],
          },
          { path: '/home', lazy: page(() => import('../features/home/HomePage.tsx')) },
          { path: '*', lazy: page(() => import('../features/home/NotFoundPage.tsx')) },
        ],
      },
    ],
  },
]);
