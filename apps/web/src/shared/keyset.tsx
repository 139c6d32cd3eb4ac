import { Button, Space } from 'antd';
import { useState } from 'react';
import { useMessages } from '../i18n/locale.tsx';
import { common } from './messages.ts';

/**
 * Server-side paging by id (the services page "rows with an id below the previous page's last id"):
 * a stack of cursors so the reader can go forward and back.
 */
export function useKeyset(pageSize: number) {
  const [cursors, setCursors] = useState<number[]>([]);
  return {
    before: cursors.at(-1),
    page: cursors.length + 1,
    pageSize,
    next: (lastId: number) => setCursors((c) => [...c, lastId]),
    back: () => setCursors((c) => c.slice(0, -1)),
    reset: () => setCursors([]),
  };
}

export type Keyset = ReturnType<typeof useKeyset>;

export function KeysetPager({ pager, rows }: { pager: Keyset; rows: { id: number }[] | undefined }) {
  const m = useMessages(common);
  const last = rows?.at(-1);
  return (
    <Space style={{ marginTop: 12 }} role="navigation" aria-label={`${m.prevPage} / ${m.nextPage}`}>
      <Button onClick={pager.back} disabled={pager.page === 1}>
        {m.prevPage}
      </Button>
      <span aria-live="polite">{pager.page}</span>
      <Button onClick={() => last && pager.next(last.id)} disabled={!last || (rows?.length ?? 0) < pager.pageSize}>
        {m.nextPage}
      </Button>
    </Space>
  );
}
