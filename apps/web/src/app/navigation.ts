import type { Role } from '../auth/session.ts';
import { defineMessages } from '../i18n/locale.tsx';

export const navLabels = defineMessages(
  {
    dashboard: '工作台',
    newClaim: '三包申请',
    claims: '三包单',
    partsRequests: '配件申请',
    returns: '旧件返厂',
    pickShip: '拣货发货',
    incomingReturns: '旧件收货',
    stock: '库存',
    approvals: '审批',
    home: '首页',
  },
  {
    dashboard: 'Dashboard',
    newClaim: 'New claim',
    claims: 'Claims',
    partsRequests: 'Parts requests',
    returns: 'Old-part returns',
    pickShip: 'Pick & ship',
    incomingReturns: 'Incoming returns',
    stock: 'Stock',
    approvals: 'Approvals',
    home: 'Home',
  },
);

export type NavKey = keyof (typeof navLabels)['en'];

/** Each role's menu; finance and admin pages plug in here later. */
export const menuByRole: Record<Role, { key: NavKey; path: string }[]> = {
  provider: [
    { key: 'dashboard', path: '/provider' },
    { key: 'newClaim', path: '/provider/claims/new' },
    { key: 'claims', path: '/claims' },
    { key: 'partsRequests', path: '/provider/requests' },
    { key: 'returns', path: '/provider/returns' },
  ],
  warehouse: [
    { key: 'pickShip', path: '/warehouse' },
    { key: 'incomingReturns', path: '/warehouse/returns' },
    { key: 'stock', path: '/warehouse/stock' },
  ],
  manager: [
    { key: 'approvals', path: '/manager' },
    { key: 'claims', path: '/claims' },
    { key: 'partsRequests', path: '/manager/requests' },
  ],
  admin: [{ key: 'home', path: '/home' }],
  finance: [{ key: 'home', path: '/home' }],
  system: [{ key: 'home', path: '/home' }],
};

export const homeOf = (role: Role) => menuByRole[role][0]?.path ?? '/home';
