import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/loader.js';
import { ARTICLE_PARTS, DOSSIER_TOPICS } from '../../src/knowledge/schema.js';
import { hashesFromFingerprint, hashesFromSources, runHash, runsOf, sourceRunHashes, sourcesPresent } from './support/source-runs.js';

const kb = loadKnowledge();

/** Dossier §O3: the final 2025 USGS List of Critical Minerals. */
const USGS_2025 = [
  'aluminum', 'antimony', 'arsenic', 'barite', 'beryllium', 'bismuth', 'boron', 'cerium', 'cesium', 'chromium',
  'cobalt', 'copper', 'dysprosium', 'erbium', 'europium', 'fluorspar', 'gadolinium', 'gallium', 'germanium',
  'graphite', 'hafnium', 'holmium', 'indium', 'iridium', 'lanthanum', 'lead', 'lithium', 'lutetium', 'magnesium',
  'manganese', 'metallurgical coal', 'neodymium', 'nickel', 'niobium', 'palladium', 'phosphate', 'platinum',
  'potash', 'praseodymium', 'rhenium', 'rhodium', 'rubidium', 'ruthenium', 'samarium', 'scandium', 'silicon',
  'silver', 'tantalum', 'tellurium', 'terbium', 'thulium', 'tin', 'titanium', 'tungsten', 'uranium', 'vanadium',
  'ytterbium', 'yttrium', 'zinc', 'zirconium',
];
/** Dossier §O4. */
const ADDED_2025 = ['boron', 'copper', 'lead', 'metallurgical coal', 'phosphate', 'potash', 'rhenium', 'silicon', 'silver', 'uranium'];

const minerals = new Map(kb.minerals.map((m) => [m.name.toLowerCase(), m]));
const allNames = (a: { name: string; aliases: string[] }) => [a.name, ...a.aliases].map((n) => n.toLowerCase());

describe('the knowledge base as shipped', () => {
  it('holds at least 80 facts asked in at least 300 ways, each with three or more phrasings', () => {
    expect(kb.facts.length).toBeGreaterThanOrEqual(80);
    expect(kb.facts.reduce((n, f) => n + f.questions.length, 0)).toBeGreaterThanOrEqual(300);
    for (const f of kb.facts) expect(f.questions.length, f.id).toBeGreaterThanOrEqual(3);
  });

  it('lists exactly the 60 minerals of the final 2025 USGS list', () => {
    expect(USGS_2025).toHaveLength(60);
    const listed = kb.minerals.filter((m) => m.listed).map((m) => m.name.toLowerCase()).sort();
    expect(listed).toEqual([...USGS_2025].sort());
  });

  it('flags exactly the ten 2025 additions, 16 rare-earth entries and 5 platinum-group metals', () => {
    expect(kb.minerals.filter((m) => m.added2025).map((m) => m.name.toLowerCase()).sort()).toEqual([...ADDED_2025].sort());
    expect(kb.minerals.filter((m) => m.listed && m.rareEarth)).toHaveLength(16);
    expect(kb.minerals.filter((m) => m.platinumGroup).map((m) => m.name.toLowerCase()).sort()).toEqual(
      ['iridium', 'palladium', 'platinum', 'rhodium', 'ruthenium'],
    );
  });

  it('marks the proclamation’s named examples and the common materials that are not listed', () => {
    for (const name of ['praseodymium', 'terbium', 'yttrium', 'gallium', 'germanium', 'indium', 'lithium', 'cobalt', 'nickel', 'uranium'])
      expect(minerals.get(name)?.namedInProclamation, name).toBe(true);
    expect(minerals.get('copper')?.namedInProclamation).toBe(false);
    for (const name of ['gold', 'iron ore']) {
      const m = kb.minerals.find((x) => allNames(x).includes(name));
      expect(m, name).toBeDefined();
      expect(m?.listed, name).toBe(false);
    }
    expect(minerals.get('copper')?.symbol).toBe('Cu');
  });

  it('knows every agency by the names people use', () => {
    const find = (alias: string) => kb.agencies.find((a) => allNames(a).includes(alias.toLowerCase()))?.id;
    for (const alias of ['USTR', 'DHS', 'CBP', 'BIS', 'Commerce']) expect(find(alias), alias).toBeDefined();
    expect(find('Pentagon')).toBeDefined();
    expect(find('Department of Defense')).toBe(find('Pentagon'));
    expect(kb.agencies.find((a) => a.id === find('Pentagon'))?.name).toMatch(/Department of War/);
  });

  it('defines the glossary terms the commands need', () => {
    const terms = kb.glossary.flatMap((t) => [t.term, ...t.aliases].map((x) => x.toLowerCase()));
    for (const term of ['section 232', 'pcmdp', 'processed critical mineral', 'derivative product', 'net import reliance', 'price floor', 'minimum import price', 'federal register'])
      expect(terms.some((t) => t.includes(term)), term).toBe(true);
  });

  it('dates the events of the dossier and computes the deadlines from them', () => {
    const date = (id: string) => kb.eventById.get(id)?.date;
    expect(date('eo-14272-signed')).toBe('2025-04-15');
    expect(date('investigation-initiated')).toBe('2025-04-22');
    expect(date('report-transmitted')).toBe('2025-10-24');
    expect(date('proclamation-signed')).toBe('2026-01-14');
    expect(date('fr-published')).toBe('2026-01-20');
    expect(kb.eventById.get('negotiation-window-end')).toMatchObject({ date: '2026-07-13', derived: true });
    expect(kb.eventById.get('six-months-after-signing')).toMatchObject({ date: '2026-07-14', derived: true, timeline: false });
    expect(kb.eventById.get('mexico-work-period-end')).toMatchObject({ date: '2026-04-05', derived: true, timeline: false });
    expect(kb.events.some((e) => e.date > '2026-01-20' && !e.derived), 'later developments').toBe(true);
  });

  it('maps every article part and every dossier topic to facts', () => {
    expect(kb.coverage).not.toBeNull();
    for (const part of ARTICLE_PARTS) expect(kb.coverage?.article[part].length, `article ${part}`).toBeGreaterThan(0);
    for (const topic of DOSSIER_TOPICS) expect(kb.coverage?.dossier[topic].length, `dossier ${topic}`).toBeGreaterThan(0);
    // The map must point where the facts say they come from: some fact mapped to a part cites that part of S1.
    const citesPart = (factId: string, part: string) =>
      kb.factById.get(factId)?.sources.some((s) => s.id === 'S1' && s.locator.split(/[;,]\s*/).includes(/^\d+$/.test(part) ? `¶${part}` : part));
    for (const part of ARTICLE_PARTS) expect(kb.coverage?.article[part].some((id) => citesPart(id, part)), `a fact mapped to ${part} cites S1 there`).toBe(true);
  });

  it('cites an official text in every fact and entity it calls primary', () => {
    const official = new Set(kb.sources.filter((s) => ['official', 'federal-register', 'statute-regulation'].includes(s.kind)).map((s) => s.id));
    const entries = [...kb.facts, ...kb.agencies, ...kb.glossary, ...kb.events];
    const unsupported = entries.filter((e) => e.confidence === 'primary' && !e.sources.some((s) => official.has(s.id))).map((e) => e.id);
    expect(unsupported).toEqual([]);
  });

  it('is written in its own words: no ten-word run copied from the article or the dossier', () => {
    const sourceRuns = sourceRunHashes();
    // A short quotation marked as such, or a document's own title, is citing, not copying.
    const titles = kb.sources.map((s) => s.title.toLowerCase());
    const ownWords = (text: string) =>
      titles
        .reduce((t, title) => t.split(title).join('\n'), text.toLowerCase())
        .replace(/"[^"\n]{1,120}"|“[^”\n]{1,120}”/g, '\n')
        .split('\n');
    const texts = [
      ...kb.facts.map((f) => [f.id, f.answer] as const),
      ...kb.agencies.map((a) => [a.id, a.role] as const),
      ...kb.glossary.map((g) => [g.id, g.definition] as const),
      ...kb.events.map((e) => [e.id, e.description] as const),
    ];
    const copied: string[] = [];
    for (const [id, text] of texts) {
      for (const segment of ownWords(text)) {
        const run = runsOf(segment).find((r) => sourceRuns.has(runHash(r)));
        if (run !== undefined) copied.push(`${id}: "${run}"`);
      }
    }
    expect(copied).toEqual([]);
  });

  it.runIf(sourcesPresent())('keeps the committed fingerprint of the sources up to date', () => {
    expect(hashesFromFingerprint(), 'run: npx tsx test/knowledge/support/source-runs.ts').toEqual(hashesFromSources());
  });
});
