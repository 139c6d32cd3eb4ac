// Every rule id of docs/warranty-law.md has a readable citation: law and article, in Chinese and English.
import { describe, expect, it } from 'vitest';
import { chineseNumeral, citationFor, citations } from './citations.ts';

describe('chineseNumeral', () => {
  it.each([
    [1, '一'],
    [9, '九'],
    [10, '十'],
    [11, '十一'],
    [20, '二十'],
    [24, '二十四'],
    [99, '九十九'],
    [100, '一百'],
    [101, '一百零一'],
    [110, '一百一十'],
    [200, '二百'],
    [203, '二百零三'],
    [1260, '一千二百六十'],
    [1001, '一千零一'],
  ])('%i → %s', (n, text) => {
    expect(chineseNumeral(n)).toBe(text);
  });

  it('rejects what no article number can be', () => {
    expect(() => chineseNumeral(0)).toThrow(RangeError);
    expect(() => chineseNumeral(1.5)).toThrow(RangeError);
  });
});

describe('citationFor', () => {
  it('writes law and article in Chinese, then the short id and article in English', () => {
    expect(citationFor('B3')).toBe('《部分商品修理更换退货责任规定》第九条 / R1995 Art 9');
    expect(citationFor('A3')).toBe('《中华人民共和国消费者权益保护法》第二十三条第三款 / CPL Art 23 ¶3');
    expect(citationFor('T6')).toBe('《中华人民共和国民法典》第二百零三条 / CC Art 203');
  });

  it('names a law once for consecutive articles of it, and separates laws', () => {
    expect(citationFor('G7')).toBe(
      '《家用汽车产品修理更换退货责任规定》第二十四条第一款、第二十四条第二款 / CAR2021 Art 24 ¶1, Art 24 ¶2',
    );
    expect(citationFor('H5')).toBe(
      '《中华人民共和国消费者权益保护法》第二十五条第一款；《网络购买商品七日无理由退货暂行办法》第十条 / CPL Art 25 ¶1; NR7 Art 10',
    );
  });

  it('marks the unconfirmed exclusions article (open question 2)', () => {
    expect(citations['B10']?.evidence).toBe('U');
    expect(citationFor('B10')).toContain('待核实');
  });

  it('throws on an unknown rule id', () => {
    expect(() => citationFor('Z9')).toThrow(RangeError);
  });
});

describe('the citations table', () => {
  // rule id, law, article as docs/warranty-law.md gives it.
  it.each([
    ['A1', 'CPL', 'Art 24 ¶1'],
    ['A2', 'CPL', 'Art 24 ¶2'],
    ['A3', 'CPL', 'Art 23 ¶3'],
    ['A4', 'REG2024', 'Art 18 ¶2'],
    ['A5', 'REG2024', 'Art 18 ¶1'],
    ['A6', 'REG2024', 'Art 18 ¶1'],
    ['A7', 'REG2024', 'Art 18 ¶1'],
    ['A8', 'PEN2015', 'Art 8'],
    ['A9', 'REG2024', 'Art 12'],
    ['B1', 'R1995', 'Arts 2–4'],
    ['B2', 'R1995', 'Art 8'],
    ['B3', 'R1995', 'Art 9'],
    ['B4', 'R1995', 'Art 10'],
    ['B5', 'R1995', 'Art 11'],
    ['B6', 'R1995', 'Art 12'],
    ['B7', 'R1995', 'Art 13'],
    ['B8', 'R1995', 'Art 14'],
    ['B9', 'R1995', 'Art 15'],
    ['B10', 'R1995', 'Art 17 or 18 (article number unconfirmed)'],
    ['B11', 'R1995', 'Art 6'],
    ['B12', 'R1995', 'Art 7'],
    ['B13', 'R1995', 'Art 5'],
    ['B14', 'R1995', 'Annex catalogue (whole-unit and main-part periods)'],
    ['B15', 'TV2011', 'announcement and annex'],
    ['B16', 'R1995', 'Arts 23–24'],
    ['C1', 'MOB2001', 'Arts 2–4'],
    ['C2', 'MOB2001', 'Appendix 1 (periods)'],
    ['C3', 'MOB2001', 'Appendix 3 (performance-fault list)'],
    ['C4', 'MOB2001', 'Art 11'],
    ['C5', 'MOB2001', 'Art 12'],
    ['C6', 'MOB2001', 'Art 13'],
    ['C7', 'MOB2001', 'Art 14'],
    ['C8', 'MOB2001', 'Art 16'],
    ['C9', 'MOB2001', 'Art 19'],
    ['C10', 'MOB2001', '(article unconfirmed)'],
    ['D6', 'FIX2001', 'Art 20'],
    ['D7', 'FIX2001', 'Art 21'],
    ['D8', 'FIX2001', 'Art 22'],
    ['E2', 'PC2002', 'Art 9'],
    ['E3', 'PC2002', 'Art 10'],
    ['G1', 'CAR2021', 'Art 18'],
    ['G2', 'CAR2021', 'Art 19'],
    ['G3', 'CAR2021', 'Art 20'],
    ['G4', 'CAR2021', 'Art 21'],
    ['G5', 'CAR2021', 'Art 22'],
    ['G6', 'CAR2021', 'Art 23'],
    ['G7', 'CAR2021', 'Art 24 ¶1'],
    ['G8', 'CAR2021', 'Art 24 ¶3'],
    ['G9', 'CAR2021', 'Art 25'],
    ['G10', 'CAR2021', 'Art 26'],
    ['G11', 'CAR2021', 'Art 27'],
    ['G12', 'CAR2021', 'Art 28'],
    ['G13', 'CAR2021', 'Art 29'],
    ['G14', 'CAR2021', 'Art 30'],
    ['G15', 'CAR2021', 'Art 32'],
    ['G16', 'CAR2021', 'Art 40'],
    ['G17', 'CAR2021', 'Art 15'],
    ['G18', 'CAR2021', 'Art 33'],
    ['H1', 'CPL', 'Art 25 ¶1'],
    ['H2', 'CPL', 'Art 25 ¶1'],
    ['H3', 'CPL', 'Art 25 ¶2'],
    ['H4', 'NR7', 'Art 20 ¶1'],
    ['H5', 'CPL', 'Art 25 ¶1'],
    ['H6', 'CPL', 'Art 25 ¶3'],
    ['H7', 'NR7', 'Art 9'],
    ['H8', 'NR7', 'Art 11'],
    ['H9', 'NR7', 'Art 12'],
    ['H10', 'CPL', 'Art 25 ¶3'],
    ['H11', 'NR7', 'Art 14'],
    ['H12', 'NR7', 'Art 15'],
    ['H13', 'NR7', 'Art 16'],
    ['H14', 'NR7', 'Art 17'],
    ['H15', 'CPL', 'Art 25 ¶3'],
    ['H16', 'NR7', 'Art 19'],
    ['H17', 'NR7', 'Art 25'],
    ['H18', 'NR7', 'Art 31'],
    ['H19', 'REG2024', 'Art 19 ¶4'],
  ])('%s rests on %s %s', (rule, law, article) => {
    const citation = citations[rule];
    expect(citation?.source.law.id).toBe(law);
    expect(citation?.source.en).toBe(article);
    expect(citation?.source.law.zh).toMatch(/^《.+》|公告/);
    expect(citation?.zh.length).toBeGreaterThan(5);
    expect(citation?.en.length).toBeGreaterThan(10);
  });

  it('lists the further sources of a rule', () => {
    expect(citations['A6']?.also.map((ref) => `${ref.law.id} ${ref.en}`)).toEqual([
      'R1995 Art 14',
      'FIX2001 Art 18',
      'CAR2021 Art 29',
    ]);
    expect(citations['H18']?.also.map((ref) => `${ref.law.id} ${ref.en}`)).toEqual(['PEN2015 Art 9']);
  });
});
