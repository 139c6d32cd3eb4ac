// Policy presets from the annex values (docs/warranty-law.md), for the warranty service to seed its policy catalog.
// Rows marked [U] there (or whose values are only partly confirmed) carry needsLegalReview: their
// placeholder values sit at the consumer-favourable end of the range reported for the batch
// ("whole unit half a year to one year, main parts one to three years") and must be edited once the
// official annex is obtained (open questions 1, 3, 4).
import type { Policy } from './contract.ts';
import type { EvidenceTag } from './citations.ts';
import {
  CAR_DEFAULTS,
  GENERAL_NO_PARTS_DAYS,
  GENERAL_REPAIRER_DELAY_DAYS,
  PHONE_NO_PARTS_DAYS,
} from './statutory-minimums.ts';

export interface AnnexPolicy {
  code: string;
  nameZh: string;
  nameEn: string;
  policy: Policy;
  needsLegalReview: boolean;
  evidence: EvidenceTag;
  /** Rule ids (citations table) the row rests on. */
  sourceRules: string[];
  /** Main parts as the annex names them, for display. */
  mainPartNames?: string[];
  note?: string;
}

const R1995_PLACEHOLDER = { wholeUnitMonths: 12, mainPartMonths: 36 } as const;

function r1995(
  code: string,
  nameZh: string,
  nameEn: string,
  policy: Omit<Policy, 'regime' | 'noPartsReplaceDays' | 'repairerDelayReplaceDays'>,
  evidence: EvidenceTag,
  extra: Partial<AnnexPolicy> = {},
): AnnexPolicy {
  const needsLegalReview = evidence !== 'P' && evidence !== 'P-part';
  return {
    code,
    nameZh,
    nameEn,
    policy: {
      regime: 'general',
      ...policy,
      noPartsReplaceDays: GENERAL_NO_PARTS_DAYS,
      repairerDelayReplaceDays: GENERAL_REPAIRER_DELAY_DAYS,
      ...(needsLegalReview ? { needsLegalReview: true } : {}),
    },
    needsLegalReview,
    evidence,
    sourceRules: ['B1', 'B2', 'B14'],
    ...extra,
  };
}

function unconfirmedR1995(code: string, nameZh: string, nameEn: string, durable = false): AnnexPolicy {
  return r1995(code, nameZh, nameEn, { ...R1995_PLACEHOLDER, ...(durable ? { durable: true } : {}) }, 'U', {
    note: 'Periods, main parts and daily rate unconfirmed (Annex 1 [U]); placeholder periods, no depreciation rate.',
  });
}

/** The annex's terms for a television: a year for the whole unit, three years for the main parts, 0.1 % a day. */
const TELEVISION = { durable: true, wholeUnitMonths: 12, mainPartMonths: 36, dailyDepreciationBp: 10 } as const;

/**
 * Flat-panel televisions (B14, B15): the television terms, with the panel's assemblies as
 * main parts — part code → the annex's name for it.
 */
function flatPanelTv(code: string, nameZh: string, nameEn: string, mainParts: Record<string, string>): AnnexPolicy {
  return r1995(code, nameZh, nameEn, { ...TELEVISION, mainParts: Object.keys(mainParts) }, 'P-part', {
    sourceRules: ['B14', 'B15'],
    mainPartNames: Object.values(mainParts),
  });
}

const PRESETS: AnnexPolicy[] = [
  r1995(
    'bicycle',
    '自行车',
    'Bicycle',
    { wholeUnitMonths: 12, mainPartMonths: 24, mainParts: ['frame', 'derailleur'], dailyDepreciationBp: 5 },
    'P-part',
    {
      mainPartNames: ['车架 frame', '变速器 derailleur/gear'],
    },
  ),
  r1995(
    'colour_tv',
    '彩色电视机',
    'Colour TV',
    { ...TELEVISION, mainParts: ['picture_tube', 'line_output_transformer', 'tuner', 'ic'] },
    'P-part',
    {
      mainPartNames: [
        '显像管 picture tube',
        '行输出变压器 line-output transformer (FBT)',
        '高频头 tuner',
        '集成电路 ICs',
      ],
    },
  ),
  r1995(
    'bw_tv',
    '黑白电视机',
    'Black-and-white TV',
    { ...TELEVISION, mainParts: ['picture_tube', 'line_output_transformer', 'tuner', 'ic'], dailyDepreciationBp: 5 },
    'P-part',
    { mainPartNames: ['显像管 picture tube', '行输出变压器 line-output transformer', '高频头 tuner', '集成电路 ICs'] },
  ),
  r1995(
    'home_vcr',
    '家用录像机',
    'Home VCR',
    {
      wholeUnitMonths: 12,
      mainPartMonths: 12,
      mainParts: ['drum_motor', 'capstan_motor', 'loading_motor', 'ic'],
      dailyDepreciationBp: 10,
    },
    'P-part',
    { mainPartNames: ['磁鼓电机 drum motor', '主导电机 capstan motor', '加载电机 loading motor', '集成电路 ICs'] },
  ),
  flatPanelTv('plasma_tv', '等离子电视机', 'Plasma TV', {
    display_panel: '显示屏 display panel',
    drive_assembly: '驱动组件 drive assembly',
    logic_assembly: '逻辑组件 logic assembly',
    tuner: '高频头 tuner',
  }),
  flatPanelTv('lcd_tv', '液晶电视机', 'LCD TV', {
    display_panel: '显示屏 display panel',
    backlight_assembly: '背光组件 backlight assembly',
    logic_assembly: '逻辑组件 logic assembly',
    tuner: '高频头 tuner',
  }),
  r1995(
    'refrigerator',
    '家用电冰箱',
    'Household refrigerator',
    { durable: true, wholeUnitMonths: 12, mainPartMonths: 36, mainParts: ['compressor'] },
    'S',
    {
      note: 'Periods from consumer pages only [S]; main-part list and daily rate [U].',
      mainPartNames: ['压缩机 compressor (list incomplete)'],
    },
  ),
  unconfirmedR1995('camcorder', '摄像机', 'Camcorder'),
  unconfirmedR1995('radio_cassette_recorder', '收录机', 'Radio-cassette recorder'),
  unconfirmedR1995('electronic_keyboard', '电子琴', 'Electronic keyboard'),
  unconfirmedR1995('washing_machine', '洗衣机', 'Washing machine', true),
  unconfirmedR1995('electric_fan', '电风扇', 'Electric fan'),
  unconfirmedR1995('microwave_oven', '微波炉', 'Microwave oven'),
  unconfirmedR1995('vacuum_cleaner', '吸尘器', 'Vacuum cleaner'),
  unconfirmedR1995('air_conditioner', '家用空调器', 'Household air-conditioner', true),
  unconfirmedR1995('range_hood', '吸排油烟机', 'Range hood'),
  unconfirmedR1995('gas_water_heater', '燃气热水器', 'Gas water heater'),
  unconfirmedR1995('sewing_machine', '缝纫机', 'Sewing machine'),
  unconfirmedR1995('clock_watch', '钟表', 'Clock/watch'),
  unconfirmedR1995('motorcycle', '摩托车', 'Motorcycle'),
  {
    code: 'mobile_phone',
    nameZh: '移动电话机（手持式、车载式、固定台式）',
    nameEn: 'Mobile phone (handheld, vehicle-mounted, fixed-station)',
    policy: {
      regime: 'mobile_phone',
      wholeUnitMonths: 12,
      mainPartMonths: 12,
      accessoryMonths: { battery: 6, charger: 12, wired_headset: 3, mobile_terminal_card: 12, data_interface_card: 12 },
      dailyDepreciationBp: 50,
      noPartsReplaceDays: PHONE_NO_PARTS_DAYS,
      needsLegalReview: true,
    },
    needsLegalReview: true,
    evidence: 'S',
    sourceRules: ['C2', 'C8', 'C9'],
    note: 'Periods [S]; daily depreciation 0.5% from secondary sources only [U] (Annex 2).',
  },
  {
    code: 'fixed_phone',
    nameZh: '固定电话机',
    nameEn: 'Fixed-line telephone',
    policy: {
      regime: 'general',
      wholeUnitMonths: R1995_PLACEHOLDER.wholeUnitMonths,
      mainPartMonths: R1995_PLACEHOLDER.wholeUnitMonths,
      noPartsReplaceDays: 60,
      repairerDelayReplaceDays: 30,
      needsLegalReview: true,
    },
    needsLegalReview: true,
    evidence: 'U',
    sourceRules: ['D1', 'D2', 'D7', 'D8'],
    note: 'FIX2001 periods, 7/15-day articles and rates not retrieved [U]; D7 (60 days without parts) and D8 (30 days repairer delay) are confirmed. Evaluated under the general (R1995-style) rules.',
  },
  {
    code: 'notebook_pc',
    nameZh: '便携式微型计算机',
    nameEn: 'Notebook computer',
    policy: {
      regime: 'microcomputer',
      durable: true,
      wholeUnitMonths: 12,
      mainPartMonths: 24,
      mainParts: ['mainboard', 'cpu', 'memory', 'display', 'hdd', 'keyboard', 'power_adapter'],
      needsLegalReview: true,
    },
    needsLegalReview: true,
    evidence: 'S',
    sourceRules: ['E3', 'E5'],
    mainPartNames: [
      '主板 mainboard',
      'CPU',
      '内存 memory',
      '显示屏 display',
      '硬盘 HDD',
      '键盘 keyboard',
      '电源适配器 power adapter',
    ],
    note: 'Periods [S]; daily depreciation rate [U] (Annex 3).',
  },
  {
    code: 'desktop_pc',
    nameZh: '台式微型计算机主机',
    nameEn: 'Desktop computer host',
    policy: {
      regime: 'microcomputer',
      durable: true,
      wholeUnitMonths: 12,
      mainPartMonths: 24,
      mainParts: ['mainboard', 'cpu', 'memory', 'hdd', 'power_supply', 'graphics_card'],
      needsLegalReview: true,
    },
    needsLegalReview: true,
    evidence: 'U',
    sourceRules: ['E3', 'E5'],
    note: 'Main-part list "commonly cited" only; depreciation rate [U] (Annex 3).',
  },
  {
    code: 'pc_peripheral',
    nameZh: '微型计算机外设',
    nameEn: 'Computer peripheral (display, keyboard, mouse, …)',
    policy: { regime: 'microcomputer', wholeUnitMonths: 12, mainPartMonths: 12, needsLegalReview: true },
    needsLegalReview: true,
    evidence: 'U',
    sourceRules: ['E1', 'E5'],
    note: 'All values [U] (Annex 3); placeholder 12 months.',
  },
  {
    code: 'disc_player',
    nameZh: '家用视盘机',
    nameEn: 'DVD/VCD disc player',
    policy: {
      regime: 'general',
      wholeUnitMonths: 12,
      mainPartMonths: 24,
      mainParts: ['spindle_motor', 'servo_motor', 'laser_head_assembly', 'ic'],
      noPartsReplaceDays: GENERAL_NO_PARTS_DAYS,
      repairerDelayReplaceDays: GENERAL_REPAIRER_DELAY_DAYS,
      needsLegalReview: true,
    },
    needsLegalReview: true,
    evidence: 'S/U',
    sourceRules: ['F'],
    mainPartNames: ['主轴电机 spindle motor', '伺服电机 servo motor', '激光头组件 laser head assembly', '集成电路 ICs'],
    note: 'AV2002 known from secondary sources only; depreciation rate [U].',
  },
  {
    code: 'household_car',
    nameZh: '家用汽车产品（乘用车、皮卡车）',
    nameEn: 'Household car (passenger car or pickup)',
    policy: {
      regime: 'household_car',
      durable: true,
      wholeUnitMonths: CAR_DEFAULTS.wholeUnitMonths,
      mainPartMonths: CAR_DEFAULTS.mainPartMonths,
      wholeUnitKm: CAR_DEFAULTS.wholeUnitKm,
      mainPartKm: CAR_DEFAULTS.mainPartKm,
      powertrainParts: [...CAR_DEFAULTS.assemblies],
    },
    needsLegalReview: false,
    evidence: 'P',
    sourceRules: ['G1', 'G3', 'G5', 'G7', 'G11'],
    note: 'usageFactorBp (n) is printed on each voucher by the producer; set it per model (at most 50 bp).',
  },
  {
    code: 'uncatalogued',
    nameZh: '未列入三包目录的商品',
    nameEn: 'Goods outside every 三包 catalogue',
    policy: { regime: 'uncatalogued', wholeUnitMonths: 0, mainPartMonths: 0 },
    needsLegalReview: false,
    evidence: 'P',
    sourceRules: ['A1', 'A9'],
    note: 'CPL Art 24 fallback; set wholeUnitMonths to any period the operator promises (A9).',
  },
];

/** Category code -> preset. */
export const annexPolicies: Readonly<Record<string, AnnexPolicy>> = Object.fromEntries(
  PRESETS.map((preset) => [preset.code, preset]),
);
