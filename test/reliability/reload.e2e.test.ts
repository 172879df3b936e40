import { spawnSync } from 'node:child_process';
import { rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PermissionFlagsBits } from 'discord.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseDocument, type YAMLMap, type YAMLSeq } from 'yaml';
import { KNOWLEDGE_LIMITS } from '../../src/knowledge/limits.js';
import type { LoadedFact } from '../../src/knowledge/model.js';
import type { InteractionRecord } from '../support/fake-discord.js';
import { copyKnowledge, type KnowledgeCopy } from './support/knowledge-copy.js';
import { SHIPPED_KNOWLEDGE } from './support/knowledge.js';
import { dispatchAsAdmin, startLiveHarness, str, type LiveHarness } from './support/live-harness.js';

/**
 * /reload and /about on a throwaway copy of knowledge/, through the real client: a broken file
 * never replaces what is serving, and a fixed one is served at once.
 */
type Json = Record<string, any>;

let h: LiveHarness;
let copy: KnowledgeCopy;
/** A fact that /ask finds by its own first question, and that has a Related button. */
let target: LoadedFact;
let file: string;
let original: string;

async function data(record: InteractionRecord): Promise<Json> {
  const callback = await h.answer(record);
  expect(callback.status).toBe(204);
  return callback.data;
}

const askTarget = (): InteractionRecord => h.fake.dispatchCommand('ask', [str('question', target.questions[0] as string)]);
/** What a reader sees: Discord drops the backslash of an escaped character. */
const unescaped = (text: string): string => text.replace(/\\(.)/g, '$1');
const embedOf = (reply: Json): Json => reply.embeds[0];
const field = (reply: Json, name: string): string | undefined => embedOf(reply).fields?.find((f: Json) => f.name === name)?.value;

/** Edits one fact of a YAML file in place, keeping the rest of the file as written. */
function editFact(text: string, id: string, edit: (fact: YAMLMap) => void): string {
  const doc = parseDocument(text);
  const facts = doc.get('facts') as YAMLSeq<YAMLMap>;
  const fact = facts.items.find((item) => item.get('id') === id);
  if (!fact) throw new Error(`no fact ${id} in the copy`);
  edit(fact);
  return doc.toString();
}

beforeAll(async () => {
  copy = copyKnowledge(SHIPPED_KNOWLEDGE);
  h = await startLiveHarness(copy.dir);
  const engine = h.context.engine();
  const now = h.context.now();
  const found = engine.kb.facts.find((f) => {
    const answer = engine.ask(f.questions[0] as string, now);
    return answer.factIds[0] === f.id && answer.related.length > 0;
  });
  if (!found) throw new Error('no fact of the shipped knowledge is found by its own first question');
  target = found;
  file = `${target.topic}.yaml`;
  original = copy.read(file);
});

afterAll(async () => {
  await h?.stop();
  copy?.remove();
});

describe('/about', () => {
  test('shows the knowledge version, newest source date, number of facts and uptime, privately', async () => {
    const { kb } = h.context.engine();
    const reply = await data(h.fake.dispatchCommand('about'));
    expect(reply.flags).toBe(64);
    expect(field(reply, 'Knowledge version')).toBe(kb.version.hash);
    expect(field(reply, 'Facts')).toBe(String(kb.facts.length));
    expect(field(reply, 'Newest source')).toMatch(/^[A-Z][a-z]+ \d{1,2}, \d{4}$/);
    expect(field(reply, 'Uptime')).toMatch(/^\d+ (d|h|min|s)/);
  });
});

describe('/reload', () => {
  test('is registered for Manage Server by default', () => {
    const reload = h.fake.commands.guild.find((c) => c.name === 'reload') as Json;
    expect(reload.default_member_permissions).toBe(String(PermissionFlagsBits.ManageGuild));
  });

  test('whoever the server lets use it may reload: the handler leaves permissions to Discord', async () => {
    // A server may grant /reload to a role without Manage Server (Server Settings → Integrations).
    const record = h.fake.dispatchCommand('reload');
    const reply = await h.deferredReply(record);
    expect(reply.flags).toBe(64);
    expect(embedOf(reply).title).toBe('Knowledge reloaded');
    expect(await h.logFor(record)).toMatchObject({ outcome: 'answered' });
  });

  test('a broken file keeps the old knowledge serving; the admin and the log get the located error', async () => {
    const before = embedOf(await data(askTarget())).title;
    const version = h.context.engine().kb.version.hash;
    copy.write(file, editFact(original, target.id, (fact) => fact.set('confidence', 'certain')));

    const reply = await h.deferredReply(dispatchAsAdmin(h.fake, 'reload'));
    expect(reply.flags).toBe(64);
    expect(reply.content).toContain(`still serving version ${version}`);
    // "<path>/<file>: fact "<id>": confidence: <message>", with Markdown escaping undone.
    expect(unescaped(reply.content)).toContain(`${file}: fact "${target.id}": confidence:`);

    const logged = h.logs.find((l) => l.msg === 'knowledge reload failed; still serving the previous version') as Json;
    expect(logged.level).toBe(50);
    expect(logged.problems.join('\n')).toContain(`${file}: fact "${target.id}": confidence:`);

    expect(embedOf(await data(askTarget())).title).toBe(before);
    expect(field(await data(h.fake.dispatchCommand('about')), 'Knowledge version')).toBe(version);
  });

  test('once fixed, the next reload serves the new content at once', async () => {
    const previous = h.context.engine().kb.version.hash;
    const title = `Reloaded: ${target.title}`.slice(0, 100);
    copy.write(file, editFact(original, target.id, (fact) => fact.set('title', title)));

    const reply = await h.deferredReply(dispatchAsAdmin(h.fake, 'reload'));
    expect(embedOf(reply).title).toBe('Knowledge reloaded');
    const version = h.context.engine().kb.version.hash;
    expect(version).not.toBe(previous);
    expect(field(reply, 'Version')).toBe(version);
    expect(h.logs.filter((l) => l.msg === 'knowledge reloaded').at(-1)).toMatchObject({ knowledge: version, previous });

    expect(unescaped(embedOf(await data(askTarget())).title)).toBe(title);
    expect(field(await data(h.fake.dispatchCommand('about')), 'Knowledge version')).toBe(version);
  });

  test('a button or suggestion naming a fact removed by an update gets a polite private note', async () => {
    const asked = askTarget();
    await data(asked);
    const answer = asked.original as Json;
    const button = (answer.components as Json[]).flatMap((r) => r.components).find((c: Json) => c.custom_id?.startsWith('fact:'));
    expect(button).toBeDefined();
    const removed = (button.custom_id as string).slice('fact:'.length);

    // Rename the fact everywhere it is named (its entry, related lists, coverage), as a content update would.
    const pattern = new RegExp(`(?<![\\w-])${removed}(?![\\w-])`, 'g');
    for (const name of copy.files()) copy.write(name, copy.read(name).replace(pattern, `${removed}-renamed`));
    const reloaded = await h.deferredReply(dispatchAsAdmin(h.fake, 'reload'));
    expect(embedOf(reloaded).title, reloaded.content).toBe('Knowledge reloaded');
    expect(h.context.engine().fact(removed, new Date())).toBeNull();

    const click = await data(h.fake.clickButton(button.custom_id, answer));
    expect(click.flags).toBe(64);
    expect(click.content).toMatch(/no longer in the knowledge base/);
    const picked = await data(h.fake.dispatchCommand('ask', [str('question', `fact:${removed}`)]));
    expect(picked.flags).toBe(64);
    expect(picked.content).toMatch(/out of date/);
  });
});

describe('reloads under load', () => {
  const runs = (): Json[] => h.logs.filter((l) => String(l.msg).startsWith('knowledge reload'));

  test('20 admins reloading at once each get a private acknowledgement in time and then the outcome, from at most two runs', async () => {
    const before = runs().length;
    const records = Array.from({ length: 20 }, () => dispatchAsAdmin(h.fake, 'reload'));
    const replies = await Promise.all(records.map((record) => h.deferredReply(record)));
    for (const reply of replies) expect(embedOf(reply).title).toBe('Knowledge reloaded');
    const ran = runs().slice(before);
    expect(ran.length).toBeLessThanOrEqual(2);
    expect(ran.reduce((n, l) => n + (l.requests as number), 0)).toBe(20);
  });

  test('while a large file is read and validated, other interactions keep being answered', async () => {
    // Copies of one fact filling an eighth of the per-file limit (more than today's whole
    // knowledge), the last citing a missing fact: all is parsed and validated before that is found.
    const doc = parseDocument(original);
    const facts = doc.get('facts') as YAMLSeq<YAMLMap>;
    const model = facts.items.find((item) => item.get('id') === target.id) as YAMLMap;
    const copies = parseDocument('facts: []');
    const list = copies.get('facts') as YAMLSeq;
    list.items.push(model.clone());
    const size = copies.toString().length;
    list.items.pop();
    const count = Math.floor(KNOWLEDGE_LIMITS.maxFileBytes / 8 / size);
    for (let i = 0; i < count; i += 1) {
      const fact = model.clone() as YAMLMap;
      fact.set('id', `${target.id}-copy-${i}`);
      fact.set('related', i === count - 1 ? ['no-such-fact'] : []);
      list.items.push(fact);
    }
    copy.write('bulk.yaml', copies.toString());
    try {
      const reload = h.deferredReply(dispatchAsAdmin(h.fake, 'reload'), 60_000);
      let done = false;
      void reload.then(() => (done = true));
      let answeredMeanwhile = 0;
      while (!done) {
        expect((await data(h.fake.dispatchCommand('help'))).embeds[0].title).toBeTruthy();
        if (!done) answeredMeanwhile += 1;
      }
      expect(unescaped((await reload).content)).toContain(`bulk.yaml: fact "${target.id}-copy-${count - 1}": related[0] "no-such-fact" does not exist`);
      expect(answeredMeanwhile).toBeGreaterThanOrEqual(3);
    } finally {
      rmSync(join(copy.dir, 'bulk.yaml'));
    }
  });

  test('a 50 MB file, a named pipe and a link to /dev/zero are refused at once, each by name, and the knowledge keeps serving', async () => {
    const version = h.context.engine().kb.version.hash;
    const bad: [string, (path: string) => void, string][] = [
      ['big.yaml', (path) => (writeFileSync(path, ''), truncateSync(path, 50 * 1024 * 1024)), 'is 50 MB; a knowledge file may be at most 2 MB'],
      ['pipe.yaml', (path) => expect(spawnSync('mkfifo', [path]).status).toBe(0), 'is a named pipe (FIFO), not a regular file'],
      ['zero.yaml', (path) => symlinkSync('/dev/zero', path), 'is a symbolic link to a file outside the knowledge folder'],
    ];
    const paths = bad.map(([name, make]) => {
      const path = join(copy.dir, name);
      make(path);
      return path;
    });
    try {
      const reply = unescaped((await h.deferredReply(dispatchAsAdmin(h.fake, 'reload'))).content);
      expect(reply).toContain(`still serving version ${version}. 3 problems:`);
      for (const [name, , problem] of bad) expect(reply).toContain(`${name}: ${problem}`);
    } finally {
      for (const path of paths) rmSync(path);
    }
    expect(field(await data(h.fake.dispatchCommand('about')), 'Knowledge version')).toBe(version);
  });
});

describe('across the session', () => {
  test('Discord accepted every reply', () => {
    expect(h.fake.callbacks.filter((c) => c.status >= 300)).toEqual([]);
  });
});
