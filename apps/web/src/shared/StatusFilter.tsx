import { Select } from 'antd';
import { useMessages, type Dictionary } from '../i18n/locale.tsx';
import { common } from './messages.ts';

/** Filters a list by one status, or shows all: the statuses of one kind, labelled and ordered by its dictionary. */
export function StatusFilter<S extends string>({
  label,
  labels,
  value,
  onChange,
  width = 160,
}: {
  label: string;
  labels: Dictionary<S>;
  value: S | undefined;
  onChange: (status: S | undefined) => void;
  width?: number;
}) {
  const m = useMessages(common);
  const names = useMessages(labels);
  return (
    <Select<S | 'all'>
      aria-label={label}
      style={{ width }}
      value={value ?? 'all'}
      onChange={(v) => onChange(v === 'all' ? undefined : v)}
      options={[
        { value: 'all', label: m.all },
        ...(Object.entries(names) as [S, string][]).map(([s, name]) => ({ value: s, label: name })),
      ]}
    />
  );
}
