// Rules shared by generate.mjs (the current divisions) and history.mjs (their changes), so that
// both read the package's rows the same way.

/** NBS groupings printed as prefecture-level units: 市辖区, 县, 省直辖县级行政区划, 自治区直辖县级行政区划. */
export const isPseudoCity = (name) => name === '市辖区' || name === '县' || /直辖县级行政区划$/.test(name);

/** County-level "similar units" (fifth digit 7): development and function zones. */
export const isSimilarCounty = (code) => code.charAt(4) === '7';

/** Township-level "similar units" (codes 400-599): farms, zones, management committees. */
export const isSimilarTownship = (code) => Number(code.slice(6, 9)) >= 400;

/**
 * The name a township is known by: older snapshots print a street with its office (东华门街道办事处),
 * documents and the newer snapshots write 东华门街道.
 */
export const normalName = (name) => name.replace(/街道办事处$/, '街道');
