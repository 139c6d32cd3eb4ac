// Collects what the rules grant and refuse for one claim, and folds it into the Decision lists:
// one remedy per kind (the one most favourable to the consumer), no denial of a kind that another
// rule grants, and a citation on every entry.
import type { Denial, Fen, Flag, Remedy, RemedyKind } from './contract.ts';
import { citationFor } from './citations.ts';

export const REMEDY_ORDER: readonly RemedyKind[] = [
  'no_reason_return',
  'refund',
  'replace',
  'replace_part',
  'repair',
  'courtesy_car',
  'paid_repair',
];

export interface GrantTerms {
  free?: boolean;
  refundFen?: Fen;
  depreciationFen?: Fen;
  usageFeeFen?: Fen;
  note?: string;
}

export class Findings {
  readonly remedies: Remedy[] = [];
  readonly denied: Denial[] = [];
  readonly flags = new Set<Flag>();

  grant(kind: RemedyKind, rule: string, terms: GrantTerms = {}): void {
    const remedy: Remedy = { kind, free: terms.free ?? true, rule };
    if (terms.refundFen !== undefined) remedy.refundFen = terms.refundFen;
    if (terms.depreciationFen !== undefined) remedy.depreciationFen = terms.depreciationFen;
    if (terms.usageFeeFen !== undefined) remedy.usageFeeFen = terms.usageFeeFen;
    if (terms.note !== undefined) remedy.note = terms.note;
    remedy.citation = citationFor(rule);
    this.remedies.push(remedy);
  }

  deny(kind: RemedyKind, rule: string, reason: string): void {
    this.denied.push({ kind, rule, reason, citation: citationFor(rule) });
  }

  /** Denies a kind only when no rule has granted or denied it yet (the fallback reason). */
  denyIfOpen(kind: RemedyKind, rule: string, reason: string): void {
    if (this.grants(kind) || this.denied.some((denial) => denial.kind === kind)) return;
    this.deny(kind, rule, reason);
  }

  flag(flag: Flag): void {
    this.flags.add(flag);
  }

  grants(kind: RemedyKind): boolean {
    return this.remedies.some((remedy) => remedy.kind === kind);
  }
}

/** Free before paid, then the larger refund, then the smaller charges; ties keep the earlier rule. */
function moreFavourable(a: Remedy, b: Remedy): boolean {
  if (a.free !== b.free) return a.free;
  const refundA = a.refundFen ?? 0;
  const refundB = b.refundFen ?? 0;
  if (refundA !== refundB) return refundA > refundB;
  const chargesA = (a.usageFeeFen ?? 0) + (a.depreciationFen ?? 0);
  const chargesB = (b.usageFeeFen ?? 0) + (b.depreciationFen ?? 0);
  return chargesA < chargesB;
}

function byRemedyOrder<T extends { kind: RemedyKind }>(a: T, b: T): number {
  return REMEDY_ORDER.indexOf(a.kind) - REMEDY_ORDER.indexOf(b.kind);
}

export function foldRemedies(remedies: readonly Remedy[]): Remedy[] {
  const best = new Map<RemedyKind, Remedy>();
  for (const remedy of remedies) {
    const current = best.get(remedy.kind);
    if (!current || moreFavourable(remedy, current)) best.set(remedy.kind, remedy);
  }
  return [...best.values()].sort(byRemedyOrder);
}

export function foldDenials(denied: readonly Denial[], granted: readonly Remedy[]): Denial[] {
  const grantedKinds = new Set(granted.map((remedy) => remedy.kind));
  const seen = new Set<string>();
  const kept: Denial[] = [];
  for (const denial of denied) {
    const key = `${denial.kind}|${denial.rule}`;
    if (grantedKinds.has(denial.kind) || seen.has(key)) continue;
    seen.add(key);
    kept.push(denial);
  }
  return kept.sort(byRemedyOrder);
}
