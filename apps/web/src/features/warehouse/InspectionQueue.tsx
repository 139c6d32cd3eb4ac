import { useQuery } from '@tanstack/react-query';
import { Button, Input, Select, Space } from 'antd';
import { useState } from 'react';
import { fieldErrorsOf } from '../../api/errors.ts';
import { parts } from '../../api/trpc.ts';
import { useMessages } from '../../i18n/locale.tsx';
import { yuanColumn } from '../../shared/format.ts';
import { useKeyset } from '../../shared/keyset.tsx';
import { KeysetTable } from '../../shared/KeysetTable.tsx';
import { useChange } from '../../shared/useChange.ts';
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
  const pager = useKeyset(pageSize);
  const tags = useQuery(
    parts.returns.listTags.queryOptions({ status: 'received', limit: pageSize, beforeId: pager.before }),
  );
  return (
    <KeysetTable
      query={tags}
      pager={pager}
      columns={[
        { title: m.tag, dataIndex: 'tagNumber' },
        { title: m.partCode, dataIndex: 'partClass' },
        yuanColumn('¥', 'unitCostFen'),
        {
          title: m.inspect,
          key: 'inspect',
          render: (_, t) => <InspectRow tagId={t.id} tagNumber={t.tagNumber} />,
        },
      ]}
    />
  );
}
