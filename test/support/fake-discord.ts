import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { WebSocket, WebSocketServer } from 'ws';
import { formErrorBody, validateChoices, validateCommands, validateMessage } from './discord-validation.js';

/**
 * A small Discord: REST on node:http and the gateway on `ws`, both on 127.0.0.1, enough for the
 * real discord.js client to log in, receive interactions and answer them. Like Discord it rejects
 * oversized payloads, double acknowledgements and late callbacks, and it can misbehave on request
 * (dropped connections, close codes, 500 and 429 answers) for fault tests.
 */

type Json = Record<string, unknown>;

export interface DiscordUser {
  id: string;
  username: string;
  discriminator: string;
  global_name: string | null;
  avatar: null;
  bot?: boolean;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: string;
  body: unknown;
  status: number;
  authorized: boolean;
}

export interface RecordedCallback {
  interactionId: string;
  /** The callback type the bot sent (4 message, 5 deferred, 6/7 component update, 8 autocomplete). */
  type: number;
  data: Json;
  status: number;
  error?: Json;
  /** From dispatch on the gateway to the callback arriving here. */
  latencyMs: number;
  withResponse: boolean;
}

export interface InteractionRecord {
  id: string;
  token: string;
  kind: 'command' | 'autocomplete' | 'button' | 'select';
  payload: Json;
  dispatchedAt: number;
  acknowledged: RecordedCallback | null;
  callbacks: RecordedCallback[];
  original: Json | null;
  followUps: Json[];
}

export interface CommandOption {
  type: number;
  name: string;
  value?: string | number | boolean;
  focused?: boolean;
}

export interface Fault {
  status: 500 | 429;
  /** Seconds, for 429. */
  retryAfter?: number;
  global?: boolean;
}

interface Session {
  id: string;
  seq: number;
  events: Json[];
  socket: WebSocket | null;
  valid: boolean;
}

const DISCORD_EPOCH = 1_420_070_400_000n;
const PERMISSIONS = '2248473465835073';
/** Interaction callback type 5: "thinking…", to be edited later. */
const DEFERRED = 5;
const EPHEMERAL = 64;
/** Discord's flag on a deferred message still showing "thinking…". */
const LOADING = 128;
let increment = 0n;

function snowflake(): string {
  increment = (increment + 1n) & 0xfffn;
  return (((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | increment).toString();
}

function user(username: string, bot = false): DiscordUser {
  return { id: snowflake(), username, discriminator: '0', global_name: bot ? null : username, avatar: null, ...(bot ? { bot } : {}) };
}

function member(u: DiscordUser, withUser = true, permissions = PERMISSIONS): Json {
  return {
    ...(withUser ? { user: u } : {}),
    roles: [],
    joined_at: '2026-01-01T00:00:00.000Z',
    deaf: false,
    mute: false,
    flags: 0,
    pending: false,
    nick: null,
    avatar: null,
    premium_since: null,
    communication_disabled_until: null,
    permissions,
  };
}

export interface FakeDiscordOptions {
  token?: string;
  /** Discord's 3 s; tests of late replies may shorten it. */
  ackWindowMs?: number;
  heartbeatIntervalMs?: number;
}

export class FakeDiscord {
  readonly token: string;
  readonly applicationId = snowflake();
  readonly guildId = snowflake();
  readonly channelId = snowflake();
  readonly botUser = user('proclamation-bot', true);
  readonly alice = user('alice');
  readonly bob = user('bob');
  readonly requests: RecordedRequest[] = [];
  readonly callbacks: RecordedCallback[] = [];
  readonly interactions = new Map<string, InteractionRecord>();
  readonly commands: { global: Json[]; guild: Json[] } = { global: [], guild: [] };
  identifies = 0;
  resumes = 0;
  connections = 0;
  /** The close code of every gateway connection that ended, in order (1000 for a clean client close). */
  readonly closeCodes: number[] = [];

  private readonly ackWindowMs: number;
  private readonly heartbeatIntervalMs: number;
  private readonly server: Server;
  private readonly gateway: WebSocketServer;
  private readonly sessions = new Map<string, Session>();
  private current: Session | null = null;
  private readonly faults: Fault[] = [];
  private readonly waiters: { check: () => boolean; resolve: () => void }[] = [];
  private readyHeld: (() => void)[] | null = null;
  private port = 0;

  constructor(options: FakeDiscordOptions = {}) {
    this.token = options.token ?? `fake.${randomBytes(18).toString('base64url')}`;
    this.ackWindowMs = options.ackWindowMs ?? 3000;
    this.heartbeatIntervalMs = options.heartbeatIntervalMs ?? 41_250;
    this.server = createServer((req, res) => void this.onRequest(req, res));
    this.gateway = new WebSocketServer({ server: this.server });
    this.gateway.on('connection', (socket, req) => this.onConnection(socket, req));
  }

  async listen(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  /** The DISCORD_API_URL for the bot (REST base, without /v10). */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  async close(): Promise<void> {
    for (const socket of this.gateway.clients) socket.terminate();
    await new Promise<void>((resolve) => this.gateway.close(() => resolve()));
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Resolves once `check` holds; re-checked after every gateway or REST event. */
  waitFor(check: () => boolean, timeoutMs = 10_000, what = 'condition'): Promise<void> {
    if (check()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`fake Discord: timed out waiting for ${what}`)), timeoutMs);
      this.waiters.push({ check, resolve: () => (clearTimeout(timer), resolve()) });
    });
  }

  private notify(): void {
    for (const waiter of [...this.waiters]) {
      if (waiter.check()) {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        waiter.resolve();
      }
    }
  }

  // ---------------------------------------------------------------- faults

  /** The next callbacks get these answers instead of being accepted (one fault per callback). */
  failNextCallbacks(...faults: Fault[]): void {
    this.faults.push(...faults);
  }

  /** Cuts the TCP connection without a close frame (the client sees 1006 and resumes). */
  dropConnection(): void {
    this.current?.socket?.terminate();
  }

  /**
   * Closes the gateway with `code`. 4007 (invalid seq) and 4009 (session timed out) also forget
   * the session on this side, so a resume is refused and the client must identify again.
   */
  closeGateway(code: number, reason = ''): void {
    const session = this.current;
    if (!session?.socket) return;
    if (code === 4007 || code === 4009) session.valid = false;
    session.socket.close(code, reason);
  }

  /** Opcode 7: asks the client to reconnect and resume. */
  requestReconnect(): void {
    this.current?.socket?.send(JSON.stringify({ op: 7, d: null, s: null, t: null }));
  }

  // ---------------------------------------------------------------- gateway

  private onConnection(socket: WebSocket, req: IncomingMessage): void {
    this.connections += 1;
    const query = new URL(req.url ?? '/', 'ws://x').searchParams;
    if (query.get('v') !== '10' || query.get('encoding') !== 'json') {
      socket.close(4012, 'Invalid API version');
      return;
    }
    let session: Session | null = null;
    socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: this.heartbeatIntervalMs }, s: null, t: null }));
    socket.on('message', (raw) => {
      const message = JSON.parse(String(raw)) as { op: number; d: Json };
      switch (message.op) {
        case 1:
          socket.send(JSON.stringify({ op: 11, d: null, s: null, t: null }));
          break;
        case 2:
          if (message.d.token !== this.token) {
            socket.close(4004, 'Authentication failed.');
            return;
          }
          session = this.identify(socket);
          break;
        case 6:
          session = this.resume(socket, message.d);
          break;
        default:
          break;
      }
      this.notify();
    });
    socket.on('close', (code) => {
      this.closeCodes.push(code);
      if (session && session.socket === socket) session.socket = null;
      this.notify();
    });
  }

  /**
   * Holds back READY (after an identify) and RESUMED (after a resume) from now on, so the bot stays
   * connecting, until the returned function is called.
   */
  holdReady(): () => void {
    const held: (() => void)[] = [];
    this.readyHeld = held;
    return () => {
      this.readyHeld = null;
      for (const send of held) send();
    };
  }

  private identify(socket: WebSocket): Session {
    this.identifies += 1;
    const session: Session = { id: randomBytes(16).toString('hex'), seq: 0, events: [], socket, valid: true };
    this.sessions.set(session.id, session);
    this.current = session;
    if (this.readyHeld) this.readyHeld.push(() => this.sendReady(session));
    else this.sendReady(session);
    return session;
  }

  private sendReady(session: Session): void {
    this.emit(session, 'READY', {
      v: 10,
      user: this.botUser,
      guilds: [{ id: this.guildId, unavailable: true }],
      session_id: session.id,
      resume_gateway_url: this.gatewayUrl,
      shard: [0, 1],
      application: { id: this.applicationId, flags: 0 },
      user_settings: {},
      private_channels: [],
      presences: [],
      relationships: [],
      guild_join_requests: [],
    });
    this.emit(session, 'GUILD_CREATE', this.guild());
  }

  private resume(socket: WebSocket, d: Json): Session | null {
    const session = this.sessions.get(String(d.session_id));
    if (!session || !session.valid || d.token !== this.token) {
      socket.send(JSON.stringify({ op: 9, d: false, s: null, t: null }));
      return null;
    }
    this.resumes += 1;
    session.socket = socket;
    this.current = session;
    const from = Number(d.seq ?? 0);
    const replay = (): void => {
      for (const event of session.events) if ((event.s as number) > from) socket.send(JSON.stringify(event));
      this.emit(session, 'RESUMED', {});
    };
    if (this.readyHeld) this.readyHeld.push(replay);
    else replay();
    return session;
  }

  /** Sends now when connected; otherwise kept for the resume replay, as Discord does. */
  private emit(session: Session, t: string, d: Json): void {
    session.seq += 1;
    const event = { op: 0, t, s: session.seq, d };
    session.events.push(event);
    if (session.socket?.readyState === WebSocket.OPEN) session.socket.send(JSON.stringify(event));
  }

  /** True once a session is identified or resumed and its socket is open. */
  get connected(): boolean {
    return this.current?.socket?.readyState === WebSocket.OPEN;
  }

  private guild(): Json {
    return {
      id: this.guildId,
      name: 'Trade compliance',
      icon: null,
      splash: null,
      discovery_splash: null,
      owner_id: this.alice.id,
      afk_channel_id: null,
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      roles: [
        { id: this.guildId, name: '@everyone', permissions: PERMISSIONS, position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 },
      ],
      emojis: [],
      features: [],
      mfa_level: 0,
      application_id: null,
      system_channel_id: null,
      system_channel_flags: 0,
      rules_channel_id: null,
      vanity_url_code: null,
      description: null,
      banner: null,
      premium_tier: 0,
      preferred_locale: 'en-US',
      public_updates_channel_id: null,
      nsfw_level: 0,
      stickers: [],
      premium_progress_bar_enabled: false,
      joined_at: '2026-01-01T00:00:00.000Z',
      large: false,
      unavailable: false,
      member_count: 3,
      voice_states: [],
      members: [member(this.botUser)],
      channels: [
        { id: this.channelId, type: 0, guild_id: this.guildId, name: 'general', position: 0, permission_overwrites: [], nsfw: false, topic: null, last_message_id: null, parent_id: null, rate_limit_per_user: 0 },
      ],
      threads: [],
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    };
  }

  // ---------------------------------------------------------------- interactions

  private dispatch(kind: InteractionRecord['kind'], type: number, data: Json, by: DiscordUser, extra: Json = {}, permissions = PERMISSIONS): InteractionRecord {
    if (!this.current) throw new Error('fake Discord: no gateway session to dispatch to');
    const record: InteractionRecord = {
      id: snowflake(),
      token: `aW50ZXJhY3Rpb24${randomBytes(24).toString('base64url')}`,
      kind,
      payload: {},
      dispatchedAt: performance.now(),
      acknowledged: null,
      callbacks: [],
      original: null,
      followUps: [],
    };
    record.payload = {
      id: record.id,
      application_id: this.applicationId,
      type,
      token: record.token,
      version: 1,
      guild_id: this.guildId,
      channel_id: this.channelId,
      channel: { id: this.channelId, type: 0, guild_id: this.guildId, name: 'general', permissions: PERMISSIONS },
      member: member(by, true, permissions),
      app_permissions: PERMISSIONS,
      locale: 'en-US',
      guild_locale: 'en-US',
      entitlements: [],
      authorizing_integration_owners: { '0': this.guildId },
      context: 0,
      attachment_size_limit: 10_485_760,
      data,
      ...extra,
    };
    this.interactions.set(record.id, record);
    this.emit(this.current, 'INTERACTION_CREATE', record.payload);
    return record;
  }

  private commandData(name: string, options: CommandOption[], resolvedUsers: DiscordUser[]): Json {
    const registered = [...this.commands.guild, ...this.commands.global].find((c) => c.name === name);
    const resolved =
      resolvedUsers.length === 0
        ? {}
        : {
            resolved: {
              users: Object.fromEntries(resolvedUsers.map((u) => [u.id, u])),
              members: Object.fromEntries(resolvedUsers.map((u) => [u.id, member(u, false)])),
            },
          };
    return { id: (registered?.id as string | undefined) ?? snowflake(), name, type: 1, guild_id: this.guildId, options, ...resolved };
  }

  /**
   * A slash command as a user would send it; user options name one of the fake's users.
   * `permissions` (a bitfield as Discord sends it) is the member's; members lack Manage Server by default.
   */
  dispatchCommand(name: string, options: CommandOption[] = [], by: DiscordUser = this.alice, permissions = PERMISSIONS): InteractionRecord {
    const mentioned = options.filter((o) => o.type === 6).map((o) => [this.alice, this.bob].find((u) => u.id === o.value));
    return this.dispatch('command', 2, this.commandData(name, options, mentioned.filter((u): u is DiscordUser => u !== undefined)), by, {}, permissions);
  }

  dispatchAutocomplete(name: string, options: CommandOption[], by: DiscordUser = this.alice): InteractionRecord {
    return this.dispatch('autocomplete', 4, this.commandData(name, options, []), by);
  }

  /** Clicks a button on a message; throws when the message has no such button, as a user could not click it. */
  clickButton(customId: string, message: Json, by: DiscordUser = this.alice): InteractionRecord {
    if (!findComponent(message, customId, 2)) throw new Error(`fake Discord: the message has no button ${customId}`);
    return this.dispatch('button', 3, { custom_id: customId, component_type: 2 }, by, { message });
  }

  chooseFromMenu(customId: string, values: string[], message: Json, by: DiscordUser = this.alice): InteractionRecord {
    const menu = findComponent(message, customId, 3);
    if (!menu) throw new Error(`fake Discord: the message has no select menu ${customId}`);
    const offered = new Set((menu.options as Json[]).map((o) => o.value));
    if (!values.every((v) => offered.has(v))) throw new Error('fake Discord: value not offered by the menu');
    return this.dispatch('select', 3, { custom_id: customId, component_type: 3, values }, by, { message });
  }

  /** A message as it would exist in the channel, e.g. one posted by an older version of the bot. */
  messageWith(components: Json[], flags = 64): Json {
    return this.message({ content: '', embeds: [], components, flags });
  }

  /** Resolves with the accepted first callback; rejects with every refused one after `timeoutMs`. */
  async response(record: InteractionRecord, timeoutMs = 5000): Promise<RecordedCallback> {
    try {
      await this.waitFor(() => record.acknowledged !== null, timeoutMs, `a callback for ${record.kind} ${record.id}`);
    } catch (err) {
      const refused = record.callbacks.map((c) => `${c.status} ${JSON.stringify(c.error)}`).join('; ');
      throw new Error(`${(err as Error).message}${refused ? ` (refused: ${refused})` : ''}`);
    }
    return record.acknowledged as RecordedCallback;
  }

  /**
   * A deferred command's reply (/reload): the private acknowledgement, accepted within Discord's
   * window, then the message as the edit left it.
   */
  async deferredReply(record: InteractionRecord, timeoutMs = 20_000): Promise<Json> {
    const ack = await this.response(record);
    if (ack.status !== 204 || ack.type !== DEFERRED || ack.data.flags !== EPHEMERAL) throw new Error(`not a private deferral: ${JSON.stringify(ack)}`);
    const edited = (): boolean => record.original !== null && ((record.original.flags as number) & LOADING) === 0;
    await this.waitFor(edited, timeoutMs, `the edit of ${record.id}`);
    return record.original as Json;
  }

  private message(data: Json): Json {
    return {
      id: snowflake(),
      type: 20,
      channel_id: this.channelId,
      author: this.botUser,
      content: data.content ?? '',
      embeds: data.embeds ?? [],
      components: data.components ?? [],
      flags: data.flags ?? 0,
      attachments: [],
      mentions: [],
      mention_roles: [],
      mention_everyone: false,
      pinned: false,
      tts: false,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      webhook_id: this.applicationId,
      application_id: this.applicationId,
    };
  }

  // ---------------------------------------------------------------- REST

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://x');
    // discord.js encodes the @ of "messages/@original" as %40.
    const path = url.pathname.replace(/^\/api\/v10/, '').replace(/%40/g, '@');
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    let body: unknown = null;
    if (text !== '') {
      try {
        body = JSON.parse(text);
      } catch {
        body = text;
      }
    }
    const authorized = req.headers.authorization === `Bot ${this.token}`;
    const reply = (status: number, payload?: unknown, headers: Record<string, string> = {}): void => {
      this.requests.push({ method: req.method ?? '', path, query: url.search, body, status, authorized });
      res.writeHead(status, { ...(payload === undefined ? {} : { 'content-type': 'application/json' }), ...headers });
      res.end(payload === undefined ? undefined : JSON.stringify(payload));
      this.notify();
    };
    if (!url.pathname.startsWith('/api/v10/')) return reply(404, { message: '404: Not Found', code: 0 });

    let m: RegExpMatchArray | null;
    if ((m = path.match(/^\/interactions\/(\d+)\/([^/]+)\/callback$/)) && req.method === 'POST') {
      return this.onCallback(m[1] as string, m[2] as string, body, url.searchParams.get('with_response') === 'true', reply);
    }
    if ((m = path.match(/^\/webhooks\/(\d+)\/([^/]+)(\/messages\/@original)?$/))) {
      return this.onWebhook(m[1] as string, m[2] as string, Boolean(m[3]), req.method ?? '', body, reply);
    }
    if (!authorized) return reply(401, { message: '401: Unauthorized', code: 0 });
    if (path === '/gateway/bot' && req.method === 'GET') {
      return reply(200, {
        url: this.gatewayUrl,
        shards: 1,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 },
      });
    }
    if ((m = path.match(/^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/))) {
      const [, app, guild] = m;
      if (app !== this.applicationId || (guild !== undefined && guild !== this.guildId)) return reply(403, { message: 'Missing Access', code: 50001 });
      const scope = guild === undefined ? 'global' : 'guild';
      if (req.method === 'GET') return reply(200, this.commands[scope]);
      if (req.method === 'PUT') {
        const errors = validateCommands(body);
        if (errors.length > 0) return reply(400, formErrorBody('', errors));
        this.commands[scope] = (body as Json[]).map((c) => ({ id: snowflake(), application_id: this.applicationId, version: snowflake(), ...(guild ? { guild_id: guild } : {}), ...asRegistered(c) }));
        return reply(200, this.commands[scope]);
      }
    }
    return reply(404, { message: '404: Not Found', code: 0 });
  }

  private onCallback(id: string, token: string, body: unknown, withResponse: boolean, reply: (status: number, payload?: unknown, headers?: Record<string, string>) => void): void {
    const record = this.interactions.get(id);
    const callback = body as { type?: number; data?: Json } | null;
    const recorded: RecordedCallback = {
      interactionId: id,
      type: callback?.type ?? -1,
      data: callback?.data ?? {},
      status: 0,
      latencyMs: record ? performance.now() - record.dispatchedAt : -1,
      withResponse,
    };
    const finish = (status: number, payload?: Json, headers?: Record<string, string>): void => {
      recorded.status = status;
      if (status >= 400 && payload) recorded.error = payload;
      this.callbacks.push(recorded);
      record?.callbacks.push(recorded);
      if (status < 300 && record) record.acknowledged = recorded;
      reply(status, payload, headers);
    };
    const fault = this.faults.shift();
    if (fault?.status === 500) return finish(500, { message: '500: Internal Server Error', code: 0 });
    if (fault?.status === 429) {
      const retryAfter = fault.retryAfter ?? 0.1;
      return finish(
        429,
        { message: 'You are being rate limited.', retry_after: retryAfter, global: fault.global ?? false },
        {
          'retry-after': String(retryAfter),
          'x-ratelimit-limit': '1',
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset-after': String(retryAfter),
          'x-ratelimit-bucket': 'fake-interaction-callback',
          'x-ratelimit-scope': fault.global ? 'global' : 'user',
          ...(fault.global ? { 'x-ratelimit-global': 'true' } : {}),
        },
      );
    }
    if (!record || record.token !== token || recorded.latencyMs > this.ackWindowMs) {
      return finish(404, { message: 'Unknown interaction', code: 10062 });
    }
    if (record.acknowledged) return finish(400, { message: 'Interaction has already been acknowledged.', code: 40060 });
    const allowed = record.kind === 'autocomplete' ? [8] : record.kind === 'command' ? [4, 5] : [4, 5, 6, 7];
    if (!allowed.includes(recorded.type)) {
      return finish(400, formErrorBody('', [{ path: 'type', code: 'INTERACTION_RESPONSE_TYPE_INVALID', message: 'Invalid interaction response type' }]));
    }
    if (recorded.type === 8) {
      const errors = validateChoices(recorded.data);
      if (errors.length > 0) return finish(400, formErrorBody('data', errors));
    } else if (recorded.type === 4 || recorded.type === 7) {
      const { errors, empty } = validateMessage(recorded.data, { requireContent: true });
      if (errors.length > 0) return finish(400, formErrorBody('data', errors));
      if (empty) return finish(400, { message: 'Cannot send an empty message', code: 50006 });
      record.original = this.message(recorded.data);
    } else if (recorded.type === DEFERRED) {
      record.original = this.message({ flags: ((recorded.data.flags as number | undefined) ?? 0) | LOADING });
    }
    if (!withResponse) return finish(204);
    return finish(200, {
      interaction: { id, type: record.payload.type, activity_instance_id: null, response_message_id: record.original?.id ?? null, response_message_loading: recorded.type === 5, response_message_ephemeral: (((record.original?.flags as number | undefined) ?? 0) & 64) !== 0 },
      resource: { type: recorded.type, ...(record.original ? { message: record.original } : {}) },
    });
  }

  private onWebhook(app: string, token: string, original: boolean, method: string, body: unknown, reply: (status: number, payload?: unknown) => void): void {
    const record = [...this.interactions.values()].find((r) => r.token === token);
    if (app !== this.applicationId || !record || !record.acknowledged) return reply(404, { message: 'Unknown Webhook', code: 10015 });
    if (original) {
      if (method === 'GET') return record.original ? reply(200, record.original) : reply(404, { message: 'Unknown Message', code: 10008 });
      if (method === 'DELETE') {
        record.original = null;
        return reply(204);
      }
      if (method === 'PATCH') {
        const { errors } = validateMessage(body, { requireContent: false });
        if (errors.length > 0) return reply(400, formErrorBody('', errors));
        const flags = (record.original?.flags as number | undefined) ?? 0;
        record.original = { ...this.message({ ...(record.original ?? {}), ...(body as Json) }), id: record.original?.id ?? snowflake(), flags: flags & ~LOADING };
        return reply(200, record.original);
      }
    } else if (method === 'POST') {
      const { errors, empty } = validateMessage(body, { requireContent: true });
      if (errors.length > 0) return reply(400, formErrorBody('', errors));
      if (empty) return reply(400, { message: 'Cannot send an empty message', code: 50006 });
      const message = this.message(body as Json);
      record.followUps.push(message);
      return reply(200, message);
    }
    return reply(405, { message: '405: Method Not Allowed', code: 0 });
  }
}

/**
 * A command as Discord answers for it after a PUT: defaults filled in, absent localizations as
 * null, and `required` left out when false, so registration code must not compare raw JSON.
 */
export function asRegistered(command: Json): Json {
  const option = (o: Json): Json => {
    const { required, options, ...rest } = o;
    return {
      ...rest,
      name_localizations: o.name_localizations ?? null,
      description_localizations: o.description_localizations ?? null,
      ...(required === true ? { required } : {}),
      ...(Array.isArray(options) ? { options: (options as Json[]).map(option) } : {}),
    };
  };
  const { options, ...rest } = command;
  return {
    type: 1,
    default_member_permissions: null,
    dm_permission: true,
    contexts: null,
    integration_types: [0],
    nsfw: false,
    ...rest,
    name_localizations: command.name_localizations ?? null,
    description_localizations: command.description_localizations ?? null,
    ...(Array.isArray(options) ? { options: (options as Json[]).map(option) } : {}),
  };
}

function findComponent(message: Json, customId: string, type: number): Json | undefined {
  for (const row of (message.components as Json[] | undefined) ?? []) {
    for (const component of (row.components as Json[] | undefined) ?? []) {
      if (component.type === type && component.custom_id === customId) return component;
    }
  }
  return undefined;
}

export async function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  return new FakeDiscord(options).listen();
}
