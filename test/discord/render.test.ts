import { describe, expect, test } from 'vitest';
import type { Answer } from '../../src/engine/answer.js';
import { noonUtcSeconds } from '../../src/knowledge/dates.js';
import { renderAnswer, renderNotice } from '../../src/discord/render.js';
import { neutraliseMentions, plainText, truncate } from '../../src/discord/text.js';
import { FACTS, FR, factAnswer, hugeAnswer, engineDouble } from '../support/engine-double.js';
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
    expect(embed?.footer?.text.length).toBeLessThanOrEqual(2048);
    expect(embed?.footer?.text.endsWith('…')).toBe(true);
    const total = (embed?.title?.length ?? 0) + (embed?.description?.length ?? 0) + (embed?.footer?.text.length ?? 0) +
      (embed?.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0);
    expect(total).toBeLessThanOrEqual(6000);
    for (const field of embed?.fields ?? []) {
      expect(field.name.length).toBeLessThanOrEqual(256);
      expect(field.value.length).toBeLessThanOrEqual(1024);
    }
  });

  test('more than 25 small fields: 24 are shown and the last says how many more there are', () => {
    const answer: Answer = { ...factAnswer(FACTS[1]!), fields: Array.from({ length: 30 }, (_, i) => ({ name: `F${i}`, value: 'v' })) };
    const fields = renderAnswer(answer).embeds[0]?.fields ?? [];
    expect(fields).toHaveLength(25);
    expect(fields[23]?.name).toBe('F23');
    expect(fields[24]).toEqual({ name: '…', value: '6 more not shown' });
    const long: Answer = { ...answer, fields: Array.from({ length: 10 }, (_, i) => ({ name: `L${i}`, value: 'x'.repeat(1000) })) };
    const longFields = renderAnswer(long).embeds[0]?.fields ?? [];
    expect(longFields.at(-1)?.value).toBe(`${10 - (longFields.length - 1)} more not shown`);
    expect(discordErrors(renderAnswer(long))).toEqual([]);
    const exactly25: Answer = { ...answer, fields: answer.fields.slice(0, 25) };
    expect(renderAnswer(exactly25).embeds[0]?.fields?.at(-1)?.name).toBe('F24');
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

  test('a miss stays private even when asked to post publicly', () => {
    const miss = engineDouble().ask('bananas', new Date());
    expect(renderAnswer(miss, { public: true }).flags).toBe(64);
  });

  test('dates become Discord timestamps at noon UTC, absolute and relative', () => {
    const [embed] = renderAnswer(factAnswer(FACTS[0]!)).embeds;
    const seconds = noonUtcSeconds('2026-07-13');
    expect(embed?.description).toContain(`**Window ends**: <t:${seconds}:D> (<t:${seconds}:R>)`);
  });

  test('cites the sources in the footer and links the first source with a URL', () => {
    const payload = renderAnswer(factAnswer(FACTS[0]!));
    expect(payload.embeds[0]?.footer?.text).toBe('Sources: S2 Federal Register (OFR/NARA), clause (1) · S0 proclamation-bot team, §3 item 1');
    expect(payload.components[0]?.components[0]).toMatchObject({ type: 2, style: 5, url: FR.url });
  });

  test('related facts become fact:<id> buttons; the answer itself and duplicates are left out', () => {
    const answer: Answer = { ...factAnswer(FACTS[1]!), related: [FACTS[0]!, FACTS[1]!, FACTS[0]!] };
    const ids = renderAnswer(answer).components.flatMap((row) => row.components).map((c) => ('custom_id' in c ? c.custom_id : 'link'));
    expect(ids).toEqual(['fact:window-end-date']);
  });

  test('fact ids too long for a custom id get no button rather than a broken one', () => {
    const answer: Answer = { ...factAnswer(FACTS[1]!), related: [{ id: 'x'.repeat(120), title: 'Too long' }] };
    expect(renderAnswer(answer).components).toEqual([]);
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
