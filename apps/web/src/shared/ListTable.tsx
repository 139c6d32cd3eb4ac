import { Table, type TableProps } from 'antd';

/** A short list shown whole inside a page or drawer (a request's lines, a shipment's tags): compact, never paged. */
export function ListTable<T extends object>(props: Omit<TableProps<T>, 'size' | 'pagination'>) {
  return <Table<T> size="small" pagination={false} {...props} />;
}
