import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Input, Select, Space, Tag } from 'antd';
import { useState } from 'react';
import { fieldErrorsOf } from '../../api/errors.ts';
import { parts } from '../../api/trpc.ts';
import { useMessages } from '../../i18n/locale.tsx';
import { QueryState } from '../../shared/QueryState.tsx';
import { StatusTag } from '../../shared/StatusTag.tsx';
import { useChange } from '../../shared/useChange.ts';
import { warehouseText } from './messages.ts';
import { TagScanner } from './TagScanner.tsx';
import { ListTable } from '../../shared/ListTable.tsx';

const outcomes = ['received', 'missing', 'wrong_part', 'damaged_in_transit'] as const;
type Outcome = (typeof outcomes)[number];

/**
 * Confirming an arrived shipment: each scanned tag is received; whatever was not scanned defaults to
 * missing, and the clerk may mark a wrong or damaged part before confirming.
 */
export function ConfirmShipment({ shipmentId, onDone }: { shipmentId: number; onDone: () => void }) {
  const m = useMessages(warehouseText);
  const queryClient = useQueryClient();
  const shipment = useQuery(parts.returns.getShipment.queryOptions({ shipmentId }));
  const confirm = useChange(parts.returns.confirmTags.mutationOptions());
  const [outcome, setOutcome] = useState<Record<number, Outcome>>({});
  const [notes, setNotes] = useState<Record<number, string>>({});
  const [scanError, setScanError] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [scanning, setScanning] = useState(false);

  const onScan = async (barcode: string) => {
    setScanError(null);
    // A tag whose barcode will not scan is typed by the number printed on it: that needs no lookup.
    const typed = shipment.data?.tags.find((t) => t.tagNumber === barcode.toUpperCase());
    if (typed) return setOutcome((o) => ({ ...o, [typed.id]: 'received' }));
    setScanning(true);
    try {
      const tag = await queryClient.fetchQuery(parts.returns.lookupTag.queryOptions({ barcode }));
      if (tag.shipmentId !== shipmentId) setScanError(`${tag.tagNumber}: ${m.notInShipment}`);
      else setOutcome((o) => ({ ...o, [tag.id]: 'received' }));
    } catch (error) {
      setScanError(`${barcode}: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setScanning(false);
    }
  };

  return (
    <QueryState query={shipment}>
      {(s) => (
        <Space direction="vertical" style={{ width: '100%' }}>
          <TagScanner onScan={onScan} busy={scanning} />
          {scanError && <Alert type="error" role="alert" showIcon message={scanError} />}
          <ListTable
            rowKey="id"
            dataSource={s.tags}
            columns={[
              {
                title: m.tag,
                dataIndex: 'tagNumber',
                render: (no: string, t) => (
                  <Space>
                    {no}
                    {outcome[t.id] === 'received' && <Tag color="green">{m.scanned}</Tag>}
                  </Space>
                ),
              },
              { title: '', dataIndex: 'status', render: (st: string) => <StatusTag status={st} /> },
              {
                title: m.outcome,
                key: 'outcome',
                render: (_, t) => (
                  <Select<Outcome>
                    aria-label={`${m.outcome} ${t.tagNumber}`}
                    style={{ width: 150 }}
                    value={outcome[t.id] ?? 'missing'}
                    onChange={(v) => setOutcome((o) => ({ ...o, [t.id]: v }))}
                    options={outcomes.map((o) => ({ value: o, label: m[o] }))}
                  />
                ),
              },
              {
                title: m.note,
                key: 'note',
                render: (_, t) => (
                  <Input
                    aria-label={`${m.note} ${t.tagNumber}`}
                    maxLength={500}
                    value={notes[t.id] ?? ''}
                    onChange={(e) => setNotes((n) => ({ ...n, [t.id]: e.target.value }))}
                  />
                ),
              },
            ]}
          />
          {fieldError && <Alert type="error" role="alert" showIcon message={fieldError} />}
          <Button
            type="primary"
            loading={confirm.pending}
            onClick={() => {
              setFieldError(null);
              void confirm
                .run({
                  shipmentId,
                  tags: s.tags.map((t) => ({
                    tagId: t.id,
                    outcome: outcome[t.id] ?? 'missing',
                    note: notes[t.id]?.trim() || undefined,
                  })),
                })
                .then(onDone)
                .catch((e: unknown) =>
                  setFieldError(
                    fieldErrorsOf(e)
                      .map((f) => `${f.path}: ${f.message}`)
                      .join('; ') || null,
                  ),
                );
            }}
          >
            {m.confirm}
          </Button>
        </Space>
      )}
    </QueryState>
  );
}
