import { defineMessages } from '../../i18n/locale.tsx';

export const loginText = defineMessages(
  {
    title: '三包售后服务平台',
    subtitle: '服务商 · 仓库 · 管理',
    username: '用户名',
    password: '密码',
    signIn: '登录',
    required: '必填',
    invalid: '用户名或密码错误',
    locked: '尝试次数过多，账户已锁定，请 {m} 分钟后再试',
    expired: '会话已过期，请重新登录',
    unavailable: '暂时无法登录，请稍后再试',
  },
  {
    title: 'Sanbao after-sales',
    subtitle: 'Providers · Warehouses · Managers',
    username: 'Username',
    password: 'Password',
    signIn: 'Sign in',
    required: 'Required',
    invalid: 'Wrong username or password',
    locked: 'Too many attempts: the account is locked, try again in {m} min',
    expired: 'Your session expired; please sign in again',
    unavailable: 'Sign-in is unavailable right now; try again shortly',
  },
);
