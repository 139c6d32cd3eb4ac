import { badRequest } from '@sanbao/trpc';
import { cstDateOf } from '@sanbao/warranty-rules';

/** A unit cannot be delivered or installed before it was invoiced (dates compared in CST). */
export function assertSaleDatesConsistent(sale: { invoiceDate: string; deliveredAt?: string | undefined; installedOn?: string | undefined }) {
  if (sale.deliveredAt && cstDateOf(sale.deliveredAt) < sale.invoiceDate) {
    throw badRequest('deliveredAt', `delivered on ${cstDateOf(sale.deliveredAt)} (CST), before the invoice date ${sale.invoiceDate}`);
  }
  if (sale.installedOn && sale.installedOn < sale.invoiceDate) {
    throw badRequest('installedOn', `installed on ${sale.installedOn}, before the invoice date ${sale.invoiceDate}`);
  }
}
