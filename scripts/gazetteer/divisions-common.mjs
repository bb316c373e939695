// Rules shared by generate.mjs (the current divisions) and history.mjs (their changes), so that
// both read the package's rows the same way.

/** NBS groupings printed as prefecture-level units: 市辖区, 县, 省直辖县级行政区划, 自治区直辖县级行政区划. */
export const isPseudoCity = (name) => name === '市辖区' || name === '县' || /直辖县级行政区划$/.test(name);

/** County-level "similar units" (fifth digit 7): development and function zones. */
export const isSimilarCounty = (code) => code.charAt(4) === '7';

/** Township-level "similar units" (codes 400-599): farms, zones, management committees. */
export const isSimilarTownship = (code) => Number(code.slice(6, 9)) >= 400;

/**
 * The name a township is known by. Older snapshots print a street with its office (东华门街道办事处,
 * 河西办事处, 吉大街道办, 仁和地区办事处, 鱼嘴镇人民政府, 南郊街道（办事处）) and some townships after their
 * city or county (四平市铁东区山门镇, 淮滨县台头乡); documents and the newer snapshots write 东华门街道,
 * 河西街道, 吉大街道, 仁和地区, 鱼嘴镇, 南郊街道, 山门镇, 台头乡.
 *
 * @param prefixes the names a township may be printed after (its city and county, joined and alone)
 */
export const normalName = (name, prefixes = []) => {
  const prefix = prefixes.find((p) => p && name.startsWith(p) && name.length > p.length + 1);
  return (prefix ? name.slice(prefix.length) : name)
    .replace(/[（(][^）)]*[）)]$/, '')
    .replace(/人民政府$/, '')
    .replace(/(街道|地区)办事处$/, '$1')
    .replace(/街道办$/, '街道')
    .replace(/^(.+[^街道地区])办事处$/, '$1街道');
};
