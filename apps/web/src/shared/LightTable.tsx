import type { ReactNode } from 'react';
import './light-table.css';

export interface LightColumn<T> {
  title: string;
  render: (row: T) => ReactNode;
  align?: 'left' | 'right';
}

/**
 * A plain HTML table for short read-only lists on the first screen (the dashboard): antd's Table
 * brings pagination, selects and virtual lists the dashboard does not need, and would break the
 * initial-JavaScript budget.
 */
export function LightTable<T>({
  rows,
  columns,
  rowKey,
  caption,
}: {
  rows: T[];
  columns: LightColumn<T>[];
  rowKey: (row: T) => string | number;
  caption: string;
}) {
  return (
    <table className="light-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {columns.map((c, i) => (
            <th key={i} scope="col" style={{ textAlign: c.align ?? 'left' }}>
              {c.title}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)}>
            {columns.map((c, i) => (
              <td key={i} style={{ textAlign: c.align ?? 'left' }}>
                {c.render(row)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
