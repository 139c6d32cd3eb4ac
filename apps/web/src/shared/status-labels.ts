import type { ClaimState, RequestStatus, ServiceStatus, ShipmentStatus, TagStatus } from '../api/statuses.ts';
import { defineMessages, type Dictionary } from '../i18n/locale.tsx';

// Each service status in both languages, one dictionary per kind of record, keyed by the status type the
// router reports: the compiler refuses a missing or a stray status. A status filter offers a dictionary's
// statuses in the order written here (the record's life).

export const requestStatusLabels = defineMessages<RequestStatus>(
  {
    draft: '草稿',
    submitted: '已提交',
    approved: '已批准',
    rejected: '已驳回',
    reserved: '已备货',
    shipped: '已发货',
    partially_received: '部分收货',
    received: '已收货',
    closed: '已关闭',
    cancelled: '已取消',
  },
  {
    draft: 'Draft',
    submitted: 'Submitted',
    approved: 'Approved',
    rejected: 'Rejected',
    reserved: 'Reserved',
    shipped: 'Shipped',
    partially_received: 'Partly received',
    received: 'Received',
    closed: 'Closed',
    cancelled: 'Cancelled',
  },
);

export const claimStateLabels = defineMessages<ClaimState>(
  {
    opened: '已立案',
    adjudicated: '已判定',
    remedy_chosen: '已选择处理方式',
    awaiting_approval: '待审批',
    in_progress: '处理中',
    completed: '已完成',
    rejected: '已驳回',
    cancelled: '已取消',
  },
  {
    opened: 'Opened',
    adjudicated: 'Decided',
    remedy_chosen: 'Remedy chosen',
    awaiting_approval: 'Awaiting approval',
    in_progress: 'In progress',
    completed: 'Completed',
    rejected: 'Rejected',
    cancelled: 'Cancelled',
  },
);

export const tagStatusLabels = defineMessages<TagStatus>(
  {
    awaiting_return: '待返厂',
    overdue: '已逾期',
    in_transit: '运输中',
    received: '已收货',
    missing: '缺件',
    wrong_part: '错件',
    damaged_in_transit: '运输损坏',
    inspected: '已检验',
  },
  {
    awaiting_return: 'Awaiting return',
    overdue: 'Overdue',
    in_transit: 'In transit',
    received: 'Received',
    missing: 'Missing',
    wrong_part: 'Wrong part',
    damaged_in_transit: 'Damaged in transit',
    inspected: 'Inspected',
  },
);

export const shipmentStatusLabels = defineMessages<ShipmentStatus>(
  { in_transit: '运输中', arrived: '已到货', confirmed: '已确认' },
  { in_transit: 'In transit', arrived: 'Arrived', confirmed: 'Confirmed' },
);

/** Every status of every kind, for a tag that shows whichever status a row carries. */
export const statusLabels: Dictionary<ServiceStatus> = {
  'zh-CN': {
    ...requestStatusLabels['zh-CN'],
    ...claimStateLabels['zh-CN'],
    ...tagStatusLabels['zh-CN'],
    ...shipmentStatusLabels['zh-CN'],
  },
  en: { ...requestStatusLabels.en, ...claimStateLabels.en, ...tagStatusLabels.en, ...shipmentStatusLabels.en },
};
