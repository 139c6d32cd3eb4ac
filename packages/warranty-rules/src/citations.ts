// Rule id (docs/warranty-law.md) -> the law and article it rests on, in Chinese and English, so every
// remedy and denial can be shown to a person with its legal basis. Laws are paraphrased, never quoted.

export type LawId =
  | 'CPL'
  | 'REG2024'
  | 'NR7'
  | 'CAR2021'
  | 'CAR2013'
  | 'CC'
  | 'PEN2015'
  | 'SPC2022'
  | 'R1995'
  | 'TV2011'
  | 'MOB2001'
  | 'FIX2001'
  | 'PC2002'
  | 'AV2002'
  | 'HLJ'
  | 'ENGINE';

export interface Law {
  id: LawId;
  zh: string;
  en: string;
}

export const laws: Readonly<Record<LawId, Law>> = {
  CPL: {
    id: 'CPL',
    zh: '《中华人民共和国消费者权益保护法》',
    en: 'Consumer Rights and Interests Protection Law of the PRC (2013)',
  },
  REG2024: {
    id: 'REG2024',
    zh: '《中华人民共和国消费者权益保护法实施条例》',
    en: 'Regulations for the Implementation of the Consumer Rights and Interests Protection Law (2024)',
  },
  NR7: {
    id: 'NR7',
    zh: '《网络购买商品七日无理由退货暂行办法》',
    en: 'Interim Measures for Seven-Day No-Reason Returns of Goods Bought Online (2017, amended 2020)',
  },
  CAR2021: {
    id: 'CAR2021',
    zh: '《家用汽车产品修理更换退货责任规定》',
    en: 'Provisions on Liability for Repair, Replacement and Return of Household Automobile Products (SAMR Order 43, 2021)',
  },
  CAR2013: {
    id: 'CAR2013',
    zh: '《家用汽车产品修理、更换、退货责任规定》（质检总局令第150号）',
    en: 'Provisions on Liability for Repair, Replacement and Return of Household Automobile Products (AQSIQ Order 150, 2013; repealed 2022)',
  },
  CC: { id: 'CC', zh: '《中华人民共和国民法典》', en: 'Civil Code of the PRC' },
  PEN2015: {
    id: 'PEN2015',
    zh: '《侵害消费者权益行为处罚办法》',
    en: 'Measures for Penalties on Infringements of Consumer Rights and Interests (2015)',
  },
  SPC2022: {
    id: 'SPC2022',
    zh: '《最高人民法院关于审理网络消费纠纷案件适用法律若干问题的规定（一）》',
    en: 'SPC Provisions (I) on Laws Applicable to Online Consumer Disputes (2022)',
  },
  R1995: {
    id: 'R1995',
    zh: '《部分商品修理更换退货责任规定》',
    en: 'Provisions on Liability for Repair, Replacement and Return of Certain Goods (1995)',
  },
  TV2011: {
    id: 'TV2011',
    zh: '国家质检总局2011年第20号公告',
    en: 'AQSIQ Announcement No. 20 of 2011 (flat-panel TVs)',
  },
  MOB2001: {
    id: 'MOB2001',
    zh: '《移动电话机商品修理更换退货责任规定》',
    en: 'Provisions on Liability for Repair, Replacement and Return of Mobile Telephones (2001)',
  },
  FIX2001: {
    id: 'FIX2001',
    zh: '《固定电话机商品修理更换退货责任规定》',
    en: 'Provisions on Liability for Repair, Replacement and Return of Fixed Telephones (2001)',
  },
  PC2002: {
    id: 'PC2002',
    zh: '《微型计算机商品修理更换退货责任规定》',
    en: 'Provisions on Liability for Repair, Replacement and Return of Microcomputers (2002)',
  },
  AV2002: {
    id: 'AV2002',
    zh: '《家用视听商品修理更换退货责任规定》',
    en: 'Provisions on Liability for Repair, Replacement and Return of Home Audio-Visual Goods',
  },
  HLJ: {
    id: 'HLJ',
    zh: '黑龙江法院关于七日无理由退货期间计算的指引',
    en: 'Heilongjiang court guidance on counting the 7-day no-reason window',
  },
  ENGINE: {
    id: 'ENGINE',
    zh: '三包规则引擎解释：',
    en: 'Engineering interpretation of the Sanbao rules specification',
  },
};

/** [P] full text, [P-part] article reprint, [S] secondary, [I] interpretation, [U] unconfirmed (Evidence in docs/warranty-law.md). */
export type EvidenceTag = 'P' | 'P-part' | 'S' | 'I' | 'U' | 'S/U';

export interface ArticleRef {
  law: Law;
  zh: string;
  en: string;
}

export interface RuleCitation {
  rule: string;
  /** The first source; `also` lists the others docs/warranty-law.md names. */
  source: ArticleRef;
  also: ArticleRef[];
  zh: string;
  en: string;
  evidence: EvidenceTag;
}

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

const UNITS = ['', '十', '百', '千'];

/** 1..9999 in Chinese numerals as used for article numbers: 9 → 九, 24 → 二十四, 201 → 二百零一. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 9999) throw new RangeError(`chineseNumeral supports 1..9999, got ${n}`);
  const digits = String(n).split('').map(Number);
  let text = '';
  let pendingZero = false;
  digits.forEach((digit, index) => {
    const unit = UNITS[digits.length - 1 - index] ?? '';
    if (digit === 0) {
      pendingZero = text !== '';
      return;
    }
    if (pendingZero) text += DIGITS[0];
    pendingZero = false;
    // 10–19 are read 十, 十一 … without a leading 一.
    const omitOne = digit === 1 && unit === '十' && text === '';
    text += (omitOne ? '' : (DIGITS[digit] ?? '')) + unit;
  });
  return text;
}

type Ref = [LawId, string, string];

/** Art n (¶p). */
function art(law: LawId, n: number, paragraph?: number): Ref {
  const zh = `第${chineseNumeral(n)}条${paragraph === undefined ? '' : `第${chineseNumeral(paragraph)}款`}`;
  const en = `Art ${n}${paragraph === undefined ? '' : ` ¶${paragraph}`}`;
  return [law, zh, en];
}

/** Arts from–to. */
function arts(law: LawId, from: number, to: number): Ref {
  return [law, `第${chineseNumeral(from)}条至第${chineseNumeral(to)}条`, `Arts ${from}–${to}`];
}

function other(law: LawId, zh: string, en: string): Ref {
  return [law, zh, en];
}

function toArticle([law, zh, en]: Ref): ArticleRef {
  return { law: laws[law], zh, en };
}

type Row = [rule: string, evidence: EvidenceTag, refs: [Ref, ...Ref[]], zh: string, en: string];

const ROWS: Row[] = [
  // Day counting (T)
  [
    'T1',
    'I',
    [other('ENGINE', '按中国标准时间（UTC+8）取日期', 'interpretation: dates in China Standard Time')],
    '所有日期按北京时间计算。',
    'All dates and deadlines are evaluated in China Standard Time (UTC+8).',
  ],
  [
    'T2',
    'P',
    [art('CC', 200)],
    '期间按照公历年、月、日、小时计算。',
    'Periods are computed in Gregorian years, months, days and hours.',
  ],
  [
    'T3',
    'P',
    [art('CC', 201, 1)],
    '按年、月、日计算期间的，开始的当日不计入，自下一日开始计算。',
    'For periods in years, months or days the starting day is not counted.',
  ],
  [
    'T4',
    'P',
    [art('CC', 201, 2)],
    '按小时计算期间的，自法律规定或者当事人约定的时间开始计算。',
    'Periods in hours start at the moment set by law or agreement.',
  ],
  [
    'T5',
    'P',
    [art('CC', 202)],
    '按年、月计算期间的，到期月的对应日为期间的最后一日；没有对应日的，月末日为最后一日。',
    'Year/month periods end on the corresponding day, or the last day of the month when there is none.',
  ],
  [
    'T6',
    'P',
    [art('CC', 203)],
    '期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日。',
    'A period whose last day is a statutory holiday ends on the day after the holiday.',
  ],
  [
    'T7',
    'P',
    [art('CC', 204)],
    '法律另有规定或者当事人另有约定的除外。',
    'Other rules of law or agreement prevail over the counting rules.',
  ],
  [
    'T8',
    'P',
    [art('NR7', 10, 2)],
    '七日期间自消费者签收商品的次日开始起算。',
    'The 7 days run from the day after the consumer signs for the goods.',
  ],
  [
    'T9',
    'S',
    [other('HLJ', '法院指引', 'court guidance')],
    '签收当日不计入；最后一日为法定休假日的顺延。',
    'The signing day is not counted; a last day on a holiday moves to the next day.',
  ],
  [
    'T10',
    'S',
    [other('R1995', '第八条释义', 'Art 8 commentary')],
    '修理占用及无零配件待修时间顺延三包有效期。',
    'Repair time and waiting for parts extend the validity period day for day.',
  ],
  [
    'T11',
    'I',
    [art('R1995', 9), art('CC', 201, 1)],
    '"自售出之日起N日内"按售出次日为第一日计算。',
    '"Within N days of sale" counts the day after the sale as day 1.',
  ],
  [
    'T12',
    'P',
    [art('CAR2021', 40)],
    '修理时间按小时计，每满24小时为1日，不足24小时以1日计。',
    'Car repair time: every full 24 h is one day, any remainder one more day.',
  ],
  [
    'T13',
    'P',
    [art('CAR2021', 18), art('CAR2021', 20), art('CAR2021', 23)],
    '以先到者为准：天数和里程须同时未超过。',
    'Whichever comes first: both days and km must be within the limit.',
  ],
  [
    'T14',
    'I',
    [art('CAR2021', 28)],
    '工作日不含周六、周日及法定节假日，含调休上班日。',
    'Working days exclude weekends and holidays and include make-up workdays.',
  ],
  [
    'T15',
    'I',
    [other('ENGINE', '"超过N"为严格大于', 'interpretation: "exceeds N" is strict')],
    '"超过N"指大于N；"N日内"含第N日。',
    '"Exceeds N" means more than N; "within N" includes day N.',
  ],
  // A — consumer law
  [
    'A1',
    'P',
    [art('CPL', 24, 1)],
    '不符合质量要求且无国家规定和约定的，七日内可退货，七日后可要求更换、修理。',
    'Non-conforming goods without a 三包 rule: return within 7 days of receipt, afterwards replacement or repair.',
  ],
  [
    'A2',
    'P',
    [art('CPL', 24, 2)],
    '依前款退货、更换、修理的，经营者应当承担运输等必要费用。',
    'For quality returns, replacements and repairs the operator bears transport and other necessary costs.',
  ],
  [
    'A3',
    'P',
    [art('CPL', 23, 3)],
    '耐用商品自接受之日起六个月内发现瑕疵发生争议的，由经营者承担举证责任。',
    'Durable goods: for defects found within 6 months of receipt the operator bears the burden of proof.',
  ],
  [
    'A4',
    'P',
    [art('REG2024', 18, 2)],
    '退货时按发票等购货凭证载明的价格一次性退清货款；能证明实际支付不同的，按实际支付退还。',
    'Refund in one lump sum at the invoice price, or the amount actually paid if the operator proves it differs.',
  ],
  [
    'A5',
    'P',
    [art('REG2024', 18, 1)],
    '三包有效期自经营者交付商品之日起计算；需安装的自安装完成之日起计算。',
    'The validity period starts on delivery, or on completion of installation where the operator installs.',
  ],
  [
    'A6',
    'P',
    [art('REG2024', 18, 1), art('R1995', 14), art('FIX2001', 18), art('CAR2021', 29)],
    '经营者更换商品的，三包有效期自更换完成之日起重新计算。',
    'After a replacement the validity period restarts from the date the replacement is completed.',
  ],
  [
    'A7',
    'P',
    [art('REG2024', 18, 1), art('R1995', 8)],
    '经营者修理的时间不计入三包有效期。',
    'Time spent on repair is not counted in the validity period.',
  ],
  [
    'A8',
    'P',
    [art('PEN2015', 8)],
    '超过十五日未履行修理、更换、退货等义务的，视为故意拖延或者无理拒绝。',
    'More than 15 days without repair, replacement or refund is deemed deliberate delay or refusal.',
  ],
  [
    'A9',
    'P',
    [art('REG2024', 12)],
    '经营者通过广告、产品说明等作出的售后承诺应当履行。',
    'After-sales promises made in advertising, notices and the like must be honoured.',
  ],
  // B — R1995
  [
    'B1',
    'P-part',
    [arts('R1995', 2, 4)],
    '列入目录的商品实行三包；目录为最低要求；谁经销谁负责。',
    'Catalogued goods are under 三包; the catalogue is a minimum; the seller is responsible.',
  ],
  [
    'B2',
    'P-part',
    [art('R1995', 8)],
    '三包有效期自开具发票之日起计算，扣除修理占用和无零配件待修时间。',
    'The validity period runs from the invoice date, extended by repair and waiting-for-parts time.',
  ],
  [
    'B3',
    'P-part',
    [art('R1995', 9)],
    '售出七日内发生性能故障，消费者可选择退货、换货或修理；退货一次退清货款。',
    'Performance fault within 7 days of sale: return, exchange or repair; a return refunds the full price at once.',
  ],
  [
    'B4',
    'P-part',
    [art('R1995', 10)],
    '售出十五日内发生性能故障，消费者可选择换货或修理，免费更换同型号同规格产品。',
    'Performance fault within 15 days of sale: free exchange (same model and specification) or repair.',
  ],
  [
    'B5',
    'P-part',
    [art('R1995', 11)],
    '在三包有效期内修理两次仍不能正常使用的，凭修理记录免费调换或按第十三条退货。',
    'Within the period, still not usable after two repairs: free exchange, or a return under Art 13.',
  ],
  [
    'B6',
    'P-part',
    [art('R1995', 12)],
    '因生产者未供应零配件自送修之日起超过九十日未修好的免费调换；因修理者原因修理期超过三十日的由修理者免费调换。',
    "Not repaired more than 90 days after sending for lack of the producer's parts, or repair over 30 days through the repairer's fault: free exchange.",
  ],
  [
    'B7',
    'P-part',
    [art('R1995', 13)],
    '符合换货条件，销售者无同型号同规格产品且消费者不愿换其他型号的，予以退货；有同型号但消费者不愿调换而要求退货的，可收取折旧费。',
    'Exchange conditions met: return at full price when no same model is available; when it is, a return with depreciation.',
  ],
  [
    'B8',
    'P-part',
    [art('R1995', 14)],
    '换货应当提供新的合格产品；三包有效期自换货之日起重新计算。',
    'An exchange must be a new conforming unit; the validity period restarts from the exchange date.',
  ],
  [
    'B9',
    'P-part',
    [art('R1995', 15)],
    '在三包有效期内，除因消费者使用保管不当致使产品不能正常使用外，由修理者免费修理（包括材料费和工时费）。',
    'Within the validity period the repairer repairs free of charge, parts and labour, unless the consumer misused the product.',
  ],
  [
    'B10',
    'U',
    [other('R1995', '第十七条或第十八条（条号待核实）', 'Art 17 or 18 (article number unconfirmed)')],
    '使用、维护、保管不当，非承担三包的修理者拆动，无三包凭证及有效发票，凭证型号不符或涂改，不可抗力损坏的，不实行三包，可实行收费修理。',
    'No 三包 (paid repair only) for misuse, disassembly by a non-authorised repairer, no voucher and no invoice, mismatched or altered voucher, or force majeure.',
  ],
  [
    'B11',
    'P-part',
    [art('R1995', 6)],
    '修理者应保证修理后的产品能够正常使用三十日以上。',
    'The repairer must guarantee the repaired product works normally for at least 30 days.',
  ],
  [
    'B12',
    'P-part',
    [art('R1995', 7)],
    '生产者应在产品停产后五年内继续提供符合技术要求的零配件。',
    'The producer must keep supplying conforming parts for five years after production stops.',
  ],
  [
    'B13',
    'P-part',
    [art('R1995', 5)],
    '销售者应开箱检验、正确调试，开具有效发票和三包凭证。',
    'The seller must inspect and set up the product and issue a valid invoice and 三包 voucher.',
  ],
  [
    'B14',
    'P-part',
    [
      other(
        'R1995',
        '附件《实施三包的部分商品目录》（整机/主要部件三包有效期）',
        'Annex catalogue (whole-unit and main-part periods)',
      ),
    ],
    '整机三包有效期届满后、主要部件三包有效期内，主要部件免费修理。',
    'After the whole-unit period but within the main-part period only listed main parts are repaired free.',
  ],
  [
    'B15',
    'P-part',
    [other('TV2011', '公告及附件', 'announcement and annex')],
    '平板电视整机一年、主要部件三年；三包有效期自送货、安装、调试完成之日起计算。',
    'Flat-panel TVs: whole unit 1 year, main parts 3 years, from completion of delivery, installation and set-up.',
  ],
  [
    'B16',
    'P-part',
    [arts('R1995', 23, 24)],
    '本规定由国务院产品质量监督管理部门负责解释，自发布之日起施行。',
    'Interpretation and commencement of the 1995 provisions.',
  ],
  // C — mobile phones
  [
    'C1',
    'S',
    [arts('MOB2001', 2, 4)],
    '适用于列入附件的移动电话机及其附件；谁经销谁负责；为最低要求。',
    'Mobile phones and listed accessories; the seller is responsible; the rule is a minimum.',
  ],
  [
    'C2',
    'S',
    [other('MOB2001', '附件1（三包有效期）', 'Appendix 1 (periods)')],
    '主机一年，电池六个月，充电器一年，耳机三个月；自开具发票之日起计算，在有效期内免费修理。',
    'Host 1 year, battery 6 months, charger 1 year, headset 3 months, from the invoice date; free repair within the period.',
  ],
  [
    'C3',
    'S',
    [other('MOB2001', '附件3《移动电话机商品性能故障表》', 'Appendix 3 (performance-fault list)')],
    '七日、十五日及修理两次的规定仅适用于性能故障表所列故障。',
    'The 7-day, 15-day and two-repair remedies apply only to listed performance faults.',
  ],
  [
    'C4',
    'P-part',
    [art('MOB2001', 11)],
    '售出七日内发生性能故障，消费者可选择退机、换机或修理；退机一次退清货款。',
    'Listed fault within 7 days of sale: return, exchange or repair; a return refunds the invoice price at once.',
  ],
  [
    'C5',
    'P-part',
    [art('MOB2001', 12)],
    '售出第八日至第十五日内发生性能故障，消费者可选择换机或修理。',
    'Listed fault on day 8 to 15: exchange or repair.',
  ],
  [
    'C6',
    'P-part',
    [art('MOB2001', 13)],
    '在三包有效期内修理两次仍不能正常使用的，凭修理记录免费更换同型号同规格主机。',
    'Still not working after two repairs within the period: free replacement host.',
  ],
  [
    'C7',
    'S',
    [art('MOB2001', 14)],
    '附件在三包有效期内出现性能故障的免费更换；更换两次仍有故障的免费退货。',
    'A faulty accessory is replaced free; after two replacements still faulty it is returned free.',
  ],
  [
    'C8',
    'P-part',
    [art('MOB2001', 16)],
    '因生产者未按合同提供零配件，自送修之日起超过六十日未修好的，免费更换同型号同规格主机。',
    'Not repaired more than 60 days after sending for lack of parts: free replacement host.',
  ],
  [
    'C9',
    'P-part',
    [art('MOB2001', 19)],
    '符合换机条件，有同型号但消费者要求退机的，收取折旧费；无同型号且不愿换其他型号的，免费退机。',
    'Exchange conditions met: return with depreciation when the same model exists; free return when it does not.',
  ],
  [
    'C10',
    'S',
    [other('MOB2001', '（条号待核实）', '(article unconfirmed)')],
    '发票和三包凭证丢失但能证明在有效期内的，仍予三包。',
    'Lost invoice and voucher but proof of the period: free repair and replacement still owed.',
  ],
  // D — fixed phones
  [
    'D1',
    'P-part',
    [art('FIX2001', 15)],
    '符合换机条件而无同型号、消费者不愿换其他型号的，免费退机。',
    'No same model and the consumer refuses others: free return at the invoice price.',
  ],
  [
    'D2',
    'P-part',
    [art('FIX2001', 16)],
    '有同型号而消费者要求退机的，收取折旧费。',
    'Same model available but the consumer wants a return: return with depreciation.',
  ],
  [
    'D3',
    'P-part',
    [art('FIX2001', 17)],
    '换机应为新机，不得为不合格品。',
    'Exchange units must be new and conforming.',
  ],
  [
    'D4',
    'P-part',
    [art('FIX2001', 18)],
    '三包有效期自换机之日起重新计算。',
    'The period restarts from the exchange date.',
  ],
  ['D5', 'P-part', [art('FIX2001', 19)], '有效期内故障免费修理。', 'Faults within the period are repaired free.'],
  [
    'D6',
    'P-part',
    [art('FIX2001', 20)],
    '三日内未修好的，修理者应免费提供备用机。',
    'Not repaired within 3 days: the repairer lends a spare phone free.',
  ],
  [
    'D7',
    'P-part',
    [art('FIX2001', 21)],
    '因生产者未供应零配件超过六十日未修好的，免费换机。',
    'Not repaired more than 60 days for lack of parts: free exchange.',
  ],
  [
    'D8',
    'P-part',
    [art('FIX2001', 22)],
    '因修理者原因修理期超过三十日的，免费换机。',
    "Repair over 30 days through the repairer's fault: free exchange.",
  ],
  [
    'D9',
    'P-part',
    [art('FIX2001', 23)],
    '销售者可向生产者、供货者、修理者追偿。',
    'The seller may recover from the producer, supplier or repairer.',
  ],
  // E — microcomputers
  [
    'E1',
    'P-part',
    [arts('PC2002', 2, 4)],
    '适用于列入附件的微型计算机主机、外设、选购件及软件。',
    'PC hosts, peripherals, options and software in Annex 1; seller responsible; minimum standard.',
  ],
  [
    'E2',
    'P-part',
    [art('PC2002', 9)],
    '发票和三包凭证丢失但能证明在有效期内的，仍予修理和更换。',
    'Lost invoice and voucher but proof of the period: repair and exchange still owed.',
  ],
  [
    'E3',
    'P-part',
    [art('PC2002', 10)],
    '整机三包有效期内免费修理；主要部件三包有效期内免费修理或更换新的主要部件。',
    'Whole-unit period: free repair; main-part period: free repair or a new main part.',
  ],
  [
    'E4',
    'S',
    [other('PC2002', '（条号待核实）', '(article unconfirmed)')],
    '七日内性能故障可退货、换货或修理；十五日内可换货或修理；一年内修理。',
    'Performance fault within 7 days: return, exchange or repair; within 15 days: exchange or repair; then repair.',
  ],
  [
    'E5',
    'S',
    [other('PC2002', '附件1', 'Annex 1')],
    '整机一年，主要部件二年。',
    'Whole unit 1 year, main parts 2 years.',
  ],
  [
    'F',
    'S/U',
    [other('AV2002', '（发布年份及条号待核实）', '(year and articles unconfirmed)')],
    '家用视盘机等：整机一年，主要部件二年；更换的主要部件重新计算主要部件三包有效期。',
    'Disc players etc.: whole unit 1 year, main parts 2 years; a replaced main part gets a fresh main-part period.',
  ],
  // G — cars (CAR2021)
  [
    'G1',
    'P',
    [art('CAR2021', 18)],
    '三包有效期不低于2年或5万公里，包修期不低于3年或6万公里，以先到者为准；自开具发票之日起计算，交付日期不同的自交付之日起计算。',
    'Validity ≥ 2 years/50,000 km, free repair ≥ 3 years/60,000 km, first reached; from the invoice date or the later delivery date.',
  ],
  [
    'G2',
    'P',
    [art('CAR2021', 19)],
    '包修期内出现质量问题的，修理者应当免费修理（包括工时费和材料费）。',
    'Quality problems within the free-repair period are repaired free, labour and materials.',
  ],
  [
    'G3',
    'P',
    [art('CAR2021', 20)],
    '自三包有效期起算之日起60日内或3000公里内，发动机、变速器、动力蓄电池、行驶驱动电机的主要零件出现质量问题的，消费者可选择免费更换总成。',
    'Within 60 days or 3,000 km a main component of the engine, transmission, traction battery or drive motor fails: free assembly replacement.',
  ],
  [
    'G4',
    'P',
    [art('CAR2021', 21)],
    '包修期内因质量问题单次修理时间超过5日的，自第6日起提供备用车或合理交通费用补偿。',
    'A single repair over 5 days within the free-repair period: a courtesy car or transport compensation from day 6.',
  ],
  [
    'G5',
    'P',
    [art('CAR2021', 22)],
    '自三包有效期起算之日起7日内，因质量问题需要更换发动机、变速器、动力蓄电池、行驶驱动电机或其主要零件的，消费者可选择免费换车或退车。',
    'Within 7 days a quality problem needs a new engine, transmission, battery, drive motor or main component: free vehicle replacement or refund.',
  ],
  [
    'G6',
    'P',
    [art('CAR2021', 23)],
    '自三包有效期起算之日起60日内或3000公里内，因质量问题出现转向系统失效、制动系统失效、车身开裂、燃油泄漏或动力蓄电池起火的，消费者可选择免费换车或退车。',
    'Within 60 days or 3,000 km steering failure, brake failure, body cracking, fuel leakage or battery fire: free replacement or refund.',
  ],
  [
    'G7',
    'P',
    [art('CAR2021', 24, 1), art('CAR2021', 24, 2)],
    '三包有效期内，严重安全性能故障累计修理2次、总成累计更换2次、同一主要零件更换2次仍不能正常使用，或累计修理时间超过30日、同一质量问题累计修理超过4次的，消费者可选择换车或退车。',
    'Within the validity period: 2 repairs of a serious safety fault, 2 assembly or same-main-component replacements, over 30 days of repair, or the same problem repaired over 4 times: replacement or refund.',
  ],
  [
    'G8',
    'P',
    [art('CAR2021', 24, 3)],
    '专用零部件及动力蓄电池的运输时间、外出救援路途时间不计入修理时间。',
    'Transport of VIN-specific parts and traction batteries and rescue travel time are not counted.',
  ],
  [
    'G9',
    'P',
    [art('CAR2021', 25)],
    '换车应不低于原车配置；无同品牌同型号车辆的，消费者可选择退车。',
    'A replacement vehicle must be at least the original configuration; without one the consumer may choose a refund.',
  ],
  [
    'G10',
    'P',
    [art('CAR2021', 26)],
    '换车或退车的，销售者应赔偿车辆登记费、加装装饰费（扣除折旧）和服务费。',
    'On replacement or refund the seller compensates registration, add-on (less depreciation) and service fees.',
  ],
  [
    'G11',
    'P',
    [art('CAR2021', 27)],
    '按照第二十四条换车或退车的，应当支付合理使用补偿费：车价款×行驶里程/1000×n，n不得高于0.5%。',
    'Replacement or refund under Art 24 carries a usage fee: price × km / 1000 × n, n ≤ 0.5%.',
  ],
  [
    'G12',
    'P',
    [art('CAR2021', 28)],
    '销售者应在10个工作日内答复换车退车要求，20个工作日内完成。',
    'The seller answers within 10 working days and completes within 20 working days.',
  ],
  [
    'G13',
    'P',
    [art('CAR2021', 29)],
    '换车的，三包有效期和包修期自换车之日起重新计算。',
    'A replacement vehicle restarts the validity and free-repair periods.',
  ],
  [
    'G14',
    'P',
    [art('CAR2021', 30)],
    '包修期内车辆所有权转移的，三包凭证随车转移，三包责任不变。',
    'On transfer within the free-repair period the voucher and duties pass with the car.',
  ],
  [
    'G15',
    'P',
    [art('CAR2021', 32)],
    '购买时书面告知的瑕疵、未按说明书使用维护、擅自改装拆解、故障后自行处置不当、不可抗力造成的损坏，经营者不承担三包责任。',
    'No 三包 for disclosed defects, use or maintenance contrary to the manual, forbidden modification, improper self-handling, or force majeure.',
  ],
  [
    'G16',
    'P',
    [art('CAR2021', 40)],
    '家用汽车产品、严重安全性能故障、单次修理时间和累计修理时间的定义。',
    'Definitions: household car, serious safety fault, single and cumulative repair time.',
  ],
  [
    'G17',
    'P',
    [art('CAR2021', 15), art('CAR2021', 17)],
    '修理记录保存不少于6年；包修期内提供救援和拖车服务。',
    'Repair records kept at least 6 years; roadside assistance and towing in the free-repair period.',
  ],
  [
    'G18',
    'P',
    [art('CAR2021', 33)],
    '三包换退车再销售应当检验并书面告知。',
    'Resold returned or exchanged cars must be inspected and disclosed in writing.',
  ],
  [
    'G-hist',
    'S',
    [other('CAR2013', '（条号待核实）', '(articles unconfirmed)')],
    '2013年规定：累计修理超过35日或同一问题修理超过5次；n为0.5%至0.8%。',
    'CAR2013: over 35 days of repair or the same problem repaired over 5 times; n between 0.5% and 0.8%.',
  ],
  // H — seven-day no-reason return
  [
    'H1',
    'P',
    [art('CPL', 25, 1), art('NR7', 2), art('NR7', 36)],
    '经营者采用网络、电视、电话、邮购等方式销售商品，消费者有权自收到商品之日起七日内退货，且无需说明理由。',
    'Goods sold by internet, TV, telephone or mail order may be returned within 7 days without reason.',
  ],
  [
    'H2',
    'P',
    [art('CPL', 25, 1), art('NR7', 6)],
    '消费者定作的、鲜活易腐的、在线下载或者消费者拆封的音像制品、计算机软件等数字化商品、交付的报纸期刊不适用无理由退货。',
    'Custom-made, perishable, downloaded or unsealed digital goods, and delivered newspapers and periodicals are excluded.',
  ],
  [
    'H3',
    'P',
    [art('CPL', 25, 2), art('NR7', 7), art('REG2024', 19, 2)],
    '其他根据商品性质并经消费者在购买时确认不宜退货的商品，不适用无理由退货；不得默认勾选。',
    'Other goods are excluded only if the consumer confirmed it for that purchase; the confirmation may not be pre-selected.',
  ],
  [
    'H4',
    'P',
    [art('NR7', 20, 1)],
    '不适用无理由退货的商品应当以显著方式标注。',
    'Excluded goods must be clearly labelled.',
  ],
  [
    'H5',
    'P',
    [art('CPL', 25, 1), art('NR7', 10)],
    '消费者应在收到商品之日起七日内发出退货通知，七日自签收次日起算。',
    'The return notice must be sent within 7 days, counted from the day after signing for the goods.',
  ],
  [
    'H6',
    'P',
    [art('CPL', 25, 3), art('NR7', 8), art('REG2024', 19, 3)],
    '商品应当完好；为检查或确认商品品质、功能而拆封查验的，不影响商品完好。',
    'Goods must be intact; opening and reasonable testing to inspect do not affect intactness.',
  ],
  [
    'H7',
    'P',
    [art('NR7', 9)],
    '超出查验和确认商品品质、功能需要而使用商品，导致商品价值贬损较大的，视为商品不完好。',
    'Use beyond what inspection requires, causing a significant loss of value, makes the goods not intact.',
  ],
  [
    'H8',
    'P',
    [art('NR7', 11)],
    '销售者应提供真实的退货地址、联系人和电话。',
    'The seller provides a true return address and contact.',
  ],
  [
    'H9',
    'P',
    [art('NR7', 12)],
    '商品、附件及赠品应一并退回；赠品无法退回的可按事先标明的价格支付。',
    'Product, accessories and gifts are returned together; an unreturned gift is paid at its marked price.',
  ],
  [
    'H10',
    'P',
    [art('CPL', 25, 3), art('NR7', 13)],
    '经营者应当自收到退回商品之日起七日内返还消费者支付的商品价款。',
    'The refund is due within 7 days of receiving the returned goods.',
  ],
  [
    'H11',
    'P',
    [art('NR7', 14)],
    '退款原路返回，混合支付的分别退还。',
    'Refund by the original payment method; mixed payments refunded part by part.',
  ],
  [
    'H12',
    'P',
    [art('NR7', 15)],
    '积分、代金券、优惠券支付部分按原方式退还。',
    'Points, vouchers and coupons are returned in the same form.',
  ],
  [
    'H13',
    'P',
    [art('NR7', 16)],
    '消费者支付的信用卡手续费不予退还。',
    'Credit-card fees paid by the consumer are not refunded.',
  ],
  ['H14', 'P', [art('NR7', 17)], '退款为消费者实际支付的价款。', 'The refund is the price actually paid.'],
  [
    'H15',
    'P',
    [art('CPL', 25, 3), art('NR7', 18)],
    '退回商品的运费由消费者承担；另有约定的按约定。',
    'Return shipping is paid by the consumer unless otherwise agreed.',
  ],
  [
    'H16',
    'P',
    [art('NR7', 19)],
    '销售者可与消费者约定退货方式，但不得限制退货方式。',
    'The seller may agree but not restrict the return method.',
  ],
  [
    'H17',
    'P',
    [art('NR7', 25)],
    '退回商品能够完全恢复原状的可作为全新商品再销售，否则应显著标明。',
    'Fully restorable returns may be resold as new, otherwise labelled.',
  ],
  [
    'H18',
    'P',
    [art('NR7', 31), art('PEN2015', 9)],
    '超过十五日未处理退货或未退款的，依法处罚。',
    'Over 15 days without processing or refunding is a violation.',
  ],
  [
    'H19',
    'P',
    [art('REG2024', 19, 4), art('NR7', 4)],
    '消费者应当诚信行使无理由退货权利。',
    'Consumers must not abuse no-reason returns.',
  ],
];

export const citations: Readonly<Record<string, RuleCitation>> = Object.fromEntries(
  ROWS.map(([rule, evidence, [first, ...rest], zh, en]) => [
    rule,
    { rule, evidence, source: toArticle(first), also: rest.map(toArticle), zh, en },
  ]),
);

/** Every rule id the citations table knows, in spec order. */
export const RULE_IDS: readonly string[] = ROWS.map(([rule]) => rule);

/**
 * One line a person can read: Chinese law + article, then the short id and English article, e.g.
 * "《部分商品修理更换退货责任规定》第九条 / R1995 Art 9".
 */
export function citationFor(rule: string): string {
  const citation = citations[rule];
  if (!citation) throw new RangeError(`No citation for rule ${JSON.stringify(rule)}`);
  // Consecutive articles of one law are written once: 《…》第二十四条第一款、第二十四条第三款 / CAR2021 Art 24 ¶1, Art 24 ¶3.
  const groups: ArticleRef[][] = [];
  for (const ref of [citation.source, ...citation.also]) {
    const last = groups.at(-1);
    if (last?.[0]?.law.id === ref.law.id) last.push(ref);
    else groups.push([ref]);
  }
  const zh = groups.map((group) => `${group[0]?.law.zh ?? ''}${group.map((ref) => ref.zh).join('、')}`).join('；');
  const en = groups.map((group) => `${group[0]?.law.id ?? ''} ${group.map((ref) => ref.en).join(', ')}`).join('; ');
  return `${zh} / ${en}`;
}
