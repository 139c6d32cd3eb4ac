import { Button, Input, Select, Space } from 'antd';
import { useState } from 'react';
import { fieldErrorsOf } from '../../api/errors.ts';
import { parts } from '../../api/trpc.ts';
import { useMessages } from '../../i18n/locale.tsx';
import { KeysetTable } from '../../shared/KeysetTable.tsx';
import { useChange } from '../../shared/useChange.ts';
import { useReturnTags, useTagColumns } from '../returns/tag-list.tsx';
import { warehouseText } from './messages.ts';

const results = ['defect_confirmed', 'no_fault_found', 'misuse', 'not_our_part'] as const;
type Result = (typeof results)[number];
const pageSize = 20;

function InspectRow({ tagId, tagNumber }: { tagId: number; tagNumber: string }) {
  const m = useMessages(warehouseText);
  const [result, setResult] = useState<Result>('defect_confirmed');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | undefined>();
  const inspect = useChange(parts.returns.recordInspection.mutationOptions());
  return (
    <Space>
      <Select<Result>
        aria-label={`${m.outcome} ${tagNumber}`}
        style={{ width: 160 }}
        value={result}
        onChange={setResult}
        options={results.map((r) => ({ value: r, label: m[r] }))}
      />
      <Input
        aria-label={`${m.note} ${tagNumber}`}
        status={error ? 'error' : undefined}
        placeholder={error ?? m.note}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        maxLength={500}
      />
      <Button
        loading={inspect.pending}
        onClick={() => {
          if (result !== 'defect_confirmed' && !note.trim()) return setError(m.noteRequired);
          setError(undefined);
          void inspect
            .run({ tagId, outcome: result, note: note.trim() || undefined })
            .catch((e: unknown) => setError(fieldErrorsOf(e).find((f) => f.path === 'note')?.message));
        }}
      >
        {m.inspect}
      </Button>
    </Space>
  );
}

/** Received old parts waiting for the inspection result. */
export function InspectionQueue() {
  const m = useMessages(warehouseText);
  const { pager, tags } = useReturnTags('received', pageSize);
  const column = useTagColumns();
  return (
    <KeysetTable
      query={tags}
      pager={pager}
      columns={[
        column.tagNumber,
        column.partClass,
        column.value,
        { title: m.inspect, key: 'inspect', render: (_, t) => <InspectRow tagId={t.id} tagNumber={t.tagNumber} /> },
      ]}
    />
  );
}
