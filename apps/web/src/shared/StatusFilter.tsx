import { Select } from 'antd';
import { useMessages } from '../i18n/locale.tsx';
import { common, statusLabels } from './messages.ts';

/** Filters a list by one status, or shows all: the statuses labelled as everywhere else. */
export function StatusFilter<S extends string>({
  label,
  statuses,
  value,
  onChange,
  width = 160,
}: {
  label: string;
  statuses: readonly S[];
  value: S | undefined;
  onChange: (status: S | undefined) => void;
  width?: number;
}) {
  const m = useMessages(common);
  const labels = useMessages(statusLabels) as Record<string, string>;
  return (
    <Select<S | 'all'>
      aria-label={label}
      style={{ width }}
      value={value ?? 'all'}
      onChange={(v) => onChange(v === 'all' ? undefined : v)}
      options={[{ value: 'all', label: m.all }, ...statuses.map((s) => ({ value: s, label: labels[s] ?? s }))]}
    />
  );
}
