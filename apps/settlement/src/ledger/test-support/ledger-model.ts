/**
 * An independent in-memory ledger, written from the rules rather than from the posting code, that
 * predicts whether a batch is accepted and every balance afterwards. It shares no code with ledger/.
 */
export type ModelSide = 'debit' | 'credit';
export interface ModelLeg {
  accountId: number;
  side: ModelSide;
  amount: number;
}
export type ModelRequest =
  | { kind: 'posted' | 'pending'; idempotencyKey: string; currency: string; legs: ModelLeg[] }
  | { kind: 'post_pending' | 'void_pending'; idempotencyKey: string; pendingTransferId: number }
  | { kind: 'reversal'; idempotencyKey: string; reversesTransferId: number };

export interface ModelBalance {
  debitsPosted: number;
  creditsPosted: number;
  debitsPending: number;
  creditsPending: number;
}

interface ModelTransfer {
  id: number;
  request: ModelRequest;
  kind: ModelRequest['kind'];
  legs: ModelLeg[];
  /** For posted legs: 'posted' adds, 'pending' reserves, 'post' moves reserved to posted, 'void' releases. */
  mode: 'posted' | 'pending' | 'post' | 'void';
}

export type Prediction =
  | { accepted: true; outcomes: ({ replayOf: number } | { fresh: true; legs: number })[] }
  | { accepted: false; reasons: Set<string> };

const bodyOf = (r: ModelRequest) => {
  const { idempotencyKey: _k, ...rest } = r;
  return JSON.stringify(rest);
};

export class LedgerModel {
  readonly limits = new Map<number, 'debits' | 'credits' | null>();
  balances = new Map<number, ModelBalance>();
  transfers: ModelTransfer[] = [];
  private byKey = new Map<string, ModelTransfer>();
  private resolved = new Set<number>();
  private reversed = new Set<number>();

  addAccount(id: number, limit: 'debits' | 'credits' | null) {
    this.limits.set(id, limit);
    this.balances.set(id, { debitsPosted: 0, creditsPosted: 0, debitsPending: 0, creditsPending: 0 });
  }

  /** Pending transfers not yet posted or voided. */
  openPendings(): ModelTransfer[] {
    return this.transfers.filter((t) => t.kind === 'pending' && !this.resolved.has(t.id));
  }

  /** Transfers that moved posted money and were not reversed yet. */
  reversible(): ModelTransfer[] {
    return this.transfers.filter((t) => t.mode !== 'pending' && t.mode !== 'void' && !this.reversed.has(t.id));
  }

  requestOfKey(key: string): ModelRequest | undefined {
    return this.byKey.get(key)?.request;
  }

  /** What the ledger should do with a batch; `commit` then applies an accepted one with the ids it got. */
  predict(batch: ModelRequest[]): Prediction & { next?: () => ModelTransfer[] } {
    const reasons = new Set<string>();
    const keys = batch.map((r) => r.idempotencyKey);
    if (new Set(keys).size !== keys.length) reasons.add('duplicate_key_in_batch');
    const balances = new Map([...this.balances].map(([id, b]) => [id, { ...b }]));
    const resolved = new Set(this.resolved);
    const reversed = new Set(this.reversed);
    const outcomes: ({ replayOf: number } | { fresh: true; legs: number })[] = [];
    const fresh: Omit<ModelTransfer, 'id'>[] = [];

    for (const r of batch) {
      const stored = this.byKey.get(r.idempotencyKey);
      if (stored) {
        if (bodyOf(stored.request) === bodyOf(r)) outcomes.push({ replayOf: stored.id });
        else reasons.add('idempotency_conflict');
        continue;
      }
      let legs: ModelLeg[] = [];
      let mode: ModelTransfer['mode'];
      if (r.kind === 'posted' || r.kind === 'pending') {
        const debits = r.legs.filter((l) => l.side === 'debit');
        const credits = r.legs.filter((l) => l.side === 'credit');
        const sum = (ls: ModelLeg[]) => ls.reduce((s, l) => s + l.amount, 0);
        if (!debits.length || !credits.length || r.legs.some((l) => !(l.amount > 0)) || sum(debits) !== sum(credits)) {
          reasons.add('invalid_legs');
          continue;
        }
        if (r.legs.some((l) => !this.limits.has(l.accountId))) {
          reasons.add('unknown_account');
          continue;
        }
        legs = r.legs;
        mode = r.kind;
      } else if (r.kind === 'reversal') {
        const target = this.transfers.find((t) => t.id === r.reversesTransferId);
        if (!target) reasons.add('reversal_not_found');
        else if (target.mode === 'pending' || target.mode === 'void') reasons.add('not_reversible');
        else if (reversed.has(target.id)) reasons.add('already_reversed');
        else {
          reversed.add(target.id);
          legs = target.legs.map((l) => ({ ...l, side: l.side === 'debit' ? 'credit' : 'debit' }));
        }
        mode = 'posted';
      } else {
        const pendingTransferId = (r as { pendingTransferId: number }).pendingTransferId;
        const target = this.transfers.find((t) => t.id === pendingTransferId);
        if (!target) reasons.add('pending_not_found');
        else if (target.kind !== 'pending') reasons.add('not_pending');
        else if (resolved.has(target.id)) reasons.add('pending_resolved');
        else {
          resolved.add(target.id);
          legs = target.legs;
        }
        mode = r.kind === 'post_pending' ? 'post' : 'void';
      }
      if (legs.length === 0) continue;
      for (const l of legs) {
        const b = balances.get(l.accountId)!;
        const posted = mode === 'posted' || mode === 'post' ? l.amount : 0;
        const pending = mode === 'pending' ? l.amount : mode === 'posted' ? 0 : -l.amount;
        if (l.side === 'debit') {
          b.debitsPosted += posted;
          b.debitsPending += pending;
        } else {
          b.creditsPosted += posted;
          b.creditsPending += pending;
        }
      }
      for (const id of new Set(legs.map((l) => l.accountId))) {
        const b = balances.get(id)!;
        const limit = this.limits.get(id);
        if (limit === 'debits' && b.debitsPosted + b.debitsPending > b.creditsPosted) reasons.add('limit_exceeded');
        if (limit === 'credits' && b.creditsPosted + b.creditsPending > b.debitsPosted) reasons.add('limit_exceeded');
      }
      outcomes.push({ fresh: true, legs: legs.length });
      fresh.push({ request: r, kind: r.kind, legs, mode });
    }
    if (reasons.size) return { accepted: false, reasons };
    return {
      accepted: true,
      outcomes,
      next: () => {
        this.balances = balances;
        for (const id of resolved) this.resolved.add(id);
        for (const id of reversed) this.reversed.add(id);
        return fresh as ModelTransfer[];
      },
    };
  }

  /** Records the accepted batch's new transfers under the ids the ledger gave them. */
  commit(prediction: { next?: () => ModelTransfer[] }, idsOfKeys: Map<string, number>) {
    for (const t of prediction.next!()) {
      const made = { ...t, id: idsOfKeys.get(t.request.idempotencyKey)! };
      this.transfers.push(made);
      this.byKey.set(made.request.idempotencyKey, made);
    }
  }
}
