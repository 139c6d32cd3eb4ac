import { createPortal } from 'react-dom';
import { useMessages } from '../../i18n/locale.tsx';
import { Barcode } from './Barcode.tsx';
import { returnText } from './messages.ts';
import './print.css';

export interface PrintableTag {
  id: number;
  tagNumber: string;
  barcode: string;
  providerId: string;
  warehouseId: string;
  partClass: string;
  claimId: string | null;
  partsRequestId: number;
  consumedOn: string;
  dueOn: string;
}

/** The labels that go on the old parts: hidden on screen, the only thing on paper (outside #root). */
export function ReturnTags({ tags }: { tags: PrintableTag[] }) {
  const m = useMessages(returnText);
  return createPortal(
    <section className="return-tags" aria-hidden="true">
      {tags.map((t) => (
        <div className="return-tag" key={t.id}>
          <strong>{m.returnTag}</strong> {t.tagNumber}
          <Barcode value={t.barcode} label={t.tagNumber} />
          <div>
            {m.provider} {t.providerId} → {m.warehouse} {t.warehouseId}
          </div>
          <div>
            {m.partClass} {t.partClass} · {m.request} #{t.partsRequestId} · {m.claimId} {t.claimId ?? '—'}
          </div>
          <div>
            {m.consumedOn} {t.consumedOn} · {m.dueOn} {t.dueOn}
          </div>
        </div>
      ))}
    </section>,
    document.body,
  );
}
