// The people `npm run up` seeds, one or more per role. Plain data: the dev stack prints this table too.
// Tenants match the parts and warranty test worlds: providers SP-001 and SP-002, warehouse WH-CENTRAL.

export interface DemoUser {
  username: string;
  displayName: string;
  role: 'provider' | 'warehouse' | 'finance' | 'manager' | 'admin';
  providerId?: string;
  warehouseId?: string;
  /** Managers: 1, 2, or 3 for the head of service. */
  approvalLevel?: number;
  /** What the person does in the demo, for the printed table. */
  note: string;
}

export const defaultDemoPassword = 'sanbao-demo-2026';

export const demoUsers: DemoUser[] = [
  {
    username: 'provider1',
    displayName: '华东服务站（SP-001）',
    role: 'provider',
    providerId: 'SP-001',
    note: 'service provider SP-001',
  },
  {
    username: 'provider2',
    displayName: '华南服务站（SP-002）',
    role: 'provider',
    providerId: 'SP-002',
    note: 'service provider SP-002',
  },
  {
    username: 'warehouse1',
    displayName: '中心仓 王仓管',
    role: 'warehouse',
    warehouseId: 'WH-CENTRAL',
    note: 'warehouse WH-CENTRAL',
  },
  { username: 'finance1', displayName: '财务 李会计', role: 'finance', note: 'finance' },
  {
    username: 'manager1',
    displayName: '售后经理 张经理',
    role: 'manager',
    approvalLevel: 1,
    note: 'manager, approval level 1',
  },
  {
    username: 'manager2',
    displayName: '售后总监 刘总监',
    role: 'manager',
    approvalLevel: 2,
    note: 'manager, approval level 2',
  },
  {
    username: 'head1',
    displayName: '服务负责人 陈总',
    role: 'manager',
    approvalLevel: 3,
    note: 'head of service (manager)',
  },
  { username: 'admin1', displayName: '系统管理员', role: 'admin', note: 'admin' },
];
