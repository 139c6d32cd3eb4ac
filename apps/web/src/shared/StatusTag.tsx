import { Tag } from 'antd';
import { useMessages } from '../i18n/locale.tsx';
import { statusLabels } from './messages.ts';

const colors: Record<string, string> = {
  approved: 'green',
  received: 'green',
  completed: 'green',
  confirmed: 'green',
  closed: 'default',
  defect_confirmed: 'green',
  rejected: 'red',
  missing: 'red',
  wrong_part: 'red',
  overdue: 'red',
  cancelled: 'default',
  not_warranty: 'red',
  submitted: 'blue',
  awaiting_approval: 'gold',
  shipped: 'cyan',
  in_transit: 'cyan',
  reserved: 'purple',
};

/** A status exactly as the service reports it, labelled in the reader's language. */
export function StatusTag({ status }: { status: string }) {
  const labels = useMessages(statusLabels) as Record<string, string>;
  return <Tag color={colors[status] ?? 'default'}>{labels[status] ?? status}</Tag>;
}

/** The table column that shows a row's status (or state) as a StatusTag. */
export function statusColumn(title: string, dataIndex = 'status') {
  return { title, dataIndex, render: (s: string) => <StatusTag status={s} /> };
}
