import { access, type AccessMatrix } from '@sanbao/testing/authorization';

const { everyone, row } = access;

/**
 * Who may call each parts procedure, and whose records it reaches. The contract test runs every row
 * against the live service; a procedure without a row fails it. Providers reach only their own
 * requests, returns and exposure; warehouse staff only their warehouse's queues and stock.
 */
export const partsAccess: AccessMatrix = {
  'catalog.getBom': row(everyone, 'shared'),
  'catalog.getPart': row(everyone, 'shared'),
  'catalog.returnRules': row(everyone, 'shared'),
  'catalog.searchParts': row(everyone, 'shared'),
  'catalog.importBom': row(['admin'], 'none'),
  'catalog.importParts': row(['admin'], 'none'),
  'catalog.setReturnRule': row(['admin'], 'none'),
  'catalog.upsertPart': row(['admin'], 'none'),
  'chargebacks.acknowledge': row(['system'], 'none'),
  'supervision.exceptions': row(['system'], 'none'),
  'chargebacks.pending': row(['system'], 'none'),
  'exposure.get': row(['provider', 'finance', 'manager', 'admin', 'system'], 'own'),
  'providers.get': row(['provider', 'finance', 'manager', 'admin', 'system'], 'own'),
  'providers.list': row(['finance', 'manager', 'admin', 'system'], 'none'),
  'providers.upsert': row(['admin'], 'none'),
  'requests.approve': row(['manager', 'system'], 'none'),
  'requests.reject': row(['manager', 'system'], 'none'),
  'requests.cancel': row(['provider', 'manager', 'system'], 'own'),
  'requests.close': row(['provider', 'manager', 'system'], 'own'),
  'requests.create': row(['provider'], 'own'),
  'requests.submit': row(['provider'], 'own'),
  'requests.recordReceipt': row(['provider', 'system'], 'own'),
  'requests.get': row(everyone, 'own'),
  'requests.history': row(everyone, 'own'),
  'requests.list': row(everyone, 'own'),
  'requests.reserve': row(['warehouse', 'system'], 'own'),
  'requests.markShipped': row(['warehouse', 'system'], 'own'),
  'returns.reportConsumption': row(['provider'], 'own'),
  'returns.createShipment': row(['provider'], 'own'),
  'returns.declareOverdue': row(['system'], 'none'),
  'returns.getShipment': row(everyone, 'own'),
  'returns.getTag': row(everyone, 'own'),
  'returns.listShipments': row(everyone, 'own'),
  'returns.listTags': row(everyone, 'own'),
  'returns.lookupTag': row(everyone, 'own'),
  'returns.tagHistory': row(everyone, 'own'),
  'returns.receiveShipment': row(['warehouse'], 'own'),
  'returns.confirmTags': row(['warehouse'], 'own'),
  'returns.recordInspection': row(['warehouse'], 'own'),
  'returns.recordLateArrival': row(['warehouse'], 'own'),
  'stock.balance': row(['warehouse', 'manager', 'admin', 'system'], 'own'),
  'stock.ledger': row(['warehouse', 'manager', 'admin', 'system'], 'own'),
  'stock.recordMovement': row(['warehouse', 'admin'], 'own'),
  'warehouses.list': row(everyone, 'shared'),
  'warehouses.upsert': row(['admin'], 'none'),
};
