import { Table, type TableProps } from 'antd';
import { KeysetPager, type Keyset } from './keyset.tsx';
import { type QueryLike, QueryState } from './QueryState.tsx';

/**
 * A list the service pages by id: loading, error and empty states, the rows in a small antd Table (no
 * client-side pagination: the service pages), and the back / next pager under it.
 */
export function KeysetTable<T extends { id: number }>({
  query,
  pager,
  size = 'small',
  ...table
}: {
  query: QueryLike<T[]>;
  pager: Keyset;
} & Omit<TableProps<T>, 'dataSource' | 'rowKey' | 'pagination'>) {
  return (
    <QueryState query={query} isEmpty={(rows) => rows.length === 0 && pager.page === 1}>
      {(rows) => (
        <>
          <Table<T> size={size} rowKey="id" pagination={false} dataSource={rows} {...table} />
          <KeysetPager pager={pager} rows={rows} />
        </>
      )}
    </QueryState>
  );
}
