import { describe, expect, it } from 'vitest';
import { DEC_1, engine, finalIntent, MARCH_1 } from './shipped.js';

describe('duty-status: whether anything applies to an importer’s goods, from any country', () => {
  it.each([
    ['are we paying extra duty on canadian cobalt bc of this?', [/^No\. As of December 1, 2026, Proclamation 11001 imposes no tariff, quota or other import restriction on cobalt from Canada/, /Cobalt is on the final 2025 USGS List/, /No exemption from the proclamation is reported for it: the negotiations concern imports from any country, Canada included\. The sources do not otherwise name Canada\./]],
    ['our NdFeB magnets come from China, is there a 232 duty on them now?', [/no tariff, quota or other import restriction on rare earth permanent magnets from China/, /derivative product the proclamation singles out/]],
    ['cobolt tarrif y/n', [/^No\. As of December 1, 2026, Proclamation 11001 imposes no tariff/, /cobalt/]],
    ['is there an HTS list of covered products?', [/no annex or list of HTS codes or covered products/]],
    ['do we need an import licence for gallium?', [/licence requirement/, /Gallium is on the final 2025 USGS List/]],
    ['is canada exempt from this?', [/^There is nothing to be exempted from/, /Canada included/]],
    ['r there any quotas on cobalt imports under the crit mineral 232 thing', [/imposes no quota, tariff or other import restriction on cobalt;/]],
    ['Did the proclamation set minimum import prices for rare earth oxides? Our CFO heard it did.', [/^No\. /, /It sets no minimum import price either: the President named such prices only as a remedy he may consider later/]],
    ['Should we expect price floors to raise our cost of Chinese neodymium oxide?', [/Price floors are not in force either/]],
    ["can i tell customers theres no 232 tariff on our cobalt powder?", [/^That is right: /]],
    ['ferroniobium from Brazil (CBMM). 232 status?', [/niobium/i, /from Brazil/]],
    ['Can you confirm the Section 232 rate on processed critical minerals is 25%?', [/^No\. As of December 1, 2026, Proclamation 11001 imposes no tariff/]],
    ['EV maker here. If the talks failed, what measures could end up hitting the battery packs we import?', [/What could change it: the President may take further action, such as tariffs, quotas or minimum import prices,/]],
    ['minimum import prices - are they in force for uranium?', [/imposes no minimum import price, tariff, quota or other import restriction on uranium, and none is in force;/]],
    ["quick q: 'from any country' - so canada and australia are included too??", [/from Canada or Australia;/, /No exemption from the proclamation is reported for any of them: the negotiations concern imports from any country, Canada and Australia included\./, /On Australia: /]],
    ['do we need to budget for tariffs on our lithium?', [/Nothing is payable under it today/]],
    ['is gold imported from peru subject to duty under this', [/Gold is not on the final 2025 USGS List/, /Peru/]],
    ['does this cover semiconductor wafers?', [/^Yes, within its subject\. Semiconductor wafers are one of the semi-finished goods/]],
    ['when do the critical mineral tariffs take effect? need the effective date for our system', [/imposes no tariff, quota or other import restriction/]],
    ["whats the tariff rate", [/imposes no tariff, quota or other import restriction on processed critical minerals/, /no rate to apply or assume/]],
    ['What % tariff should we assume in the 2027 budget for rare earth magnets from China if the 232 kicks in?', [/no rate to apply or assume/]],
    ['any new entry docs or certifications needed for critical mineral imports since january?', [/no filing, declaration, reporting, marking or certificate requirement/]],
    ['does this proclamation treat recycled scrap with rare earths any differently?', [/on scrap and recycled material;/]],
    ['proc 11001 Mexico treatment', [/from Mexico;/, /No exemption from the proclamation is reported for it/, /action plan with Mexico/]],
    ["Are silicon wafers from Taiwan considered a 'derivative product' for this 232?", [/^Yes, within its subject\. Semiconductor wafers are one of the semi-finished goods/, /But being covered costs nothing today/]],
    ['Does the proclamation cover battery scrap / black mass? We import shredded NMC black mass from Poland.', [/^Unclear\. The sources do not address scrap/, /Covered or not, it costs nothing today/]],
    ['Can Washington slap tariffs on our bismuth imports under this proclamation?', [/^As of December 1, 2026, Proclamation 11001 imposes no tariff/, /What could change it: the President may take further action/]],
    ['Finance here, we buy lithium hydroxide from Chile. Should we accrue a Section 232 critical-minerals tariff?', [/on salts and other compounds or lithium from Chile;/, /Lithium is on the final 2025 USGS List/, /no outcome has been reported since, and the sources do not record one/]],
    ['Does that put our polysilicon under the 232 critical minerals action?', [/on silicon;/, /It joined the list only in 2025/]],
    ['wat did 11001 actualy change for importers day to day', [/^As of December 1, 2026, Proclamation 11001 imposes no tariff/]],
    ['is uranium in scope?', [/^Yes, within its subject\. Uranium is on the final 2025 USGS List of Critical Minerals and is one of the minerals named in the proclamation/, /EO 14272 already counted uranium/]],
    ['cobalt 232 status', [/imposes no tariff, quota or other import restriction on cobalt;/]],
    ['where do things stand for our lithium imports?', [/imposes no tariff, quota or other import restriction on lithium;/]],
    ['tl;dr for my boss — any new duties on critical minerals from the Jan 2026 procl?', [/imposes no tariff, quota or other import restriction on processed critical minerals/]],
    ['do i need to switch suppliers right now because of procl 11001??', [/^No\. As of December 1, 2026, Proclamation 11001 imposes no tariff/]],
    ['From a practical standpoint, what does Proclamation 11001 change for a U.S. importer of refined cobalt?', [/imposes no tariff, quota or other import restriction on cobalt;/]],
    ['do i need a new chapter 99 number for PCMDP entries under the procl?', [/^No\. /, /no annex or list of HTS codes/]],
    ['earliest date tarrifs could kick in under this procl?', [/No duty under it has a start date/]],
    ['what actually changes for an importer on day one after this was signed?', [/^As of December 1, 2026, Proclamation 11001 imposes no tariff/]],
    ['is the 232 minerals tariff 25% like steel?', [/imposes no tariff/]],
    ['y/n semiconductors count as derivative products?', [/Microprocessors are among the finished goods/]],
    ['shld we front-load graphite orders before the july deadline?', [/whether to budget for a possible later duty is a business decision/]],
    ['We source NdFeB magnets from China. what actually changes for us day to day because of 11001?', [/on rare earth permanent magnets from China/]],
  ] as const)('"%s"', (q, patterns) => {
    const a = engine.ask(q, DEC_1);
    expect(finalIntent(a.intent)).toBe('duty-status');
    expect(a.factIds[0]).toBe('no-tariff-now');
    for (const p of patterns) expect(a.text).toMatch(p);
    expect(a.text).toMatch(/not legal advice/);
  });

  it('reads "in place", "in effect" and "yet" as whether a duty applies now, never as the window being open', () => {
    const may = new Date('2026-05-04T12:00:00Z');
    for (const q of ['is there any tariff in place yet?', 'is there a tariff in place?', 'are tariffs in effect yet?', 'tariff status for nickel?']) {
      const a = engine.ask(q, may);
      expect(finalIntent(a.intent), q).toBe('duty-status');
      expect(a.text, q).toMatch(/Proclamation 11001 imposes no tariff/);
      expect(a.text, q).not.toMatch(/^Yes/);
    }
  });

  it('says a duty could come before the window ends, and what changes for an importer’s goods', () => {
    const feb = new Date('2026-02-10T12:00:00Z');
    expect(engine.ask('Could duties start before the July deadline, or is July the earliest?', feb).text).toMatch(/He can act sooner: the President does not have to wait for the window to close on July 13, 2026/);
    const uf6 = engine.ask('we import UF6 (uranium hexafluoride) — anything change for us at the border after jan 14?', DEC_1);
    expect(finalIntent(uf6.intent)).toBe('duty-status');
    expect(uf6.text).toMatch(/imposes no tariff, quota or other import restriction on uranium/);
  });

  it('checks a claim against what is in force: a duty claimed is not accurate, none claimed is right, none ever is more than the sources promise', () => {
    const june = new Date('2026-06-15T12:00:00Z');
    expect(engine.ask('sales told a customer the tariff on processed nickel goes up after july 13. true?', june).text).toMatch(/^That is not accurate: as of June 15, 2026, Proclamation 11001 imposes no tariff/);
    expect(engine.ask("our broker says there's no 232 duty on cobalt right now, is that right?", june).text).toMatch(/^That is right: as of June 15, 2026/);
    expect(engine.ask('A supplier in Australia claims their lithium will never face a US 232 tariff. Can we rely on that?', june).text).toMatch(/^You cannot rely on that from the sources/);
    // After the window the sources go quiet: a claim of new duties is unsupported, not refuted.
    expect(engine.ask('heard tarrifs on critical minerals started the day after the july deadline, legit?', DEC_1).text).toMatch(/^That is not accurate as far as the sources go: nothing in the sources supports it/);
    expect(engine.ask('so the tariffs started in July, right?', DEC_1).text).toMatch(/^That is not accurate as far as the sources go/);
    expect(engine.ask('An importer I interviewed says the proclamation exempts Australian-origin material. True?', DEC_1).text).toMatch(/^That is not accurate as far as the sources go: .*from Australia/);
  });

  it('reads what the proclamation means for the asker and their goods as what applies to them', () => {
    const a = engine.ask('Could you summarize in plain English what Proclamation 11001 means for a mid-size electronics manufacturer like us, which buys imported rare earth magnets and gallium-based wafers?', DEC_1);
    expect(a.intent).toBe('duty-status');
    expect(a.text).toMatch(/imposes no tariff, quota or other import restriction on rare earth permanent magnets/);
  });

  it('reads chat spellings ("wht does the procl change", "hw much shd i budget … dutys next yr")', () => {
    const a = engine.ask('wht does the procl change on day one for a US importer of rare earth magnets?', DEC_1);
    expect(a.intent).toBe('duty-status');
    expect(a.text).toMatch(/imposes no tariff, quota or other import restriction on rare earth permanent magnets/);
    expect(engine.ask('hw much shd i budget for 232 critical mineral dutys next yr', DEC_1).intent).toBe('duty-status');
  });

  it('answers an importer’s paperwork, origin and transition questions from what is in force', () => {
    expect(engine.ask('do we have to report our critical-mineral imports to Commerce now?', DEC_1).text).toMatch(/puts no filing, declaration, reporting, marking or certificate requirement on importers/);
    expect(engine.ask('quick one, do the 232 mineral dutys go by contry of origin or contry of export', DEC_1).text).toMatch(/no origin rule or de minimis threshold/);
    expect(engine.ask('if tariffs come under this critical minerals 232, would contracts signed before then be grandfathered?', DEC_1).text).toMatch(/does not address how a later duty would treat existing contracts/);
    expect(engine.ask('Does the proclamation set a price floor we have to buy at?', DEC_1).text).toMatch(/^No\. .*imposes no price floor \(minimum import price\), tariff/);
    expect(engine.ask('Practically speaking, is there anything my team has to file, certify or declare at entry because of Proclamation 11001?', DEC_1).text).toMatch(/puts no filing, declaration, reporting, marking or certificate requirement/);
    expect(engine.ask('Do I need to file anything with Commerce by some deadline?', DEC_1).text).toMatch(/puts no filing, declaration, reporting, marking or certificate requirement/);
    expect(engine.ask('do we need a certifcate of origin for cobalt now bc of the 232', DEC_1).text).toMatch(/no origin rule|no filing, declaration, reporting, marking or certificate requirement/);
    expect(engine.ask('For customs compliance purposes, what obligations does Proclamation 11001 place directly on importers of record?', DEC_1).text).toMatch(/puts no filing, declaration, reporting, marking or certificate requirement/);
    expect(engine.ask('Copper was added to the USGS list in November 2025. Does Proclamation 11001 therefore cover copper?', DEC_1).text).toMatch(/^Unclear\. Copper is on the final 2025 USGS List/);
    expect(engine.ask('is cobalt covered?', DEC_1).text).toMatch(/^Yes, within its subject\. Cobalt/);
    expect(engine.ask('exclusion process?', DEC_1).text).toMatch(/^There is nothing to be exempted from/);
    expect(engine.ask('is the dodd-frank conflict minerals reporting rule still in force?', DEC_1).answered).toBe(false);
  });

  it('says what a named agency has to do with it, and answers where things stand', () => {
    expect(engine.ask('Will CBP start collecting anything under this on Feb 1?', new Date('2026-01-25T12:00:00Z')).text).toMatch(/On U\.S\. Customs and Border Protection: .*CBP has no duty to collect/);
    for (const q of ['status today?', 'where do things stand?']) {
      const a = engine.ask(q, DEC_1);
      expect(finalIntent(a.intent), q).toBe('duty-status');
      expect(a.text, q).toMatch(/^As of December 1, 2026/);
    }
  });

  it('reads the goods of an importer’s scene, and names a country by its own name', () => {
    const a = engine.ask('we import GaAs semiconductor wafers from taiwan for our RF line. any impact from the critical minerals proclamation?', DEC_1);
    expect(a.title).toBe('Semiconductor wafers from Taiwan under Proclamation 11001');
    expect(a.text).not.toMatch(/On Taiwan:/);
    expect(engine.ask('rare earth magnets from japan, any duty?', DEC_1).text).toMatch(/On Japan: .*European Union and Japan/);
    expect(engine.ask('can we file for an exclusion under 11001?', DEC_1).text).toMatch(/^There is nothing to be exempted from/);
  });

  it('leaves a question about something beside the proclamation to what answers it', () => {
    const a = engine.ask("A supplier's sales rep mentioned 'Project Vault' as if it changes the pricing picture for cobalt. What is it and who is funding it?", DEC_1);
    expect(a.factIds).not.toContain('no-tariff-now');
    expect(a.text).toMatch(/Export-Import Bank/);
  });

  it('says what could change it, in the tense of the day asked', () => {
    expect(engine.ask('is there a tariff on cobalt now?', MARCH_1).text).toMatch(/within the 180-day window, which closes on Monday, July 13, 2026 \(in 134 days\)/);
    expect(engine.ask('is there a tariff on cobalt now?', DEC_1).text).toMatch(/has closed \(on Monday, July 13, 2026, 141 days ago\)/);
  });

  it('names another trade action in its caveat when the goods have one', () => {
    expect(engine.ask('is there a tariff on copper?', DEC_1).text).toMatch(/Other trade actions \(such as the Section 232 tariffs on copper\)/);
  });

  it('leaves questions about why or about what happens to the facts that answer them', () => {
    for (const q of ['why were tariffs held off?', 'what happens if the talks fail?', 'govwatch says it adjusts tariffs, is that right', 'In our scenario planning we assume the talks under 11001 could go wrong in more than one way. Under what specific conditions does the proclamation let the President move beyond negotiations to further measures?']) expect(finalIntent(engine.ask(q, DEC_1).intent), q).not.toBe('duty-status');
  });
});
