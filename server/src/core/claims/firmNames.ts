// 常州恒远新能源股份有限公司, 日照港股份有限公司, 城发集团: how a firm (a park, a featured town) is named,
// in a title, a label or a figure's name, so that one firm's figures are told from another's and from a place's.
import type { Claim } from '../types';
import type { Lexicon } from '../lexicon/lexicon';

/** The words that end the name of a firm, a park, a featured town or a scenic area (拓普集团, 视高园区, 家居小镇). */
export const OWNER_WORDS = '园区|开发区|高新区|经开区|产业园|工业园|小镇|景区|集团|公司';
/** A firm's legal form, written after its name. */
export const LEGAL_FORMS = '股份有限公司|有限责任公司|有限公司';
/** A firm's name (not a park's or a scenic area's, nor a class of firms, 上市公司): what 公司 and 该集团 may refer back to. */
export const FIRM = /(?:(?<!上市|挂牌|子|分|参股|控股)公司|集团)$/;

/** 常州恒远新能源股份有限公司2023年年度报告摘要: a firm's own report, every figure of which is the firm's. */
const FIRM_REPORT = new RegExp(`^[#\\s]*([\u4e00-\u9fff]{2,20}?(?:${LEGAL_FORMS}|集团))(?:[0-9]{4}年度?)?(?:年度|半年度|第?[一二三四]季度)?(?:报告|报告摘要|年报|年报摘要|经营情况|社会责任报告)`);

/** The firm whose own report a document's title says it is, or undefined. */
export function documentOwner(title: string, lexicon: Lexicon): string | undefined {
  const m = FIRM_REPORT.exec(title);
  return m ? ownerNamed(m[1], lexicon) : undefined;
}

/** A firm or park by its name, the place it opens on left out, as a name's is; undefined for a kind alone (公司). */
export function ownerNamed(written: string, lexicon: Lexicon): string | undefined {
  // (日照港股份有限公司 keeps its place: 港 alone names no firm.)
  const place = lexicon.findRegions(written).find((r) => r.start === 0);
  const rest = place ? written.slice(place.end) : written;
  const owner = rest.replace(OWNER_KIND, '').length >= 2 ? rest : written;
  return owner.length >= 2 && !OWNER_ALONE.test(owner) ? owner : undefined;
}
/** What ends a firm's or a park's name: its kind, and a firm's legal form. */
const OWNER_KIND = new RegExp(`(?:股份有限|有限责任|有限)?(?:${OWNER_WORDS})$`);
/** 集团, 公司: a kind of owner, no name of one. */
const OWNER_ALONE = new RegExp(`^(?:${OWNER_WORDS})$`);

/** 股份有限公司, 有限责任公司, 有限公司 after a firm's name, with a name going on after them: its legal form. */
const LEGAL_FORM = new RegExp(`(?<=[\u4e00-\u9fff]{2})(?:${LEGAL_FORMS})(?=[\u4e00-\u9fff]{2})`);

/** 日照港, 白云机场: a port, an airport… whose firm (日照港股份有限公司) is another thing than the facility. */
const FACILITY_FIRM = new RegExp(`(?:港|港口|机场|码头|铁路|高速)(?:${LEGAL_FORMS})`);

/** 恒远新能源股份有限公司营业收入 = 恒远新能源营业收入: a firm by its name, without its legal form (read after
 * the subjects are carried, which know a firm by the 公司 that ends it). A facility's firm stays a 公司: 日照港公司's
 * throughput is not the port's. */
export function withoutLegalForms(claims: Claim[]): void {
  for (const c of claims) {
    // (有限 looked for first: a name may run to thousands of characters, and the look-behind would be tried at each.)
    if (c.indicator.name.includes('有限') && LEGAL_FORM.test(c.indicator.name)) c.indicator = { ...c.indicator, name: c.indicator.name.replace(LEGAL_FORM, FACILITY_FIRM.test(c.indicator.name) ? '公司' : '') };
  }
}
