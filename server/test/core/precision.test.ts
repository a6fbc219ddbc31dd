// Figures are compared at the precision the draft writes them to. One row per case:
// [source sentence, draft sentence, figure, status, expected (mismatch only)].
import assert from 'node:assert/strict';
import { check, indexOf, verdictOf } from './helpers';

const rows: [string, string, string, 'verified' | 'mismatch', string?][] = [
  ['2020年，余姚实现地区生产总值1220.67亿元。', '2020年，余姚地区生产总值1220.7亿元。', '1220.7亿元', 'verified'],
  ['2020年，余姚实现地区生产总值1220.67亿元。', '2020年，余姚地区生产总值1221亿元。', '1221亿元', 'verified'],
  ['2021年，余姚研发投入强度达到3%。', '2021年，余姚研发投入强度达到3.0%。', '3.0%', 'verified'],
  ['2021年，余姚研发投入强度达到3%。', '2021年，余姚研发投入强度达到3.5%。', '3.5%', 'mismatch', '3%'],
  // a rate rounded to whole percent: 6.8% may be written 7%, 6.5% may not (writers keep the tenth)
  ['2024年，绵阳地区生产总值增长6.8%。', '2024年，绵阳地区生产总值增长7%。', '7%', 'verified'],
  ['2024年，绵阳地区生产总值增长6.5%。', '2024年，绵阳地区生产总值增长7%。', '7%', 'mismatch', '6.5%'],
  ['2020年，余姚地区生产总值约1220亿元。', '2020年，余姚地区生产总值1220.7亿元。', '1220.7亿元', 'verified'],
  ['2020年，余姚地区生产总值约1220亿元。', '2020年，余姚地区生产总值1320.7亿元。', '1320.7亿元', 'mismatch', '1220亿元'],
  // two approximations of one figure are written alike: 6%左右 is neither 6.5%左右 nor 7%左右
  ['2024年预期目标：地区生产总值增长6%左右。', '2024年预期目标：地区生产总值增长6%左右。', '6%', 'verified'],
  ['2024年预期目标：地区生产总值增长6%左右。', '2024年预期目标：地区生产总值增长6.5%左右。', '6.5%', 'mismatch', '6%'],
  ['2024年预期目标：固定资产投资增长7%左右。', '2024年预期目标：固定资产投资增长6%左右。', '6%', 'mismatch', '7%'],
  ['2024年预期目标：固定资产投资增长7%左右。', '2024年预期目标：固定资产投资增长7.0%左右。', '7.0%', 'verified'],
  // an approximate draft figure covers its rounding, not the next whole number: 3%左右 is not 4%
  ['2024年，全省地方一般公共预算收入增长4%。', '2024年，全省地方一般公共预算收入增长3%左右。', '3%', 'mismatch', '4%'],
  ['2024年，全省地方一般公共预算收入增长3.4%。', '2024年，全省地方一般公共预算收入增长3%左右。', '3%', 'verified'],
  // an approximation of another kind is read at the draft's own precision: 5.7%左右 is not 6%以上
  ['2024年预期目标：地区生产总值增长6%以上。', '2024年预期目标：地区生产总值增长6%左右。', '6%', 'verified'],
  ['2024年预期目标：地区生产总值增长6%以上。', '2024年预期目标：地区生产总值增长5.7%左右。', '5.7%', 'mismatch', '6%'],
  // a source's share in tenths (一成) holds the draft's 9.4% within its rounding; 约 before 占 is no part of the name
  ['前三季度，西安新能源汽车产量约占全国一成。', '前三季度，西安新能源汽车产量约占全国的9.4%。', '9.4%', 'verified'],
];

describe('precision: [source, draft, figure, status, expected]', () => {
  for (const [source, draft, figure, status, expected] of rows) {
    it(`${figure} against “${source}” → ${status}`, () => {
      const v = verdictOf(check(draft, indexOf(source)), figure);
      assert.equal(v.status, status);
      if (expected) assert.equal(v.expected, expected);
    });
  }
});
