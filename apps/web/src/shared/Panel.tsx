import type { ReactNode } from 'react';
import './light-table.css';

/** A titled section, lighter than antd's Card (which brings Tabs along). */
export function Panel({ title, extra, children }: { title: string; extra?: ReactNode; children: ReactNode }) {
  const id = `panel-${title.replace(/\s+/g, '-')}`;
  return (
    <section className="panel" aria-labelledby={id}>
      <header>
        <h2 id={id}>{title}</h2>
        {extra}
      </header>
      <div>{children}</div>
    </section>
  );
}
