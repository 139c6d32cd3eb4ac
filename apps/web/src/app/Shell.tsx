import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { Suspense } from 'react';
import { Navigate, NavLink, Outlet, useLocation } from 'react-router';
import { useAuth } from '../auth/AuthProvider.tsx';
import { defineMessages, useMessages } from '../i18n/locale.tsx';
import { LocaleSwitch } from '../i18n/LocaleSwitch.tsx';
import { common } from '../shared/messages.ts';
import { menuByRole, navLabels } from './navigation.ts';
import './shell.css';

const shellText = defineMessages(
  { product: '三包售后', logout: '退出登录', menu: '主菜单', user: '当前用户', skip: '跳到主要内容' },
  {
    product: 'Sanbao after-sales',
    logout: 'Sign out',
    menu: 'Main menu',
    user: 'Signed in as',
    skip: 'Skip to content',
  },
);

/**
 * Layout, the role's menu, the user and the language in the header; every signed-in page renders
 * inside. Plain HTML navigation: antd's Menu brings tooltips and motion the first screen pays for.
 */
export function Shell() {
  const { user, expired, signOut } = useAuth();
  const labels = useMessages(navLabels);
  const m = useMessages(shellText);
  const c = useMessages(common);
  const location = useLocation();
  if (user === undefined)
    return (
      <div className="shell-loading" aria-busy="true">
        {c.loading}
      </div>
    );
  if (user === null)
    return (
      <Navigate
        to={`/login?${expired ? 'reason=expired&' : ''}next=${encodeURIComponent(location.pathname + location.search)}`}
        replace
      />
    );
  const items = menuByRole[user.role];
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {m.skip}
      </a>
      <nav className="shell-nav" aria-label={m.menu}>
        <div className="product">{m.product}</div>
        <ul>
          {items.map((i) => (
            <li key={i.path}>
              <NavLink to={i.path} end={items.some((o) => o.path !== i.path && o.path.startsWith(i.path))}>
                {labels[i.key]}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <div className="shell-main">
        <header className="shell-header">
          <LocaleSwitch />
          <span aria-label={m.user} data-testid="current-user">
            <UserOutlined /> {user.displayName} · {user.providerId ?? user.warehouseId ?? user.role}
          </span>
          <Button icon={<LogoutOutlined />} onClick={() => void signOut()}>
            {m.logout}
          </Button>
        </header>
        <main className="shell-content" id="main" tabIndex={-1}>
          <Suspense
            fallback={
              <div className="shell-loading" aria-busy="true">
                {c.loading}
              </div>
            }
          >
            <Outlet />
          </Suspense>
        </main>
      </div>
    </div>
  );
}
