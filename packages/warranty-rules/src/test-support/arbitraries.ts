// fast-check generators of valid ClaimFacts across every regime and claim type.
import fc from 'fast-check';
import {
  NO_REASON_GOODS,
  type ClaimFacts,
  type Day,
  type Instant,
  type Policy,
  type Repair,
  type Replacement,
} from '../contract.ts';
import { addDays, fromEpochDay, toEpochDay } from '../days.ts';
import { car, colourTv, notebook, phone, uncatalogued } from './claim-facts.ts';

const FIRST = toEpochDay('2019-01-01');
const LAST = toEpochDay('2028-12-31');

export const dayArb: fc.Arbitrary<Day> = fc.integer({ min: FIRST, max: LAST }).map(fromEpochDay);

/** An instant on `day` at a random time, written with a random offset (the CST date may differ). */
export function instantOn(day: Day): fc.Arbitrary<Instant> {
  return fc
    .record({
      minute: fc.integer({ min: 0, max: 1439 }),
      offset: fc.constantFrom('Z', '+08:00', '-05:00', '+14:00', '+05:30'),
    })
    .map(
      ({ minute, offset }) =>
        `${day}T${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:00${offset}`,
    );
}

const generalArb: fc.Arbitrary<Policy> = fc.record({
  regime: fc.constant('general' as const),
  wholeUnitMonths: fc.integer({ min: 0, max: 36 }),
  mainPartMonths: fc.integer({ min: 0, max: 60 }),
  mainParts: fc.constant(['picture_tube', 'tuner']),
  dailyDepreciationBp: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
  durable: fc.option(fc.boolean(), { nil: undefined }),
});

export const policyArb: fc.Arbitrary<Policy> = fc.oneof(
  fc.constantFrom(
    colourTv,
    phone,
    notebook,
    car,
    uncatalogued,
    { ...car, usageFactorBp: 80 },
    { ...uncatalogued, wholeUnitMonths: 12 },
  ),
  generalArb,
);

const partArb = fc.option(
  fc.constantFrom(
    'picture_tube',
    'battery',
    'wired_headset',
    'engine',
    'transmission.valve_body',
    'hdd',
    'tuner',
    'speaker',
  ),
  {
    nil: undefined,
  },
);

function repairArb(invoiceDate: Day): fc.Arbitrary<Repair> {
  return fc
    .record({
      sentAfter: fc.oneof(fc.integer({ min: -10, max: 120 }), fc.integer({ min: -10, max: 900 })),
      lasting: fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined }),
      fixed: fc.boolean(),
      partCode: partArb,
      faultCode: fc.option(fc.constantFrom('stall', 'noise'), { nil: undefined }),
      seriousSafetyFault: fc.option(fc.boolean(), { nil: undefined }),
      hours: fc.option(fc.integer({ min: 0, max: 2000 }), { nil: undefined }),
    })
    .map(({ sentAfter, lasting, hours, ...rest }) => {
      const repair: Repair = { sentOn: addDays(invoiceDate, sentAfter), ...rest };
      if (lasting !== undefined) repair.completedOn = addDays(repair.sentOn, lasting);
      if (hours !== undefined) {
        repair.hours = hours;
        repair.excludedHours = Math.floor(hours / 4);
      }
      return stripUndefined(repair);
    });
}

function replacementArb(invoiceDate: Day): fc.Arbitrary<Replacement> {
  return fc
    .record({
      after: fc.integer({ min: 0, max: 900 }),
      scope: fc.constantFrom('unit', 'battery', 'engine', 'transmission', 'picture_tube'),
    })
    .map(({ after, scope }) => ({ on: addDays(invoiceDate, after), scope }));
}

function stripUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

export const claimFactsArb: fc.Arbitrary<ClaimFacts> = fc
  .record({ policy: policyArb, invoiceDate: dayArb })
  .chain(({ policy, invoiceDate }) =>
    fc
      .record({
        channel: fc.constantFrom('store', 'online', 'tv', 'phone', 'mail' as const),
        deliveredAfter: fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }),
        installedAfter: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
        priceFen: fc.integer({ min: 0, max: 5_000_000_000 }),
        discountFen: fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: undefined }),
        claimAfter: fc.oneof(
          fc.integer({ min: 0, max: 20 }),
          fc.integer({ min: 0, max: 400 }),
          fc.integer({ min: 0, max: 1500 }),
        ),
        type: fc.constantFrom('quality', 'quality', 'no_reason' as const),
        partCode: partArb,
        performanceFault: fc.option(fc.boolean(), { nil: undefined }),
        seriousSafetyFault: fc.option(
          fc.constantFrom('steering', 'brake', 'body_crack', 'fuel_leak', 'battery_fire', 'other' as const),
          { nil: undefined },
        ),
        odometerKm: fc.option(fc.integer({ min: 0, max: 80_000 }), { nil: undefined }),
        misuse: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
        sellerHasSameModel: fc.option(fc.boolean(), { nil: undefined }),
        pending: fc.option(
          fc.record({
            before: fc.integer({ min: 0, max: 150 }),
            waitingForProducerParts: fc.boolean(),
            delayedByRepairer: fc.boolean(),
          }),
          { nil: undefined },
        ),
        noReason: fc.record({
          goods: fc.constantFrom(...NO_REASON_GOODS),
          confirmedNonReturnableAtPurchase: fc.boolean(),
          confirmationPreselected: fc.boolean(),
          intact: fc.boolean(),
        }),
        repairs: fc.array(repairArb(invoiceDate), { maxLength: 6 }),
        replacements: fc.array(replacementArb(invoiceDate), { maxLength: 3 }),
        holidayOffsets: fc.array(fc.integer({ min: 0, max: 1500 }), { maxLength: 8 }),
      })
      .chain((drawn) => {
        const claimDate = addDays(invoiceDate, drawn.claimAfter);
        const deliveredDay =
          drawn.deliveredAfter === undefined ? undefined : addDays(invoiceDate, drawn.deliveredAfter);
        return fc
          .record({
            raisedAt: instantOn(claimDate),
            deliveredAt: deliveredDay === undefined ? fc.constant(undefined) : instantOn(deliveredDay),
          })
          .map(({ raisedAt, deliveredAt }) => {
            const facts: ClaimFacts = {
              policy,
              sale: stripUndefined({
                channel: drawn.channel,
                invoiceDate,
                deliveredAt,
                installedOn:
                  drawn.installedAfter === undefined ? undefined : addDays(invoiceDate, drawn.installedAfter),
                priceFen: drawn.priceFen,
                paidFen: drawn.discountFen === undefined ? undefined : Math.max(0, drawn.priceFen - drawn.discountFen),
              }),
              claim: stripUndefined({
                type: drawn.type,
                raisedAt,
                partCode: drawn.partCode,
                performanceFault: drawn.performanceFault,
                seriousSafetyFault: drawn.seriousSafetyFault,
                odometerKm: drawn.odometerKm,
                causes: drawn.misuse ? { misuse: true } : undefined,
                sellerHasSameModel: drawn.sellerHasSameModel,
                pendingRepair: drawn.pending
                  ? {
                      sentOn: addDays(claimDate, -drawn.pending.before),
                      waitingForProducerParts: drawn.pending.waitingForProducerParts,
                      delayedByRepairer: drawn.pending.delayedByRepairer,
                    }
                  : undefined,
                noReason: drawn.type === 'no_reason' ? drawn.noReason : undefined,
              }),
              history: { repairs: drawn.repairs, replacements: drawn.replacements },
              calendar: { holidays: drawn.holidayOffsets.map((offset) => addDays(invoiceDate, offset)) },
            };
            return facts;
          });
      }),
  );
