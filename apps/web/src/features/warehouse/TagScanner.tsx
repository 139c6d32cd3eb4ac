import { Input, type InputRef } from 'antd';
import { useRef, useState } from 'react';
import { useMessages } from '../../i18n/locale.tsx';
import { warehouseText } from './messages.ts';

/** A barcode scanner "types" the code and presses Enter; the field clears and keeps focus for the next one. */
export function TagScanner({ onScan, busy }: { onScan: (barcode: string) => Promise<void> | void; busy?: boolean }) {
  const m = useMessages(warehouseText);
  const [value, setValue] = useState('');
  const ref = useRef<InputRef>(null);
  return (
    <Input.Search
      ref={ref}
      aria-label={m.scan}
      placeholder={m.scanHint}
      enterButton={m.scan}
      loading={busy}
      autoFocus
      value={value}
      onChange={(e) => setValue(e.target.value)}
      onSearch={async (code) => {
        const barcode = code.trim();
        if (!barcode) return;
        setValue('');
        await onScan(barcode);
        ref.current?.focus();
      }}
      data-testid="tag-scanner"
    />
  );
}
