import { Tag } from 'antd';
import { fill, useMessages } from '../i18n/locale.tsx';
import { daysUntil } from './format.ts';
import { common } from './messages.ts';

/** Days left to a due date: red when overdue, orange in the last three days. */
export function DueCountdown({ due }: { due: string }) {
  const m = useMessages(common);
  const d = daysUntil(due);
  const text = d < 0 ? fill(m.overdue, { d: -d }) : d === 0 ? m.dueToday : fill(m.dueIn, { d });
  return <Tag color={d < 0 ? 'red' : d <= 3 ? 'orange' : 'green'}>{text}</Tag>;
}

/** Hours left to an SLA deadline (an instant). */
export function SlaCountdown({ deadline, now = Date.now() }: { deadline: string; now?: number }) {
  const m = useMessages(common);
  const hours = Math.round((Date.parse(deadline) - now) / 3_600_000);
  const text = hours < 0 ? fill(m.hoursOver, { h: -hours }) : fill(m.hoursLeft, { h: hours });
  return <Tag color={hours < 0 ? 'red' : hours <= 4 ? 'orange' : 'blue'}>{text}</Tag>;
}
