import { Tag } from 'antd';
import type { ServiceStatus } from '../api/statuses.ts';
import { useMessages } from '../i18n/locale.tsx';
import { statusLabels } from './status-labels.ts';

const colors: Partial<Record<ServiceStatus, string>> = {
  approved: 'green',
  received: 'green',
  completed: 'green',
  confirmed: 'green',
  closed: 'default',
  rejected: 'red',
  missing: 'red',
  wrong_part: 'red',
  overdue: 'red',
  cancelled: 'default',
  submitted: 'blue',
  awaiting_approval: 'gold',
  shipped: 'cyan',
  in_transit: 'cyan',
  reserved: 'purple',
};

/** A status exactly as the service reports it, labelled in the reader's language. */
export function StatusTag({ status }: { status: string }) {
  const labels = useMessages(statusLabels) as Record<string, string>;
  return <Tag color={colors[status as ServiceStatus] ?? 'default'}>{labels[status] ?? status}</Tag>;
}

/** The table column that shows a row's status (or state) as a StatusTag. */
export function statusColumn(title: string, dataIndex = 'status') {
  return { title, dataIndex, render: (s: string) => <StatusTag status={s} /> };
}
