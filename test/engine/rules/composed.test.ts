import { describe, expect, it } from 'vitest';
import { DEC_1, engine, finalIntent, MARCH_1 } from './shipped.js';

const ask = (q: string, now = DEC_1) => engine.ask(q, now);

describe('office-holder: the person who holds an office, named', () => {
  it.each([
    ['who is the Commerce Secretary?', 'Howard Lutnick', /^Howard Lutnick is the Secretary of Commerce/],
    ['whos the ustr thes days?', 'Jamieson Greer', /^Jamieson Greer is the U\.S\. Trade Representative/],
    ['who heads the state department', 'Marco Rubio', /^Marco Rubio is the Secretary of State/],
    ['Name of the USTR tasked under 11001?', 'Jamieson Greer', /^Jamieson Greer is the U\.S\. Trade Representative/],
    ['whats the name of the commerce secretary', 'Howard Lutnick', /^Howard Lutnick is the Secretary of Commerce/],
  ])('"%s" → %s', (q, name, text) => {
    const a = ask(q);
    expect(a.title).toBe(name);
    expect(a.text).toMatch(text);
  });

  it.each([
    ['Is Jamieson Greer the trade rep named in coverage of the negotiations?', /^Yes\. Jamieson Greer is the U\.S\. Trade Representative/],
    ['is lutnick the current commerce secretary', /^Yes\. Howard Lutnick is the Secretary of Commerce/],
    ['is rubio the commerce secretary?', /^No\. Howard Lutnick is the Secretary of Commerce[\s\S]*Marco Rubio is the Secretary of State\.$/],
    ['Is Vance the Secretary of State?', /^No\. Marco Rubio is the Secretary of State[\s\S]*JD Vance is the Vice President\.$/],
    ['Secretary of Commerce name is Lutnick right? y/n', /^Yes\. Howard Lutnick is the Secretary of Commerce/],
    ['commerce secretary name is greer, correct?', /^No\. Howard Lutnick is the Secretary of Commerce[\s\S]*Jamieson Greer is the U\.S\. Trade Representative\.$/],
  ])('checks a person put up as an office holder: "%s"', (q, text) => {
    const a = ask(q);
    expect(a.intent).toBe('office-holder');
    expect(a.text).toMatch(text);
  });

  it('puts up no one when the question opens with something else, or asks which of two does something', () => {
    expect(engine.ask('Is today the statutory deadline for the President to decide on the Commerce report?', new Date('2026-01-22T12:00:00Z')).intent).not.toBe('office-holder');
    expect(ask('who decide at the end if tariff come, USTR or the president?').intent).not.toBe('office-holder');
  });

  it("reads the asker's VP of supply chain as a colleague, not the Vice President", () => {
    const a = ask("I'm briefing our VP of supply chain, who keeps asking 'who's Lutnick in all this'. I just need a one-liner on his role under the proclamation.");
    expect(a.text).not.toMatch(/Vance/);
    expect(a.text).toMatch(/Commerce/);
  });

  it('answers what an official does with what the office does', () => {
    expect(ask('What does Lutnick actually have to do under the proclamation?').text).toMatch(/As Secretary of Commerce: .*keeps monitoring these imports/s);
  });
});

describe('multi-part: each part answered, in one reply', () => {
  it.each([
    ['when was it signed and who is running the talks?', ['signing-date', 'who-leads-negotiations']],
    ['which EO kicked off the investigation and when did commerce hand in the report?', ['eo-14272-ordered-investigation', 'commerce-report-delivered']],
    ['Lutnick and Greer do the talks, but who keeps an eye on imports after that, and who deals with it at the border?', ['commerce-monitoring-duty', 'cbp-role']],
    ['what does PCMDP stand for, and name a few minerals the proclamation calls out', ['minerals-named-in-proclamation']],
    ["Is the ICN article right that the report-back is 'within six months', and that Homeland Security has an implementing role?", ['update-due-180-days', 'dhs-implementation-role']],
    ['who leads the talks and by when do they need a deal?', ['who-leads-negotiations', 'window-end-date']],
    ["two quick q's: when was it signed, and who's actually running the talks?", ['signing-date', 'who-leads-negotiations']],
    ["who's leading the negotiations and by when are they supposed to report back?", ['who-leads-negotiations', 'update-due-180-days']],
    ['whats a PCMDP and which two officials negotiate on them', ['officials-named']],
    ['If you counted from the FR publication date instead of signing, when would the 180 days end? Which is right?', ['window-if-counted-differently']],
    ['Is there a tariff in place now, and if not, what could trigger one?', ['no-tariff-now', 'if-talks-fail']],
    ['is there a tarrif right now, and if not what would trigger one?', ['no-tariff-now', 'if-talks-fail']],
    ['Two things for the memo - when was 11001 signed, and when did it run in the Federal Register?', ['signing-date', 'federal-register-publication']],
    ['(a) who leads the negotiations and (b) by when did they have to wrap up?', ['who-leads-negotiations', 'window-end-date']],
    ['Two questions: which statute is this proclamation based on, and which executive order initiated the investigation?', ['section-232-explained', 'eo-14272-ordered-investigation']],
    ['who leads the talks and what was the deadline?', ['who-leads-negotiations', 'window-end-date']],
    ['when was it signed and is there a tarrif y/n', ['signing-date', 'no-tariff-now']],
  ])('"%s"', (q, facts) => {
    const a = ask(q);
    expect(a.intent).toBe('multi-part');
    expect(a.factIds).toEqual(expect.arrayContaining(facts));
  });

  it.each(['who are they negotiating with?', 'with which parties are they to negotiate', 'with whom will the US negotiate?'])('reads who the talks are with as the other side, never as an agency: "%s"', (q) => {
    const a = ask(q);
    expect(a.factIds.some((id) => id === 'negotiation-aims' || id === 'who-leads-negotiations')).toBe(true);
    expect(a.text).toMatch(/with (?:US )?trading partners/);
  });

  it.each(['who heads the talks?', "who's in charge of the negotiations?", 'who spearheaded the negotiations'])('reads heading and being in charge as leading: "%s"', (q) => {
    expect(ask(q).factIds).toEqual(['who-leads-negotiations']);
  });

  it('keeps the lead of each part when long answers must be shortened to fit', () => {
    const a = ask("What's the proclamation number, and does it cover lithium-ion battery imports?");
    expect(a.text).toMatch(/Proclamation 11001, titled/);
    expect(a.text).toMatch(/Yes, within its subject/);
    expect(a.text).toMatch(/imposes no tariff, quota or other import restriction on batteries/);
  });

  it('answers both halves asked of one mineral, and "is X one" after a term', () => {
    const twoOfOne = ask('two things: is copper on the 2025 critical minerals list, and is it one of the minerals named in the proclamation?');
    expect(twoOfOne.text).toMatch(/Copper is on the final 2025 USGS List/);
    expect(twoOfOne.text).toMatch(/not among the minerals the proclamation names/);
    expect(ask('what does PCMDP stand for and is lithium one').text).toMatch(/Lithium is on the final 2025 USGS List/);
  });

  it('answers each of a list of things asked for', () => {
    const a = ask('wats the proclamation number, its full title, and is it an EO?');
    expect(a.factIds).toEqual(expect.arrayContaining(['what-is-proclamation-11001', 'not-an-executive-order']));
    expect(a.text).toMatch(/Adjusting Imports of Processed Critical Minerals/);
  });

  it('answers a lettered request item by item', () => {
    const a = ask('Please state (a) the Federal Register document number of the proclamation and (b) the statutory provision under which it was issued.');
    expect(a.factIds).toEqual(expect.arrayContaining(['federal-register-publication', 'legal-basis']));
  });

  it('keeps the scene before a lettered request, and splits an item that asks two things', () => {
    const a = ask("I'm prepping a one-pager for our GC. Can you give me (a) the statutory authority the proclamation relies on and (b) which executive order kicked off the investigation, and when it was signed?");
    expect(a.factIds).toEqual(expect.arrayContaining(['legal-basis', 'eo-14272-ordered-investigation']));
    expect(a.text).toMatch(/April 15, 2025/);
  });

  it('reads "does it?" after a scene as the question the scene reports', () => {
    const a = ask("Leadership saw a headline about curbs on critical minerals imports and wants to know if our landed cost goes up. Does it, and what should we be watching?");
    expect(a.text).toMatch(/imposes no tariff/);
  });

  it('reads "the two" on from the scene, and a question after an opening phrase ("counting from today, roughly how many …")', () => {
    expect(ask('I noticed a gap between the signing and the Federal Register copy. How many days separate the two, and is there a simple reason for the gap?').text).toMatch(/^6 days apart\./);
    const lookback = ask('Counting from today, roughly how many months ago was the proclamation signed, and how many weeks ago did it appear in the Federal Register?');
    expect(lookback.text).toMatch(/10 months and 17 days[\s\S]*45 weeks/);
  });

  it('reads "the EO that started the probe" as EO 14272, and a question the scene says it needs to know', () => {
    expect(ask('when did the EO that startd the probe come out, and how long before 11001 was that').text).toMatch(/April 15, 2025[\s\S]*274 days apart/);
    expect(ask('I need to know who on the US government side is actually in charge of the negotiations this proclamation ordered. Who is it?').factIds).toContain('who-leads-negotiations');
  });

  it('reads "can you give both?" as the request the scene made, and "within what period …" as a second question', () => {
    const both = ask('For a board deck we need the date Commerce handed its Section 232 report to the President, and how many days passed before the deadline. Can you give both?');
    expect(both.text).toMatch(/October 24, 2025/);
    const period = ask('Which officials are directed to lead the negotiations, and within what period were agreements to be reached?');
    expect(period.factIds).not.toContain('after-the-deadline-unknown');
    expect(period.text).toMatch(/180 days/);
  });

  it('reads "those numbers" as the numbers the scene quoted', () => {
    expect(ask("Everyone quotes '12 and 29' from the proclamation. What do those numbers mean, and which minerals are the 12?").text).toMatch(/12 [^.]*100%[^.]*29|100%[\s\S]*29 more/);
  });

  it('carries a mark the scene names to "what date is that"', () => {
    const a = ask('I want to flag the one-year mark of the critical minerals proclamation in our calendar. What date is that, and how many days out are we?');
    expect(a.text).toMatch(/January 14, 2027, in 44 days/);
  });

  it('asks each item of a list about what the scene before it named', () => {
    expect(ask('usgs 2025 list: how many minerals, publish date?').factIds).toEqual(expect.arrayContaining(['critical-minerals-list-count', 'usgs-2025-list-published']));
  });

  it('answers both parts of "how long to do this, and to do that"', () => {
    const a = ask('Under 232 how long does the president have to implement an action after deciding, and to send Congress his reasons? Give me the actual dates for 11001.');
    expect(a.text).toMatch(/January 29, 2026/);
    expect(a.text).toMatch(/February 13, 2026/);
  });

  it('reads "is that …" on from the scene, and tells one subject once', () => {
    const a = ask('My boss heard about some Project Vault thing in the same breath as the minerals proclamation. Is that part of the proclamation? What even is it?');
    expect(a.title).toMatch(/^Project Vault/);
    expect(a.title).not.toMatch(/·/);
    expect(a.text).toMatch(/separate initiative|not a measure of the proclamation/);
  });

  it('leaves out where the asker keeps hearing of something, and reads "other 232s" as 232', () => {
    const a = ask("Genuine question, not trying to be political: why didn't they just do tariffs right away like with other 232s, and also what's this Project Vault thing I keep seeing mentioned alongside it?");
    expect(a.factIds).toContain('why-no-tariffs-yet');
    expect(a.text).toMatch(/Project Vault: A U\.S\. critical-minerals reserve/);
  });

  it('reads a part that names nothing on from the part before', () => {
    const a = ask('is uranium covered, and was it on the 2022 list?');
    expect(a.text).toMatch(/Uranium is on the final 2025 USGS List/);
    expect(a.text).toMatch(/2022 list did not include it|joined the list only in 2025/);
  });

  it('reads numbered questions as parts', () => {
    const a = ask("Two quick ones for a board memo: (1) what exactly is the legal authority behind the critical minerals proclamation, and (2) what's its official number and title?");
    expect(a.intent).toBe('multi-part');
    expect(a.factIds).toEqual(expect.arrayContaining(['legal-basis', 'what-is-proclamation-11001']));
  });

  it('reads a list of questions as a list, and a relative clause after a statement as none', () => {
    const listed = ask('when did the EO launch the probe, who signed it, and what was the deadline for the final report?');
    expect(listed.text).toMatch(/President Trump signed/);
    expect(listed.text).toMatch(/April 22, 2025/);
  });

  it('reads "1) … 2) …" and "&" as parts too', () => {
    expect(ask("1) what legal authority is it under 2) what's the FR citation").factIds).toEqual(expect.arrayContaining(['legal-basis', 'federal-register-publication']));
    expect(ask('when did the final usgs 2025 list come out & how many minerals r on it').text).toMatch(/November 7, 2025[\s\S]*60 critical minerals/);
  });

  it('splits at a spaced dash only after a question, never after a list of goods', () => {
    const split = ask("what does 'adjusting imports' mean here — does it mean a tariff was applied?");
    expect(split.intent).toBe('multi-part');
    expect(split.text).toMatch(/imposes no tariff/);
    expect(ask('oxides, oxalates, salts - which processing stages count').factIds).toEqual(['processed-critical-minerals-definition']);
  });

  it('answers the part about the proclamation and says the part about something else is not covered', () => {
    const a = ask('is the tarrif thing happening to me or not, and btw whats the corporate tax rate for 2026 lol');
    expect(a.text).toMatch(/^No\. As of December 1, 2026, Proclamation 11001 imposes no tariff/);
    expect(a.text).toMatch(/\n\nThat is about taxes, which is outside what I cover: I answer questions about Proclamation 11001 only/);
  });

  it('reads "by when?" after a question about the talks as when they were due', () => {
    const a = ask('who negotiates + by when?');
    expect(a.factIds).toEqual(['who-leads-negotiations', 'window-end-date']);
    expect(a.text).toMatch(/closed on Monday, July 13, 2026/);
  });

  it('counts each of two spans asked side by side', () => {
    const a = ask('days since signing and days since deadline, both number pls');
    expect(a.intent).toBe('multi-part');
    expect(a.text).toMatch(/signed on Wednesday, January 14, 2026, 321 days ago/);
    expect(a.text).toMatch(/closed on Monday, July 13, 2026, 141 days ago/);
  });

  it('gives one duty answer when every part asks about duties', () => {
    const a = ask('Is Canada exempt, and is there a quota on Canadian cobalt?');
    expect(a.intent).toBe('duty-status');
    expect(a.text).toMatch(/exempted from/);
    expect(a.text).toMatch(/Canada included/);
  });
});

describe('question-in-context: scene-setting sentences, then the question', () => {
  it('answers the question, with the goods and country the scene named', () => {
    const a = ask('We import NdFeB magnets from China for our motors. When could duties start?', MARCH_1);
    expect(finalIntent(a.intent)).toBe('duty-status');
    expect(a.text).toMatch(/from China/);
    expect(a.text).toMatch(/closes on Monday, July 13, 2026 \(in 134 days\)/);
  });

  it('reads "it" as what the scene named, even past a sentence that names nothing', () => {
    const a = ask("Our policy lead wants a one-paragraph view on how reliable the ICN article is as a source for the internal brief. It's the only piece she has read so far. How accurate is it overall?");
    expect(a.factIds).toEqual(['icn-article-accuracy']);
  });

  it('reads a request ("please state …") as a question of its own', () => {
    const a = ask('Please state the statutory basis of the proclamation and whether it imposed any duty.');
    expect(a.intent).toBe('multi-part');
    expect(a.text).toMatch(/Trade Expansion Act/);
    expect(a.text).toMatch(/imposes no tariff/);
  });

  it('answers the question alone when the whole message is not answered, rather than decline', () => {
    const a = ask("I've been reading the law-firm alerts and they all lead with 'no tariff now'. Everyone on our side expected 232 tariffs once the investigation wrapped up. Why did they go for negotiations instead?");
    expect(a.answered).toBe(true);
    expect(a.factIds).toEqual(['why-no-tariffs-yet']);
  });

  it.each([
    'Our policy team is writing a note for the execs on the January minerals proclamation. The one thing they keep asking is why the White House went with talks instead of just slapping tariffs on. What is the explanation?',
    'Our CFO asked in the board meeting why, if the investigation found a national-security threat, the US did not just slap tariffs on critical minerals back in January. What is the short explanation I can give her?',
  ])('answers the question the scene reports when the question asked is only "what is the explanation?": "%s"', (q) => {
    expect(ask(q).factIds).toEqual(['why-no-tariffs-yet']);
  });

  it('answers what the scene lists when the question asks to fill in both', () => {
    const a = ask("Our Q2 planning deck has two empty boxes on the statutory timeline: the date the President's 90-day decision window closed, and the date the 30-day statement to Congress was due. Can you fill in both?");
    expect(a.text).toMatch(/January 22, 2026/);
    expect(a.text).toMatch(/February 13, 2026/);
  });

  it('reads "it" as the scene piece that says most, not the nearest, and not a date in passing', () => {
    const a = ask('My manager forwarded the ICN piece from January 20 as the summary of this action. Before I circulate it to the compliance team, how accurate is it overall — anything wrong or unverified I should flag?');
    expect(a.factIds).toContain('icn-article-accuracy');
  });

  it('reads "walk me through the chain of events" as the timeline', () => {
    expect(ask("Putting together a 'history of the 232' slide for our quarterly policy review. Can you walk me through the chain of events from the executive order to the proclamation?").factIds).toEqual(['timeline-overview']);
  });

  it('does not read a relative clause as a second question', () => {
    expect(finalIntent(ask('Our lithium carbonate comes from Chile, which has an FTA with the US. If this proclamation eventually leads to tariffs, does the FTA protect us?').intent)).toBe('duty-status');
  });
});

describe('first-alternative: an either-or question read by its first half when the whole finds no answer', () => {
  it('answers "is it X, or is that something else?" from its first half', () => {
    const a = ask('One of the law-firm alerts my colleague forwarded calls this an executive order, but everything else I read says proclamation. Is it actually an executive order, or is that a different kind of document?');
    expect(a.factIds).toContain('not-an-executive-order');
    expect(a.intent).toMatch(/first-alternative/);
  });

  it('never passes on an answer that only speaks of what the question names', () => {
    const a = ask('I keep seeing JD Vance quoted in the critical minerals coverage. Is he formally part of the Section 232 process, or is it more that he showed up at some event? Just trying to figure out who matters.');
    expect(a.intent).not.toMatch(/^first-alternative\/main-mention/);
  });
});

describe('compare-terms: two terms side by side', () => {
  it.each([
    ['price floor vs minimum import price', 'Price floor vs Minimum import price'],
    ['What is the actual difference between a processed critical mineral and a derivative product?', 'Processed critical mineral vs Derivative product'],
  ])('"%s"', (q, title) => {
    const a = ask(q);
    expect(a.intent).toBe('compare-terms');
    expect(a.title).toBe(title);
  });
});

describe('named-entity: minerals, agencies and terms named on their own', () => {
  it('answers several minerals named together, each from its own entry', () => {
    const a = ask('copper and lithium listed?');
    expect(a.title).toBe('Copper (Cu) · Lithium (Li)');
    expect(a.text).toMatch(/Copper \(Cu\): Yes\./);
    expect(a.text).toMatch(/Lithium \(Li\): Yes\./);
  });

  it('reads "did it make the list?" and "make it on" as whether a mineral is listed', () => {
    for (const q of ['did copper make the cut?', 'did uranium make it onto the final list']) expect(ask(q).text, q).toMatch(/^Yes\. \w+ is on the final 2025 USGS List/);
    expect(ask('whats the usgs list count now and did uranium make it on').text).toMatch(/Uranium \(U\): Yes\./);
  });

  it('answers a mineral asked about "for this 232", misspelt or not', () => {
    for (const q of ['is copper a critical mineral for this 232?', 'is coper a critcal mineral for this 232?']) expect(ask(q).title, q).toBe('Copper (Cu)');
  });

  it('answers what a term means, whatever framing surrounds it', () => {
    expect(ask("what's 'the 2025 list' people keep mentioning").title).toBe('USGS List of Critical Minerals');
    expect(ask("Define 'processed critical minerals' as used in EO 14272 and the investigation.").title).toBe('Processed critical mineral');
  });

  it('answers what counts as a term asked before the goods held up to it', () => {
    expect(ask("what counts as a 'processed' critical mineral vs just ore? we buy refined cobalt and some intermediate stuff from the DRC").title).toBe('Processed critical mineral');
  });

  it('says whether a mineral was dropped from the list from whether it is on it', () => {
    expect(ask('I heard arsenic was dropped from the critical minerals list. True?').text).toMatch(/^No\. Arsenic is on the final 2025 USGS List of Critical Minerals/);
    expect(ask('was gold dropped from the list?').text).toMatch(/^Gold is not on the final 2025 USGS List of Critical Minerals/);
  });

  it('reads the words of an entry\'s other names typed around the one matched as naming it', () => {
    const a = ask('Does Proclamation 11001 address recycled or scrap material containing critical minerals?');
    expect(a.intent).toBe('named-entity');
    expect(a.text).toMatch(/^Unclear\. The sources do not address scrap or recycled material/);
  });

  it('answers what a quoted name is, however the question around it is put', () => {
    for (const q of ["The ICN piece mentions the 'Department of War' - what's that about?", 'the article mention "Department of War" - what is it, new agency?', "The ICN article mentions the 'Department of War'. Is that a mistake for the Pentagon?", "The article mentions the 'Department of War' — which department is that?"]) {
      const a = ask(q);
      expect(a.intent, q).toBe('named-entity');
      expect(a.text, q).toMatch(/^"Department of War" is the Pentagon, that is the Department of Defense/);
    }
  });

  it('defines the term the verb takes, not the guess held up after it', () => {
    const a = ask('how do they define critical minerals for this, just the usgs list?');
    expect(a.title).toBe('Critical mineral');
    expect(a.text).toMatch(/plus uranium/);
  });
});

describe('named-entity: an agency asked about on its own', () => {
  it('answers what part it plays, however the involvement is asked', () => {
    expect(ask('Does Congress have to do or receive anything here?').text).toMatch(/written statement of his reasons within 30 days/);
    expect(ask('is the dept of war involved in this somehow?').text).toMatch(/^Not under the proclamation itself\. "Department of War" is the Pentagon[\s\S]*According to the ICN article/);
  });

  it('says first whether an agency or official has a part in it, as the sources give it', () => {
    expect(ask('is greer involved in this?').text).toMatch(/^Yes\. Jamieson Greer is the U\.S\. Trade Representative/);
    expect(ask('does DHS have a role in this?').text).toMatch(/^Unconfirmed\. According to the ICN article/);
    expect(ask('is CBP involved?').text).toMatch(/^Not under the proclamation itself\. .*no duty for CBP to collect/);
  });
});

describe('asking style is not the question', () => {
  it.each([
    ['explain section 232 like im new on the team', ['section-232-explained']],
    ['is uranium a critical mineral for purposes of this?', []],
    ['Press coverage seemed surprised there were no tariffs attached. What reasons did reporters give for the administration holding off?', ['why-no-tariffs-yet']],
    ['Why did Trump hold off on tariffs here, according to the wire coverage?', ['why-no-tariffs-yet']],
    ['Which USGS list defines scope — the 2022 one or the new 2025 one?', ['proclamation-scope-and-2025-list']],
    ["Who's supposed to keep watching critical mineral imports going forward and raise a flag if more action is needed?", ['commerce-monitoring-duty']],
    ["What did the Commerce Department's report actually find?", ['commerce-finding']],
    ['I have to summarise the Commerce report for our board in a few bullets. What did it actually find?', ['commerce-finding']],
    ['By what date did the statute require the President to make his determination after receiving the report?', ['decision-timing-90-days']],
    ['which agency puts out the critical minerals list this whole thing keys off?', ['usgs-2025-list-published']],
    ['is lutnick the trade rep guy or the commerce guy i always mix them up', ['officials-named']],
    ["Why didn't the administration put tariffs on straight away?", ['why-no-tariffs-yet']],
    ['one line: why was procl 11001 issued?', ['commerce-finding']],
    ['Does the proclamation reach semi-finished stuff like cathodes and anodes, or only raw ore?', ['derivative-products-definition']],
    ['Additions to the 2025 list versus 2022?', ['minerals-added-2025']],
    ['whatever came of the US–Mexico minerals action plan?', ['mexico-eu-japan-action-plans']],
    ["For the CEO's talking points, could you give me the names and titles of the two officials who are leading the negotiations under the proclamation?", ['officials-named']],
    ['Which agency actually ran the Section 232 investigation behind this?', ['bis-or-commerce']],
    ['Who is responsible for watching import levels after the proclamation and flagging the need for more action?', ['commerce-monitoring-duty']],
    ["Which agency decides which minerals count as 'critical' for this — the list everyone refers to?", ['critical-mineral-definition']],
    ['How many rare-earth-type elements appear individually on the 2025 list?', ['rare-earths-on-list']],
    ["Would it be possible to obtain a copy of the Commerce report itself for the CEO's reading file?", ['commerce-report-delivered']],
    ['Could you give me the key facts on why this proclamation was issued? A short paragraph the CEO can read in the car is perfect.', ['commerce-finding']],
    ['Who is actually running the negotiations the proclamation calls for — names please, not just job titles.', ['who-leads-negotiations']],
    ['what happened after the procl in feb, anything', ['developments-since-proclamation']],
    ["what's the FR citation I should put in our compliance memo for this procl?", ['federal-register-publication']],
    ["Was the President's decision on time under the statute?", ['decision-timing-90-days']],
    ['why no tariffs this time? the other 232s all ended in tariffs', ['why-no-tariffs-yet']],
  ])('"%s"', (q, facts) => {
    const a = ask(q);
    expect(a.answered).toBe(true);
    expect(a.factIds).toEqual(facts);
  });

  it('reads "what is it actually measuring?" as what a term means', () => {
    expect(ask("the 12 and 29 numbers - what is 'net import reliance' actually measuring?").title).toMatch(/Net import reliance/i);
  });

  it('reads "who puts out the list" as who publishes it', () => {
    expect(ask('who puts out the critcal minerals list thats referenced').text).toMatch(/U\.S\. Geological Survey/);
  });
});

describe('terms asked about with goods as examples', () => {
  it('defines the term when asked what counts as it, the goods named only as examples', () => {
    expect(ask('what counts as a "derivative product" in this thing? just magnets or way broader').title).toBe('Derivative product');
  });

  it('compares two terms asked whether they are the same mechanism', () => {
    const a = ask('I keep seeing "price floors" and "minimum import prices" used interchangeably in the coverage. In the proclamation itself, are they the same mechanism or do they show up in different places? I need to get this right for a one-pager going to our SVP.');
    expect(a.title).toBe('Price floor vs Minimum import price');
  });
});

describe('named-entity: goods asked about as what they are', () => {
  it('says yes when goods the definition names are asked about as finished or semi-finished products', () => {
    const a = ask('are finished products like wind turbines considered derivative products?');
    expect(a.text).toMatch(/^Yes, within its subject\. Wind turbines and their components are among the finished goods/);
  });

  it('answers what a term is after an interjection', () => {
    expect(ask('wait what even is section 232').title).toBe('Section 232');
  });
});

describe('named-entity: whether the proclamation names a mineral', () => {
  it('answers about its examples, and says so when only one reading names it', () => {
    expect(ask('is gallium named in the proclamation?').text).toMatch(/^Yes\. The proclamation names gallium as an example/);
    expect(ask('does the proclamation mention copper?').text).toMatch(/^No\. The proclamation does not name copper among its examples\. Copper is on the final 2025 USGS List/);
    expect(ask('does the proclamation name bromine?').text).toMatch(/^Not confirmed\./);
  });
});

describe('unknown-outcome: how the talks turned out is not known, and said so', () => {
  it.each(['did the talks work?', 'was the 180 day update ever sent to the president?', 'did anything actually happen after the july 13 deadline?', 'so were tariffs slapped on after the 180 days ran out?', 'has trump put tariffs on critical minerals since the deadline passed?', 'thompson hine said a sectoral tariff could come by july 2026 - did it?'])('"%s"', (q) => {
    const a = ask(q);
    expect(a.intent).toBe('unknown-outcome');
    expect(a.text).toMatch(/^Not known\. The 180-day negotiation window closed on Monday, July 13, 2026, 141 days ago\./);
  });

  it('recalls what was on record before the window closed when asked where things stand, and what may follow now it has', () => {
    const status = ask('status of the negotiations as of today?');
    expect(status.text).toMatch(/^Not known\./);
    expect(status.text).toMatch(/On record before that: .*Ministerial/);
    expect(ask('so what happens now that the 180 days are up?').text).toMatch(/What may follow: Reported options are tariffs, quotas or mandatory minimum import prices/);
  });

  it('recalls the action plans on record when asked whether any deal was signed', () => {
    expect(ask('did any country actually sign a deal under the proclamation?').text).toMatch(/On record before that: .*Mexico action plan and planned EU and Japan arrangements/);
  });

  it('names the agreements signed before the proclamation when asked which countries signed', () => {
    expect(ask('which countries did the US actually sign critical minerals deals with?').text).toMatch(/Signed before the proclamation: .*Japan, Australia, Malaysia, Thailand and Saudi Arabia/);
  });

  it('leaves who is responsible for the update to the fact that names them', () => {
    const a = ask('Which offices are responsible for updating the President on the status of the negotiations?');
    expect(a.intent).not.toBe('unknown-outcome');
    expect(a.factIds[0]).toBe('update-due-180-days');
  });

  it('leaves what the proclamation itself did to the duty answer', () => {
    expect(finalIntent(ask('did the proclamation impose any duties on imports').intent)).toBe('duty-status');
  });

  it.each(['any sign a minimum import price on rare earths got adopted after july?', 'is the proclamation still the last word on this, or did something replace it?'])('says what followed is not known when asked whether a measure was adopted or replaced it: "%s"', (q) => {
    const a = ask(q);
    expect(finalIntent(a.intent)).toBe('unknown-outcome');
    expect(a.text).toMatch(/^Not known\. The 180-day negotiation window closed on Monday, July 13, 2026, 141 days ago\./);
  });

  it('says the outcome is still to come before the deadline', () => {
    expect(ask('did the talks work?', MARCH_1).text).toMatch(/^Not yet known: the talks are still within their window\./);
  });
});

describe('watch-list: what to watch, with the dates ahead', () => {
  it('lists the dates still ahead, or says none is set', () => {
    expect(ask('what should our compliance team watch now?', MARCH_1).text).toMatch(/Dates ahead:\n• .*July 13, 2026/s);
    expect(ask('what should our compliance team watch now?').text).toMatch(/No further date is set in what I know/);
  });

  it('answers what a team or an importer should do now, whatever words it uses for them and their goods', () => {
    for (const q of ['so what happens next with the critical minerals 232?', 'what happens next with the critical minerals thing?', 'Practically speaking, what should our trade compliance team be doing about Proclamation 11001 as of today?', 'What practical steps should an importer of processed critical minerals take now in response to Proclamation 11001?', 'We import cobalt, gallium and some magnets. What should compliance be watching for under the critical minerals 232?']) {
      expect(finalIntent(ask(q).intent), q).toBe('watch-list');
    }
  });
});

describe('ranked-fact: the best fact, when it is the answer on the day asked', () => {
  it('does not tell what followed the deadline before the deadline has come', () => {
    expect(ask('what hapens after july 13 if no deals r done?', MARCH_1).factIds).not.toContain('after-the-deadline-unknown');
    expect(ask('what happened after the deadline?').factIds).toContain('after-the-deadline-unknown');
  });

  it('reads "did they make it" and "get finalised" as asking how the talks ended', () => {
    expect(ask('whats the deadline for the talks and did they make it?').factIds).toContain('after-the-deadline-unknown');
    expect(ask('did the deals with other countries actually get finalised?').intent).toBe('unknown-outcome');
  });

  it('gives the date the talks had to succeed by when asked what happens if they do not', () => {
    expect(ask('what hapens after july 13 if no deals r done?', MARCH_1).text).toMatch(/by July 13, 2026/);
  });
});

describe('declines that still help', () => {
  it.each([
    ['can you write me a python script that validates HTS code formats', 'task-request', /do not write code/],
    ['will lithium prices double by 2028?', 'forecast-request', /cannot forecast prices/],
    ["honestly do you think trump's tariff strategy is good for the economy? yes or no", 'opinion-request', /do not give opinions on policy/],
    ['tell me a joke about customs brokers', 'task-request', /do not write code, letters, jokes/],
    ['can u recommend a good bot for scheduling our standups in discord', 'task-request', /or recommend products/],
    ['can u help me debug my python that pulls HTS codes out of a PDF', 'task-request', /do not write code/],
    ["what is India's basic customs duty on lithium-ion cells?", 'other-trade-action', /the tariffs India itself charges/],
    ['who won the super bowl', 'decline', /could not find a confident answer/],
    ['cheapest way to ship lithium batteries by UPS without paying hazmat fees?', 'other-topic', /^That is about shipping and carrying goods, which is outside what I cover/],
    ['how do i get an epa permit for a battery recycling yard in ohio', 'other-topic', /^That is about environmental and workplace permits, which is outside what I cover/],
    ["Where do you see the Fed funds rate by Q1 2027? We're repricing our mining project loans.", 'other-topic', /^That is about interest rates and financing/],
    ["Summarize the DRC's 2018 mining code changes for our cobalt borrowers.", 'other-topic', /^That is about other countries' mining rules/],
  ])('"%s"', (q, intent, text) => {
    const a = ask(q);
    expect(a).toMatchObject({ intent, answered: false });
    expect(a.text).toMatch(text);
    expect(a.text).toMatch(/Close questions I can answer:\n• /);
    expect(a.suggestions.length).toBeGreaterThanOrEqual(1);
    expect(a.suggestions.length).toBeLessThanOrEqual(3);
  });
});

describe('ranked-fact: what the question asks of a thing, not the words around it', () => {
  it('answers the full title with the proclamation itself', () => {
    expect(ask("what's the full title of the proclamation").factIds).toEqual(['what-is-proclamation-11001']);
  });

  it('answers the current list with the count the sources give', () => {
    expect(ask('how many minerals are on the current list?').text).toMatch(/\b60\b/);
  });

  it('answers the timing duties of 705.11 with every clock and its date', () => {
    const a = ask('what timing obligations does 15 CFR 705.11 place on the President?');
    expect(a.factIds).toEqual(['section-232-clock']);
    for (const date of ['January 22, 2026', 'January 29, 2026', 'February 13, 2026', 'July 13, 2026']) expect(a.text).toContain(date);
  });

  it('answers what the President decided with the decision, not its timing', () => {
    expect(ask('what did the President decide to do about it').factIds).toEqual(['what-is-proclamation-11001']);
  });
});

describe('a year beyond the sources', () => {
  it('is read as later: what may come, never a dated fact', () => {
    const a = ask('will there be critical minerals tariffs in 2027?');
    expect(a.factIds).toEqual(['tariffs-possible-if-no-agreement']);
    expect(a.text).toMatch(/whether tariffs will follow is not known/);
  });
});

describe('goods held up to the two kinds the proclamation names', () => {
  it.each([
    ['is lithium hydroxide a processed critical mineral or a derivative product?', /^A processed critical mineral\. /],
    ['are magnets a derivative product or a processed mineral?', /^A derivative product\. /],
  ])('"%s" names the kind', (q, lead) => {
    expect(ask(q).text).toMatch(lead);
  });

  it('says what the sources say of scrap when asked whether they say anything', () => {
    const a = ask('black mass / cell scrap - does the procl say anything abt scrap or recycled stuff?');
    expect(a.text).toMatch(/^The sources do not address scrap or recycled material/);
  });

  it('compares the two halves of PCMDP beside the 232 they are used in', () => {
    for (const q of ['Explain the difference between a processed critical mineral and a derivative product, with examples of each.', 'In plain terms, where\'s the line between a "processed critical mineral" and a "derivative product"?']) {
      expect(ask(q).title, q).toBe('Processed critical mineral vs Derivative product');
    }
    expect(ask("What's the difference between a 'processed critical mineral' and a 'derivative product' as those terms are used in this 232 action?").title).toBe('Processed critical mineral vs Derivative product');
  });

  it('answers each of two agencies joined by "/" asked whether they are given a job', () => {
    expect(ask('is DHS/CBP given any job under this thing?').title).toBe('Department of Homeland Security · U.S. Customs and Border Protection');
  });

  it('answers two minerals joined by "+"', () => {
    const a = ask('nickel + manganese both critical?');
    expect(a.text).toMatch(/Nickel \(Ni\): Yes\. Nickel is on the final 2025 USGS List/);
    expect(a.text).toMatch(/Manganese \(Mn\): Yes\./);
  });
});

describe('a frame before the question is part of it', () => {
  it('answers a why asked first and reads what follows as a remark', () => {
    expect(ask('why no tariffs right away? thought trump liked tariffs').factIds[0]).toBe('why-no-tariffs-yet');
  });

  it('reads "what\'s the rationale?" after a why-question as the same question', () => {
    const a = ask('why did trump issue this procl, whats the rationale?');
    expect(a.factIds).toEqual(['commerce-finding']);
  });

  it('reads "Under the statute and regulations, …" as one question about the statute', () => {
    expect(ask('Under the statute and regulations, what is the President obliged to do if no agreement is concluded within 180 days?').factIds[0]).toBe('statutory-basis-180-days');
  });
});

describe('ask: words that only soften a question', () => {
  it('reads "technically" as carrying no topic', () => {
    expect(ask('Is this technically an executive order? y/n').text).toMatch(/^No\. Proclamation 11001 is a presidential proclamation, not an executive order/);
  });
});

describe('question-in-context: a scene is not an answer', () => {
  it('declines a question about something else that only carries a product from the scene', () => {
    expect(ask('my forklift battery keeps dying, how do i fix it').answered).toBe(false);
  });
});

describe('multi-part: a bare deadline is the deadline of what was just asked about', () => {
  it('reads "what was the deadline?" after a question about the USTR notice as its comment deadline', () => {
    const a = ask('In Feb 2026 USTR asked for comments on something — what was it, and what was the deadline?');
    expect(a.text).toMatch(/March 19, 2026/);
    expect(a.text).not.toMatch(/^The 180-day/);
  });
});

describe('role-check and named-entity: a person asked about as one of the negotiators or about the office held', () => {
  it('answers Yes when the one named co-leads the talks', () => {
    expect(ask('Is Jamieson Greer one of the negotiators? y/n').text).toMatch(/^Yes\./);
  });

  it('names the office a person holds', () => {
    expect(ask('what office does Lutnick hold in all this?').text).toMatch(/^Howard Lutnick is the Secretary of Commerce/);
  });
});
