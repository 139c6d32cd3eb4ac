// Canned answers of the services for the browser smoke test: shaped like the real procedures'
// outputs (the same field names), so the pages render as they would against the stack.
import type {
  DecideOutput,
  InboxListOutput,
  InboxTask,
  RequestTimeline,
} from '../../src/features/approvals/contract.ts';

const now = Date.now();
const iso = (offsetHours: number) => new Date(now + offsetHours * 3_600_000).toISOString();
const day = (offsetDays: number) => new Date(now + 8 * 3_600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);

export const users = {
  provider1: { username: 'provider1', displayName: '张伟', role: 'provider', providerId: 'SP-001', locale: 'zh-CN' },
  warehouse1: {
    username: 'warehouse1',
    displayName: '李娜',
    role: 'warehouse',
    warehouseId: 'WH-EAST',
    locale: 'zh-CN',
  },
  manager1: { username: 'manager1', displayName: '王强', role: 'manager', locale: 'zh-CN' },
} as const;
export type Username = keyof typeof users;
export const demoPassword = 'demo-pass-2026';

const decision = {
  remedies: [
    { kind: 'replace', free: true, rule: 'G7', citation: '《部分商品修理更换退货责任规定》第十一条 / R1995 Art 11' },
    { kind: 'repair', free: true, rule: 'G3', citation: '《部分商品修理更换退货责任规定》第九条 / R1995 Art 9' },
    {
      kind: 'refund',
      free: false,
      rule: 'G8',
      refundFen: 329900,
      depreciationFen: 26392,
      citation: '《部分商品修理更换退货责任规定》第十二条 / R1995 Art 12',
    },
  ],
  denied: [
    {
      kind: 'no_reason_return',
      rule: 'H2',
      reason: 'the 7-day no-reason period ended',
      citation: '《网络购买商品七日无理由退货暂行办法》第六条 / NR7 Art 6',
    },
  ],
  coverage: { startsOn: day(-40), wholeUnitEndsOn: day(325), mainPartEndsOn: day(690), extensionDays: 0 },
  flags: ['burden_of_proof_on_operator'],
};

const claim = (id: number, state: string, chosen: string | null = null) => ({
  id,
  claimNo: `CL-2026-${String(id).padStart(5, '0')}`,
  serial: `DEMO-TV-${String(id).padStart(4, '0')}`,
  modelCode: 'TV-55A',
  providerId: 'SP-001',
  type: 'quality',
  state,
  raisedAt: iso(-30 - id),
  description: '开机无图像，有声音',
  chosenRemedy: chosen,
  chosenRule: chosen ? 'G7' : null,
  chosenAmountFen: chosen ? 0 : null,
  createdAt: iso(-30 - id),
  updatedAt: iso(-2),
});

const claims = [
  claim(12, 'adjudicated'),
  claim(11, 'remedy_chosen', 'replace'),
  claim(10, 'in_progress', 'repair'),
  claim(9, 'completed', 'repair'),
];

const claimDetail = (id: number) => ({
  ...(claims.find((c) => c.id === id) ?? claim(id, 'adjudicated')),
  adjudication: { id: 1, decision, engineVersion: '2.0.0', policyId: 'TV', policyVersion: 3, adjudicatedAt: iso(-20) },
  events: [
    { from: null, to: 'opened', actor: 'provider1', role: 'provider', reason: null, at: iso(-20) },
    { from: 'opened', to: 'adjudicated', actor: 'provider1', role: 'provider', reason: null, at: iso(-20) },
  ],
});

const line = (id: number, code: string, qty: number, cost: number, received = 0, consumed = 0) => ({
  id,
  lineNo: id,
  requestedCode: code,
  partCode: code,
  quantity: qty,
  unitCostFen: cost,
  quantityReceived: received,
  quantityConsumed: consumed,
  nameZh: '主板',
  nameEn: 'Main board',
  partClass: 'board',
  returnable: true,
  createdAt: iso(-48),
  updatedAt: iso(-2),
});

const request = (id: number, status: string, lines = [line(id * 10, 'TV55-MB', 1, 68000)]) => ({
  id,
  requestNumber: `PR-2026-${String(id).padStart(5, '0')}`,
  providerId: 'SP-001',
  warehouseId: 'WH-EAST',
  purpose: 'warranty',
  claimId: 'CL-2026-00012',
  serial: 'DEMO-TV-0012',
  modelCode: 'TV-55A',
  status,
  totalValueFen: lines.reduce((s, l) => s + l.unitCostFen * l.quantity, 0),
  overCreditLimit: status === 'submitted',
  exposureAtSubmitFen: 1_250_000,
  carrier: status === 'shipped' ? '顺丰速运' : null,
  trackingNumber: status === 'shipped' ? 'SF1234567890' : null,
  note: null,
  createdBy: 'provider1',
  submittedAt: iso(-30),
  decidedAt: null,
  shippedAt: null,
  createdAt: iso(-30),
  updatedAt: iso(-2),
  lines,
});

const requests = [
  request(21, 'submitted', [line(1, 'TV55-MB', 2, 68000), line(2, 'TV55-PSU', 1, 23500)]),
  request(20, 'approved'),
  request(19, 'reserved'),
  request(18, 'shipped'),
  request(17, 'received'),
];

const tag = (id: number, status: string, dueOffset: number, shipmentId: number | null = null) => ({
  id,
  tagNumber: `RT-2026-${String(id).padStart(5, '0')}`,
  barcode: `SBRT${String(id).padStart(8, '0')}`,
  providerId: 'SP-001',
  warehouseId: 'WH-EAST',
  partsRequestId: 17,
  requestLineId: 170,
  consumptionId: id,
  partId: 3,
  partClass: 'board',
  unitCostFen: 68000,
  claimId: 'CL-2026-00010',
  consumedOn: day(dueOffset - 30),
  dueOn: day(dueOffset),
  status,
  shipmentId,
  shipmentNumber: shipmentId ? `RS-2026-${String(shipmentId).padStart(5, '0')}` : null,
  inspectionOutcome: null,
  confirmedAt: null,
  inspectedAt: null,
  createdAt: iso(-100),
  updatedAt: iso(-2),
});

const tags = [
  tag(31, 'overdue', -2),
  tag(32, 'awaiting_return', 2),
  tag(33, 'awaiting_return', 12),
  tag(34, 'in_transit', 5, 41),
  tag(35, 'in_transit', 6, 41),
  tag(36, 'received', 1, 40),
];

const shipment = (id: number, status: string, shipTags: ReturnType<typeof tag>[]) => ({
  id,
  shipmentNumber: `RS-2026-${String(id).padStart(5, '0')}`,
  providerId: 'SP-001',
  warehouseId: 'WH-EAST',
  carrier: '中通快递',
  trackingNumber: `ZTO77${id}0091`,
  status,
  createdBy: 'provider1',
  arrivedAt: status === 'in_transit' ? null : iso(-3),
  confirmedAt: null,
  createdAt: iso(-50),
  updatedAt: iso(-3),
  tags: shipTags,
});

const shipments = [
  shipment(
    41,
    'arrived',
    tags.filter((t) => t.shipmentId === 41),
  ),
  shipment(42, 'in_transit', [tag(37, 'in_transit', 9, 42)]),
];

type Handler = (input: Record<string, unknown> | undefined) => unknown;

export class FakeError extends Error {
  readonly code: string;
  readonly fieldErrors: { path: string; message: string }[] | undefined;
  constructor(code: string, message: string, fieldErrors?: { path: string; message: string }[]) {
    super(message);
    this.code = code;
    this.fieldErrors = fieldErrors;
  }
}

const byStatus = <T extends { status: string }>(rows: T[], input: Record<string, unknown> | undefined) =>
  rows.filter((r) => !input?.status || r.status === input.status);

export const warrantyProcedures: Record<string, Handler> = {
  'claims.list': (input) => ({
    items: claims.filter((c) => !input?.state || c.state === input.state),
    nextBefore: null,
  }),
  'claims.get': (input) => claimDetail(Number(input?.claimId)),
  'claims.open': () => claimDetail(12),
  'claims.chooseRemedy': () => ({ ...claimDetail(12), state: 'remedy_chosen', chosenRemedy: 'replace' }),
  'sales.get': (input) => {
    if (input?.serial === 'NO-SUCH-UNIT') throw new FakeError('NOT_FOUND', 'sold unit NO-SUCH-UNIT not found');
    return {
      id: 1,
      serial: input?.serial,
      modelCode: 'TV-55A',
      channel: 'store',
      invoiceDate: day(-40),
      deliveredAt: iso(-40 * 24),
      installedOn: day(-39),
      priceFen: 329900,
      paidFen: 329900,
      documents: { invoice: true },
      registeredAt: iso(-40 * 24),
    };
  },
  'history.forUnit': (input) => ({
    serial: input?.serial,
    repairs: [
      {
        id: 1,
        providerId: 'SP-001',
        sentOn: day(-20),
        completedOn: day(-18),
        partCode: 'TV55-MB',
        faultCode: 'NO-PICTURE',
        fixed: false,
      },
    ],
    replacements: [],
  }),
};

export const partsProcedures: Record<string, Handler> = {
  'requests.list': (input) => byStatus(requests, input),
  'requests.get': (input) =>
    requests.find((r) => r.id === Number(input?.requestId)) ?? request(Number(input?.requestId), 'draft'),
  'requests.history': (input) => ({
    requestId: input?.requestId,
    requestNumber: 'PR-2026-00021',
    changes: [
      { fromState: null, toState: 'draft', actor: 'provider1', actorRole: 'provider', reason: null, at: iso(-30) },
      {
        fromState: 'draft',
        toState: 'submitted',
        actor: 'provider1',
        actorRole: 'provider',
        reason: null,
        at: iso(-29),
      },
    ],
  }),
  // A tracking number the service refuses, named on its field (as BAD_REQUEST data.fieldErrors).
  'requests.markShipped': () => {
    throw new FakeError('BAD_REQUEST', 'trackingNumber: is already used by PR-2026-00018', [
      { path: 'trackingNumber', message: 'is already used by PR-2026-00018' },
    ]);
  },
  'returns.listTags': (input) => byStatus(tags, input),
  'returns.listShipments': (input) => byStatus(shipments, input),
  'returns.getShipment': (input) => shipments.find((s) => s.id === Number(input?.shipmentId)),
  'returns.lookupTag': (input) => {
    const found = [...tags, tag(37, 'in_transit', 9, 42)].find((t) => t.barcode === input?.barcode);
    if (!found)
      throw new FakeError('NOT_FOUND', `return tag ${String(input?.barcode)} not found`, [
        { path: 'barcode', message: 'not found' },
      ]);
    return found;
  },
  'catalog.getBom': (input) => ({
    modelCode: input?.modelCode,
    lines: [
      {
        code: 'TV55-MB',
        nameZh: '主板',
        nameEn: 'Main board',
        unitCostFen: 68000,
        supersededBy: null,
        quantity: 1,
        isMain: true,
      },
      {
        code: 'TV55-PANEL',
        nameZh: '液晶屏',
        nameEn: 'LCD panel',
        unitCostFen: 152000,
        supersededBy: null,
        quantity: 1,
        isMain: true,
      },
      {
        code: 'TV55-PSU',
        nameZh: '电源板',
        nameEn: 'Power board',
        unitCostFen: 23500,
        supersededBy: null,
        quantity: 1,
        isMain: false,
      },
      {
        code: 'TV55-RC',
        nameZh: '遥控器',
        nameEn: 'Remote control',
        unitCostFen: 4500,
        supersededBy: null,
        quantity: 1,
        isMain: false,
      },
    ],
  }),
  'exposure.get': (input) => ({
    providerId: input?.providerId,
    issuedNotConsumedFen: 450000,
    awaitingReturnFen: 680000,
    openChargebacksFen: 120000,
    totalFen: 1250000,
    creditLimitFen: 1500000,
    headroomFen: 250000,
    overLimit: false,
    pendingIssueFen: 0,
  }),
  'stock.balance': (input) => ({
    warehouseId: input?.warehouseId,
    partCode: input?.partCode,
    onHand: 42,
    reserved: 5,
    available: 37,
  }),
  'stock.ledger': () => [
    {
      id: 3,
      warehouseId: 'WH-EAST',
      partId: 3,
      kind: 'issue',
      onHandDelta: -1,
      reservedDelta: -1,
      partsRequestId: 18,
      note: null,
      recordedBy: 'warehouse1',
      createdAt: iso(-5),
    },
    {
      id: 2,
      warehouseId: 'WH-EAST',
      partId: 3,
      kind: 'reserve',
      onHandDelta: 0,
      reservedDelta: 1,
      partsRequestId: 18,
      note: null,
      recordedBy: 'warehouse1',
      createdAt: iso(-6),
    },
    {
      id: 1,
      warehouseId: 'WH-EAST',
      partId: 3,
      kind: 'receipt',
      onHandDelta: 48,
      reservedDelta: 0,
      partsRequestId: null,
      note: '工厂入库',
      recordedBy: 'warehouse1',
      createdAt: iso(-200),
    },
  ],
};

/** An open approval task as the approvals service lists it (one level of one approval step). */
function pendingTask(
  workflowId: string,
  fields: Pick<InboxTask, 'requestType' | 'reference' | 'summary' | 'providerId' | 'openedAt' | 'dueAt'>,
): InboxTask {
  return {
    taskId: `${workflowId}:approval:L1`,
    workflowId,
    step: 'approval',
    requestedBy: 'provider1',
    level: 1,
    candidate: { role: 'manager', level: 1 },
    overdue: Date.parse(fields.dueAt) < now,
    remindedAt: null,
    state: 'pending',
    decision: null,
    decidedBy: null,
    decidedAt: null,
    comment: null,
    slaMet: null,
    escalatedTo: null,
    ...fields,
  };
}

const inboxTasks: InboxTask[] = [
  pendingTask('parts-request:21', {
    requestType: 'parts_request',
    reference: 'PR-2026-00021',
    summary: 'value 159500 fen is above the auto-approval limit of 50000 fen',
    providerId: 'SP-001',
    openedAt: iso(-20),
    dueAt: iso(4),
  }),
  pendingTask('parts-request:22', {
    requestType: 'parts_request',
    reference: 'PR-2026-00022',
    summary: 'value 1820000 fen is above the auto-approval limit of 50000 fen; over the credit limit',
    providerId: 'SP-007',
    openedAt: iso(-30),
    dueAt: iso(-6),
  }),
  pendingTask('claim:12', {
    requestType: 'claim',
    reference: 'CL-2026-00012',
    summary: 'refund worth 329900 fen',
    providerId: 'SP-001',
    openedAt: iso(-2),
    dueAt: iso(22),
  }),
];

/** The approvals service's answers, in the shapes of its router's types. */
export const approvalsProcedures: Record<string, Handler> = {
  'inbox.list': (): InboxListOutput => ({ items: inboxTasks, total: inboxTasks.length, page: 1, pageSize: 20 }),
  'inbox.decide': (input): DecideOutput => ({
    taskId: String(input?.taskId),
    decision: input?.decision === 'approve' ? 'approve' : 'reject',
    level: 1,
    decidedAt: iso(0),
    slaMet: true,
  }),
  'timeline.get': (input): RequestTimeline => ({
    workflowId: String(input?.workflowId),
    source: 'workflow',
    stage: 'awaiting_approval',
    deadline: null,
    steps: [
      {
        step: 'check',
        taskId: null,
        level: null,
        candidate: null,
        startedAt: iso(-20),
        endedAt: iso(-20),
        outcome: 'needs a decision',
        decidedBy: null,
        comment: null,
        dueAt: null,
        remindedAt: null,
        slaMet: null,
        detail: 'above the auto-approval limit',
      },
      {
        step: 'approval',
        taskId: `${String(input?.workflowId)}:approval:L1`,
        level: 1,
        candidate: { role: 'manager', level: 1 },
        startedAt: iso(-20),
        endedAt: null,
        outcome: null,
        decidedBy: null,
        comment: null,
        dueAt: iso(4),
        remindedAt: null,
        slaMet: null,
        detail: null,
      },
    ],
  }),
};
