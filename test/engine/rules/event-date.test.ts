import { describe, expect, it } from 'vitest';
import { DEC_1, engine, finalIntent, MARCH_1 } from './shipped.js';

describe('event-date: any dated event, asked in any form, counted from the day asked', () => {
  it.each([
    ['when is the deadline?', DEC_1, /^The 180-day negotiation window closed on Monday, July 13, 2026, 141 days ago\./],
    ['when is the deadline?', MARCH_1, /^The 180-day negotiation window closes on Monday, July 13, 2026, in 134 days\./],
    ['days since signing?', DEC_1, /^Proclamation 11001 was signed on Wednesday, January 14, 2026, 321 days ago\./],
    ['was the deadline on a weekend?', DEC_1, /^The 180-day negotiation window closed on Monday, July 13, 2026/],
    ["Covington's alert says the proclamation was issued Jan 15. is that right?", DEC_1, /^No\. Proclamation 11001 was signed on Wednesday, January 14, 2026/],
    ['is the 180 day clock still running?', new Date('2026-07-01T12:00:00Z'), /^Yes\. The 180-day negotiation window is still open: it closes on Monday, July 13, 2026, in 12 days\./],
    ['how long between the exec order launching the probe and the procl itself?', DEC_1, /^274 days apart\./],
    ['How many days did Trump take after getting the Commerce report?', DEC_1, /^82 days apart\./],
    ['How long did it take the President to act after Commerce sent him the report?', DEC_1, /^82 days apart\./],
    ['signed when, published in FR when?', DEC_1, /^Proclamation 11001 was signed on Wednesday, January 14, 2026, 321 days ago\. Proclamation 11001 was published in the Federal Register on Tuesday, January 20, 2026/],
    ['signing date + FR pub date?', DEC_1, /^Proclamation 11001 was signed on Wednesday, January 14, 2026, 321 days ago\. Proclamation 11001 was published in the Federal Register/],
    ['any date we should be watching for a tariff decision on this critical minerals thing?', DEC_1, /^The 180-day negotiation window closed on Monday, July 13, 2026, 141 days ago\.\n\nWhat came of the talks is not recorded in the sources\./],
    ['when did the 90-day decision window close?', DEC_1, /^The 90-day window for the President's decision closed on Thursday, January 22, 2026, 313 days ago\./],
    ['when was the critical minerals ministerial in DC', DEC_1, /^The Critical Minerals Ministerial met in Washington on Wednesday, February 4, 2026, 300 days ago\./],
    ["Is the 30-day window for the President's statement to Congress still open?", new Date('2026-02-01T12:00:00Z'), /^Yes\. The 30-day window for the statement to Congress is still open: it closes on Friday, February 13, 2026, in 12 days\./],
    ['days left until the 232 crit min deadline?', new Date('2026-06-01T12:00:00Z'), /^The 180-day negotiation window closes on Monday, July 13, 2026, in 42 days\./],
    ['how many weeks until the 180 day minerals deadline', MARCH_1, /^The 180-day negotiation window closes on Monday, July 13, 2026, in 134 days\. In weeks: 19 weeks and 1 day\./],
    ['how many months ago was the proclamation signed', DEC_1, /^Proclamation 11001 was signed on Wednesday, January 14, 2026, 321 days ago\. In months: 10 months and 17 days\./],
    ['how many days between the EO and the proclamation', DEC_1, /^274 days apart\./],
    ['how many weeks between the EO and the proclamation', DEC_1, /^274 days apart \(39 weeks and 1 day\)\./],
    ['Covington says it was issued January 15 — is that the correct date?', DEC_1, /^No\. Proclamation 11001 was signed on Wednesday, January 14, 2026/],
    ['did the window close on July 14?', DEC_1, /^No\. The 180-day negotiation window closed on Monday, July 13, 2026, 141 days ago\./],
    ['Confirm: the critical minerals proclamation was signed January 15, 2026, correct?', DEC_1, /^No\. Proclamation 11001 was signed on Wednesday, January 14, 2026/],
    ['was the report sent to the president on october 24?', DEC_1, /^Yes\. Commerce sent its final Section 232 report to the President on Friday, October 24, 2025/],
    ['My notes say the Section 232 investigation was launched in October 2025. Correct?', DEC_1, /^No\. Commerce formally opened the Section 232 investigation on Tuesday, April 22, 2025, 588 days ago\. Commerce sent its final Section 232 report to the President on Friday, October 24, 2025/],
    ['was the proclamation signed in January 2026?', DEC_1, /^Yes\. Proclamation 11001 was signed on Wednesday, January 14, 2026/],
    ['USTR comment period for plurilateral mineral agreement - start date, end date, how many day?', DEC_1, /^21 days apart\./],
    ["How many days ago did the Mexico action plan's 60-day work period end?", DEC_1, /^The 60-day work period of the U\.S\.–Mexico action plan ended on Sunday, April 5, 2026, 240 days ago\./],
    ['The US-Mexico critical minerals action plan had a 60-day work period. When did it start and when would it have ended?', DEC_1, /^USTR announced the U\.S\.–Mexico critical-minerals action plan on Wednesday, February 4, 2026, 300 days ago\. The 60-day work period of the U\.S\.–Mexico action plan ended on Sunday, April 5, 2026/],
    ["Quick sanity check for the briefing: it's been roughly ten months since the proclamation was signed, right?", DEC_1, /^Yes\. Proclamation 11001 was signed on Wednesday, January 14, 2026, 321 days ago\. In months: 10 months and 17 days\./],
    ["it's been about five months since the proclamation was signed, right?", DEC_1, /^No\. Proclamation 11001 was signed on Wednesday, January 14, 2026, 321 days ago\./],
    ['How many days has Proclamation 11001 been in force as of today?', DEC_1, /^Proclamation 11001 was signed on Wednesday, January 14, 2026, 321 days ago\./],
    ['weeks til the 180-day mark?', new Date('2026-06-01T12:00:00Z'), /^The 180-day negotiation window closes on Monday, July 13, 2026, in 42 days\. In weeks: 6 weeks\./],
    ['are we within six weeks of the 232 minerals deadline?', new Date('2026-06-01T12:00:00Z'), /^Yes\. The 180-day negotiation window closes on Monday, July 13, 2026, in 42 days\./],
    ['whats the deadline for deals', DEC_1, /^The 180-day negotiation window closed on Monday, July 13, 2026, 141 days ago\./],
    ['when did commerce hand the report to trump', DEC_1, /^Commerce sent its final Section 232 report to the President on Friday, October 24, 2025/],
    ['how many days until the one-year anniversary of the signing?', DEC_1, /^The first anniversary falls on Thursday, January 14, 2027, in 44 days\./],
    ['when was the first anniversary of the proclamation?', new Date('2027-03-01T12:00:00Z'), /^The first anniversary fell on Thursday, January 14, 2027, 46 days ago\./],
    ['When exactly was it kicked off, both the executive order and the formal start at Commerce?', DEC_1, /April 22, 2025.*Executive Order 14272 was signed on Tuesday, April 15, 2025/],
    ["How many days were there between the proclamation's publication in the Federal Register and the end of the 180-day negotiation window?", DEC_1, /^174 days apart\./],
    ['Which came first: the USGS Final 2025 List of Critical Minerals or Proclamation 11001?', DEC_1, /^First: .*November 7, 2025/],
    ['is it a year since the minerals proclamation yet?', new Date('2027-02-01T12:00:00Z'), /^Yes\. The first anniversary fell on Thursday, January 14, 2027, 18 days ago\. Proclamation 11001 was signed on Wednesday, January 14, 2026, 383 days ago\./],
    ['is it almost a year since the procalmation?', DEC_1, /^Not yet\. The first anniversary falls on Thursday, January 14, 2027, in 44 days\./],
    ['is it a year since the minerals proclamation yet?', DEC_1, /^Not yet\. The first anniversary falls on Thursday, January 14, 2027, in 44 days\./],
    ['how long since it was signed?', DEC_1, /321 days ago/],
    ['is the window still open?', DEC_1, /^No\. The 180-day negotiation window closed on Monday, July 13, 2026, 141 days ago\./],
    ['is the window still open or did it close already?', MARCH_1, /^Yes\. The 180-day negotiation window is still open: it closes on Monday, July 13, 2026, in 134 days\./],
    ['has the window closed, or is it still open?', MARCH_1, /^No\. The 180-day negotiation window is still open/],
    ['is the window still open?', MARCH_1, /^Yes\. The 180-day negotiation window is still open: it closes on Monday, July 13, 2026, in 134 days\./],
    ['has the deadline passed yet', DEC_1, /^Yes\. The 180-day negotiation window closed/],
    ['how many days are left?', MARCH_1, /in 134 days/],
    ['when was the 90-day decision deadline?', DEC_1, /January 22, 2026/],
    ['when did the 90 day decision clock on the report run out', DEC_1, /January 22, 2026/],
    ['what weekday was july 13 2026', DEC_1, /^The 180-day negotiation window closed on Monday, July 13, 2026/],
    ['what came first, the USTR comment notice on the minerals agreement or the washington ministerial?', DEC_1, /^First: The Critical Minerals Ministerial met in Washington on Wednesday, February 4, 2026, 300 days ago\.\nThen, 22 days later: USTR asked/],
    ['15-day implementation date?', DEC_1, /January 29, 2026/],
    ['when was the statement to congress due', DEC_1, /February 13, 2026/],
    ['when was EO 14272 signed', DEC_1, /^Executive Order 14272 was signed on Tuesday, April 15, 2025/],
    ['how many days between signing and FR publication', DEC_1, /^6 days apart\./],
    ['how long did trump take after the commerce report to sign', DEC_1, /^82 days apart\./],
    ['was the commerce report late compared with the EO 180-day report deadline?', DEC_1, /^Yes, 12 days after\./],
    ['from what date are the 180 days counted', DEC_1, /^Proclamation 11001 was signed on Wednesday, January 14, 2026/],
    ['ustr comments closed how long ago', new Date('2026-05-15T12:00:00Z'), /closed on Thursday, March 19, 2026, 57 days ago/],
    ['wat day of the week was it signd', DEC_1, /^Proclamation 11001 was signed on Wednesday, January 14, 2026/],
    ['what day of the weeek did the 180 days run out', DEC_1, /^The 180-day negotiation window closed on Monday, July 13, 2026/],
    ["if he'd gone with tariffs, whats the latest they could've been implemented? 15 days from signing right", DEC_1, /The statutory 15-day limit to implement the chosen action ran out on Thursday, January 29, 2026/],
    ['can we still get comments in on the USTR critical minerals agreement notice?', new Date('2026-03-10T12:00:00Z'), /^Yes\. The comment period on USTR's plurilateral agreement is still open: it closes on Thursday, March 19, 2026, in 9 days\./],
    ['USTR plurilateral comments - still time to file?', new Date('2026-04-02T12:00:00Z'), /^No\. The comment period on USTR's plurilateral agreement closed on Thursday, March 19, 2026, 14 days ago\./],
    ['how many weeks left before tariffs could kick in?', new Date('2026-05-20T12:00:00Z'), /closes on Monday, July 13, 2026, in 54 days/],
    ['by when do they need a deal', MARCH_1, /closes on Monday, July 13, 2026, in 134 days/],
    ['How many days do we actually have', new Date('2026-05-20T12:00:00Z'), /in 54 days/],
    ['How much time passed between EO 14272 and the proclamation?', DEC_1, /^274 days apart\./],
    ['what came first, the final USGS 2025 critical minerals list or the proclamation? how many days apart?', DEC_1, /^First: The final 2025 USGS List of Critical Minerals was published on Friday, November 7, 2025, 389 days ago\.\nThen, 68 days later: Proclamation 11001 was signed on Wednesday, January 14, 2026, 321 days ago\./],
    ['how many days since the proclamation', DEC_1, /^Proclamation 11001 was signed on Wednesday, January 14, 2026, 321 days ago\./],
    ['what did that september tracker say about follow-on measures?', DEC_1, /September 23, 2026[\s\S]*no follow-on import restriction[\s\S]*weak evidence/],
    ['when did commerce hand in the report', DEC_1, /October 24, 2025/],
    ['is today the deadline for the minerals deals?', new Date('2026-07-13T12:00:00Z'), /^Yes\. The 180-day negotiation window closes today, Monday, July 13, 2026\./],
    ['is today the deadline for the minerals deals?', new Date('2026-07-20T12:00:00Z'), /^No\. The 180-day negotiation window closed on Monday, July 13, 2026, 7 days ago\./],
    ['is the minerals negotiation deadline in the next 2 weeks?', DEC_1, /^No, that day has passed\. The 180-day negotiation window closed on Monday, July 13, 2026, 141 days ago\./],
    ['is the minerals negotiation deadline in the next 2 weeks?', new Date('2026-07-01T12:00:00Z'), /^Yes\. The 180-day negotiation window closes on Monday, July 13, 2026, in 12 days\./],
    ['is the deadline in the next 2 weeks', new Date('2026-06-10T12:00:00Z'), /^No, not that soon\. .* in 33 days\./],
    ['is the deadline next month?', new Date('2026-07-01T12:00:00Z'), /^No, sooner than that\. .* in 12 days\./],
    ['deadline passed last week right? how many days ago exactly?', DEC_1, /^No, earlier than that\. The 180-day negotiation window closed on Monday, July 13, 2026, 141 days ago\./],
    ['did the window close in the past week?', new Date('2026-07-14T12:00:00Z'), /^Yes\. The 180-day negotiation window closed on Monday, July 13, 2026, 1 day ago\./],
    ['is the negotiation deadline coming up soon?', MARCH_1, /^The 180-day negotiation window closes on Monday, July 13, 2026, in 134 days\./],
    ['what weekday does the 180 day deadline land on?', DEC_1, /^The 180-day negotiation window closed on Monday, July 13, 2026/],
    ['By what date was the President required to transmit to Congress his statement of reasons regarding the critical minerals determination?', DEC_1, /^The written statement of reasons to Congress was due on Friday, February 13, 2026, 291 days ago\./],
    ['how many days has it ben since trump signed the critcal minerals proclamation', DEC_1, /321 days ago/],
    ['how up to date is the tracker', DEC_1, /^A public data tracker was last updated on Wednesday, September 23, 2026, 69 days ago\./],
    ['As of today, how many days of the 180-day negotiating window have gone by, and how many are left?', new Date('2026-06-01T12:00:00Z'), /^138 of its 180 days have gone by: the 180-day negotiation window opened on Wednesday, January 14, 2026 and closes on Monday, July 13, 2026, in 42 days\./],
    ['how many days of the window have passed?', DEC_1, /^All 180 of its days have gone by: .* closed on Monday, July 13, 2026, 141 days ago\./],
    ['Is today the statutory deadline for the President to decide on the Commerce report, and did he act in time?', new Date('2026-01-22T12:00:00Z'), /^Yes\. The statutory 90-day deadline for the President's decision falls today, Thursday, January 22, 2026\.[\s\S]*He signed within it/],
    ['how long did the investigation itself run, from formal initiation to the report?', DEC_1, /^185 days apart\./],
    ['On what date did Proclamation 11001 appear in the Federal Register?', DEC_1, /^Proclamation 11001 was published in the Federal Register on Tuesday, January 20, 2026/],
    ['is today the one-year anniversary of the minerals proclamation?', new Date('2027-01-14T12:00:00Z'), /^Yes\. The first anniversary falls today, Thursday, January 14, 2027\./],
    ['how recent is the tracker data?', DEC_1, /^A public data tracker was last updated on Wednesday, September 23, 2026, 69 days ago\./],
  ])('"%s" (%s)', (q, now, expected) => {
    const a = engine.ask(q, now);
    expect(finalIntent(a.intent)).toBe('event-date');
    expect(a.text).toMatch(expected);
  });

  it('leaves questions about what is allowed, what is accurate or how long a text is to the facts', () => {
    for (const q of ['Can Trump put tariffs on before the 180 days are up, or is he locked in until July?', 'did the ICN article get the deadline right?', 'roughly how long is the proclamation text']) {
      expect(engine.ask(q, MARCH_1).intent, q).not.toBe('event-date');
    }
  });

  it('leaves whether a step was late, or inside a period, to the fact that weighs it against its due date', () => {
    for (const q of ['was the commerce report on time?', 'Commerce was late with the report vs the EO timeline? by how much']) {
      expect(engine.ask(q, DEC_1).factIds, q).toEqual(['eo-14272-timetable']);
    }
    for (const q of ["Was the President's decision inside the statutory 90-day window after he got the report?", "Was the President's decision within the statutory 90-day window, and by how many days?"]) {
      const a = engine.ask(q, DEC_1);
      expect(a.factIds, q).toEqual(['decision-timing-90-days']);
      expect(a.text, q).toMatch(/He signed within it, on January 14, 2026, 82 days after the report and 8 days before the deadline/);
    }
  });

  it('gives no verdict on something else that day: duties on the deadline, a report made public', () => {
    for (const q of ['Did tariffs on critical minerals kick in automatically on July 13 when the 180 days ran out?', 'Did duties take effect automatically once the 180-day negotiation period expired?', 'Has the Commerce report been made public?']) {
      const a = engine.ask(q, DEC_1);
      expect(a.text, q).not.toMatch(/^Yes\b/);
      expect(finalIntent(a.intent), q).not.toBe('event-date');
    }
  });

  it('takes "the proclamation came out" beside another event named as the setting, not the day asked', () => {
    const a = engine.ask('Was the proclamation published in the Federal Register on the same day the ICN article came out?', DEC_1);
    expect(a.text).toMatch(/^Yes, on the same day\./);
    expect(a.text).toMatch(/January 20, 2026/);
  });

  it('never writes a present tense about a date that has passed', () => {
    for (const now of [new Date('2026-07-14T00:00:00Z'), DEC_1, new Date('2027-06-01T00:00:00Z')]) {
      const text = engine.ask('when does the negotiation window close?', now).text;
      expect(text).not.toMatch(/\bcloses\b/);
      expect(text).toMatch(/\bclosed\b/);
    }
  });

  it('leaves questions that only mention a date-like word to other rules', () => {
    for (const q of ['what happens if talks fail?', 'what is the 180-day window?', 'when did the copper tariff start?', "what does it say happens if a deal is signed but the other side doesn't hold up its end?"]) expect(engine.ask(q, DEC_1).intent, q).not.toBe('event-date');
  });
});

describe('event-date: what a day is explained with depends on the day asked', () => {
  it('never explains an open window with what is unknown about after it', () => {
    const a = engine.ask('is the negotiation window still open? y/n', new Date('2026-05-01T12:00:00Z'));
    expect(a.text).toMatch(/^Yes\. The 180-day negotiation window is still open: it closes on Monday, July 13, 2026, in 73 days\./);
    expect(a.text).not.toMatch(/what happened at or after/);
  });
});
