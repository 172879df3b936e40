import { describe, expect, test } from 'vitest';
import type { Answer } from '../../src/engine/answer.js';
import { noonUtcSeconds } from '../../src/knowledge/dates.js';
import { FIELDS_PER_PAGE, renderAnswer, renderNotice, renderPage } from '../../src/discord/render.js';
import { neutraliseMentions, plainText, truncate } from '../../src/discord/text.js';
import { FACTS, FACT_SHEET, FR, factAnswer, hugeAnswer, engineDouble } from '../support/engine-double.js';
import { discordErrors } from '../support/discord-payload.js';

describe('renderAnswer', () => {
  test('every fact and command of the engine double renders within Discord limits', () => {
    const engine = engineDouble();
    const now = new Date('2026-03-01T00:00:00Z');
    const answers: Answer[] = [
      ...FACTS.map((f) => engine.fact(f.id, now) as Answer),
      engine.ask('anything', now),
      engine.deadline(now),
      engine.minerals(undefined, now),
      engine.minerals('copper', now),
      engine.agencies(undefined, now),
      engine.timeline(now),
      engine.glossary('PCMDP', now),
      engine.sources(now),
      engine.help(now),
      hugeAnswer(),
    ];
    for (const answer of answers) {
      for (const options of [{}, { public: true, mentionUserId: '123456789012345678', asked: 'x'.repeat(300) }]) {
        expect(discordErrors(renderAnswer(answer, options)), answer.title).toEqual([]);
      }
    }
  });

  test('an oversized answer is cut with an ellipsis, never rejected', () => {
    const payload = renderAnswer(hugeAnswer(), { asked: 'q'.repeat(300) });
    const [embed] = payload.embeds;
    expect(embed?.title).toHaveLength(256);
    expect(embed?.title?.endsWith('…')).toBe(true);
    const total = (embed?.title?.length ?? 0) + (embed?.description?.length ?? 0) + (embed?.footer?.text.length ?? 0) +
      (embed?.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
    expect(total).toBeLessThanOrEqual(6000);
    for (const field of embed?.fields ?? []) {
      expect(field.name.length).toBeLessThanOrEqual(256);
      expect(field.value.length).toBeLessThanOrEqual(1024);
    }
    expect(discordErrors(payload)).toEqual([]);
  });

  test('a long list is paged, every entry on some page, with no "more not shown"', () => {
    const answer: Answer = { ...factAnswer(FACTS[1]!), sources: [], fields: Array.from({ length: 30 }, (_, i) => ({ name: `F${i}`, value: 'v' })) };
    const pageId = (page: number) => `page:timeline:${page}`;
    const seen: string[] = [];
    for (let page = 0; page < 3; page++) {
      const payload = renderAnswer(answer, { page, pageId });
      expect(discordErrors(payload)).toEqual([]);
      const fields = payload.embeds[0]?.fields ?? [];
      expect(fields.length).toBeLessThanOrEqual(FIELDS_PER_PAGE);
      seen.push(...fields.map((f) => f.name));
      expect(payload.embeds[0]?.footer?.text).toBe(`Page ${page + 1} of 3`);
      const pager = payload.components.at(-1)?.components ?? [];
      expect(pager.map((b) => ('custom_id' in b ? b.custom_id : ''))).toEqual([pageId(Math.max(0, page - 1)), pageId(Math.min(2, page + 1))]);
      expect(pager.map((b) => ('disabled' in b ? b.disabled === true : false))).toEqual([page === 0, page === 2]);
    }
    expect(seen).toEqual(answer.fields.map((f) => f.name));
    expect(JSON.stringify(renderAnswer(answer, { page: 99, pageId }).embeds[0]?.footer)).toContain('Page 3 of 3');
    const long: Answer = { ...answer, fields: Array.from({ length: 10 }, (_, i) => ({ name: `L${i}`, value: 'x'.repeat(1000) })) };
    const pages = Array.from({ length: 10 }, (_, page) => renderAnswer(long, { page, pageId }));
    for (const payload of pages) expect(discordErrors(payload)).toEqual([]);
    expect(new Set(pages.flatMap((p) => (p.embeds[0]?.fields ?? []).map((f) => f.name)))).toEqual(new Set(long.fields.map((f) => f.name)));
    expect(JSON.stringify(pages)).not.toContain('more not shown');
  });

  test('without a way to open other pages, a long list shows no pager', () => {
    const answer: Answer = { ...factAnswer(FACTS[1]!), fields: Array.from({ length: 30 }, (_, i) => ({ name: `F${i}`, value: 'v' })) };
    expect(renderAnswer(answer).components.flatMap((r) => r.components).filter((c) => 'custom_id' in c && c.custom_id.startsWith('page:'))).toEqual([]);
  });

  test('is private by default, with ephemeral flags and no pings', () => {
    const payload = renderAnswer(factAnswer(FACTS[0]!));
    expect(payload.flags).toBe(64);
    expect(payload).not.toHaveProperty('ephemeral');
    expect(payload.allowedMentions).toEqual({ parse: [] });
    expect(payload.content).toBeUndefined();
  });

  test('public answers drop the flag; a mention goes in content and is the only allowed ping', () => {
    const payload = renderAnswer(factAnswer(FACTS[0]!), { public: true, mentionUserId: '223456789012345678' });
    expect(payload.flags).toBeUndefined();
    expect(payload.content).toBe('<@223456789012345678>');
    expect(payload.allowedMentions).toEqual({ parse: [], users: ['223456789012345678'] });
  });

  test('a mention alone posts the answer for the channel, so the named user is notified', () => {
    const payload = renderAnswer(factAnswer(FACTS[0]!), { mentionUserId: '223456789012345678' });
    expect(payload.flags).toBeUndefined();
    expect(payload.allowedMentions).toEqual({ parse: [], users: ['223456789012345678'] });
  });

  test('a miss stays private even when asked to post or ping, and says why', () => {
    const miss = engineDouble().ask('bananas', new Date());
    for (const options of [{ public: true }, { mentionUserId: '223456789012345678' }]) {
      const payload = renderAnswer(miss, options);
      expect(payload.flags).toBe(64);
      expect(payload.allowedMentions).toEqual({ parse: [] });
      expect(payload.content).toMatch(/nothing was posted/);
    }
  });

  test('another page changes only what the message shows: no flags, no content, no pings', () => {
    const payload = renderPage(factAnswer(FACTS[0]!), { page: 1 });
    expect(payload).not.toHaveProperty('flags');
    expect(payload).not.toHaveProperty('content');
    expect(payload.allowedMentions).toEqual({ parse: [] });
  });

  test('date-only events are text dates, the same day everywhere; only the count is a Discord timestamp', () => {
    const [embed] = renderAnswer(factAnswer(FACTS[0]!)).embeds;
    const seconds = noonUtcSeconds('2026-07-13');
    expect(embed?.description).toContain(`**Window ends**: July 13, 2026 (<t:${seconds}:R>)`);
    expect(embed?.description).not.toMatch(/<t:\d+:[dDfFtT]>/);
  });

  test('lists the sources by name and locator, strongest first, with a link button each', () => {
    const payload = renderAnswer(factAnswer(FACTS[0]!));
    const sources = payload.embeds[0]?.fields?.at(-1);
    expect(sources).toEqual({
      name: 'Sources',
      value: 'Federal Register: Proclamation 11001 — clause (1), located via a policy tracker\nWhite House fact sheet (mirror at pubt.io) — 4th bullet',
    });
    expect(payload.embeds[0]?.footer).toBeUndefined();
    expect(payload.components[0]?.components).toEqual([
      { type: 2, style: 5, label: 'Federal Register: Proclamation 11001', url: FR.url },
      { type: 2, style: 5, label: 'White House fact sheet (mirror)', url: FACT_SHEET.url },
    ]);
    expect(JSON.stringify(payload)).not.toMatch(/\bS\d+\b/);
  });

  test('related facts become fact:<id> buttons; the answer itself and duplicates are left out', () => {
    const answer: Answer = { ...factAnswer(FACTS[1]!), related: [FACTS[0]!, FACTS[1]!, FACTS[0]!] };
    const ids = renderAnswer(answer).components.flatMap((row) => row.components).flatMap((c) => ('custom_id' in c ? [c.custom_id] : []));
    expect(ids).toEqual(['fact:window-end-date']);
  });

  test('at most four related buttons; a menu only when it holds two or more', () => {
    const related = (n: number): Answer => ({ ...factAnswer(FACTS[7]!), related: FACTS.slice(0, n) });
    const shape = (answer: Answer) => {
      const parts = renderAnswer(answer).components.flatMap((row) => row.components);
      return { buttons: parts.filter((c) => 'custom_id' in c && c.type === 2).length, menu: parts.flatMap((c) => ('options' in c ? [c.options.length] : [])) };
    };
    expect(shape(related(4))).toEqual({ buttons: 4, menu: [] });
    expect(shape(related(5))).toEqual({ buttons: 3, menu: [2] });
    expect(shape(related(7))).toEqual({ buttons: 4, menu: [3] });
  });

  test('fact ids too long for a custom id get no button rather than a broken one', () => {
    const answer: Answer = { ...factAnswer(FACTS[1]!), related: [{ id: 'x'.repeat(120), title: 'Too long' }] };
    expect(renderAnswer(answer).components.flatMap((row) => row.components).filter((c) => 'custom_id' in c)).toEqual([]);
  });
});

describe('text', () => {
  test('truncate keeps short text, cuts long text to the limit with an ellipsis, and never splits an emoji', () => {
    expect(truncate('short', 10)).toBe('short');
    expect(truncate('abcdefghij', 5)).toBe('abcd…');
    const cut = truncate(`abc${'😀'.repeat(5)}`, 5);
    expect(cut.length).toBeLessThanOrEqual(5);
    expect(cut).toBe('abc…');
  });

  test('plainText escapes markdown and mentions but leaves URLs working', () => {
    expect(plainText('**bold** @here <@123456789012345678>')).toBe('\\*\\*bold\\*\\* @\u200bhere <@\u200b123456789012345678>');
    expect(plainText('see https://example.com/a_b_c and _this_')).toBe('see https://example.com/a_b_c and \\_this\\_');
    expect(plainText('[click](https://evil.example)')).not.toMatch(/^\[click\]\(/);
  });

  test('plainText leaves no underscore run live, even where escapeMarkdown would', () => {
    expect(plainText('____x____')).toBe('\\_\\_\\_\\_x\\_\\_\\_\\_');
    expect(plainText('<:x:123456789012345678>_a_')).toBe('<:x:123456789012345678>\\_a\\_');
    expect(plainText('# not a heading\n> not a quote')).toBe('\\# not a heading\n\\> not a quote');
  });

  test('a question echoed in a public answer reads as typed, but no link, timestamp, mention or bidi trick in it is live', () => {
    const asked = 'see https://evil.example <t:0:R> </reload:1> <:name:123456789012345678> \u202egnp.exe\u0007 @everyone <@123456789012345678>';
    const description = renderAnswer(factAnswer(FACTS[0]!), { public: true, asked }).embeds[0]?.description ?? '';
    expect(description.split('\n')[0]).toBe(
      '**Asked:** see https:\u200b//evil.example <\u200bt:0:R> <\u200b/reload:1> <\u200b:name:123456789012345678>  gnp.exe  @\u200beveryone <\u200b@123456789012345678>',
    );
  });

  test('neutraliseMentions covers everyone, here, users, roles and channels', () => {
    expect(neutraliseMentions('@everyone @HERE <@!1> <@&2> <#3>')).toBe('@\u200beveryone @\u200bHERE <@!\u200b1> <@&\u200b2> <#\u200b3>');
  });

  test('notices are private, plain and ping nobody', () => {
    expect(renderNotice('@everyone hi')).toEqual({
      content: '@\u200beveryone hi',
      embeds: [],
      components: [],
      flags: 64,
      allowedMentions: { parse: [] },
    });
  });
});
