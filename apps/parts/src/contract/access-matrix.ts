import { access, type AccessMatrix } from '@sanbao/testing/authorization';

const { everyone, staff, row, rows } = access;

/**
 * Who may call each parts procedure, and whose records it reaches, grouped by who may call. The contract
 * test runs every row against the live service; a procedure without a row fails it. Providers reach only
 * their own requests, returns and exposure; warehouse staff only their warehouse's queues and stock.
 */
export const partsAccess: AccessMatrix = {
  // Reference data every signed-in caller reads alike.
  ...rows(everyone, 'shared', [
    'catalog.getBom',
    'catalog.getPart',
    'catalog.returnRules',
    'catalog.searchParts',
    'warehouses.list',
  ]),
  // Master data only the admin keeps.
  ...rows(['admin'], 'none', [
    'catalog.importBom',
    'catalog.importParts',
    'catalog.setReturnRule',
    'catalog.upsertPart',
    'providers.upsert',
    'warehouses.upsert',
  ]),
  // The workflows' and settlement's calls.
  ...rows(['system'], 'none', [
    'chargebacks.acknowledge',
    'chargebacks.pending',
    'returns.declareOverdue',
    'supervision.exceptions',
  ]),
  // Records every caller reads within its tenant: a provider its own, a warehouse its queue, staff all.
  ...rows(everyone, 'own', [
    'requests.get',
    'requests.history',
    'requests.list',
    'returns.getShipment',
    'returns.getTag',
    'returns.listShipments',
    'returns.listTags',
    'returns.lookupTag',
    'returns.tagHistory',
  ]),
  // A provider's credit standing: the provider itself and staff.
  ...rows(['provider', ...staff], 'own', ['exposure.get', 'providers.get']),
  'providers.list': row(staff, 'none'),
  // A provider's own requests and returns; managers and the workflows decide, cancel and close.
  ...rows(['provider'], 'own', [
    'requests.create',
    'requests.submit',
    'returns.reportConsumption',
    'returns.createShipment',
  ]),
  ...rows(['provider', 'manager', 'system'], 'own', ['requests.cancel', 'requests.close']),
  'requests.recordReceipt': row(['provider', 'system'], 'own'),
  ...rows(['manager', 'system'], 'none', ['requests.approve', 'requests.reject']),
  // A warehouse's own queue and stock.
  ...rows(['warehouse', 'system'], 'own', ['requests.reserve', 'requests.markShipped']),
  ...rows(['warehouse'], 'own', [
    'returns.receiveShipment',
    'returns.confirmTags',
    'returns.recordInspection',
    'returns.recordLateArrival',
  ]),
  ...rows(['warehouse', 'manager', 'admin', 'system'], 'own', ['stock.balance', 'stock.ledger']),
  'stock.recordMovement': row(['warehouse', 'admin'], 'own'),
};
