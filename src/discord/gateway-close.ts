import { GatewayCloseCodes } from 'discord.js';
import { TOKEN_REJECTED } from './setup-errors.js';

/**
 * What to tell an operator when Discord closes the gateway with a code discord.js does not recover
 * from (it then emits ShardDisconnect and stops). The bot exits non-zero after this line, so a
 * supervisor's restart-on-failure fires and someone sees it.
 */
export function describeFatalClose(code: number): string {
  switch (code) {
    case GatewayCloseCodes.AuthenticationFailed:
      return TOKEN_REJECTED;
    case GatewayCloseCodes.DisallowedIntents:
      return 'Discord refused the gateway intents this bot asks for (4014 disallowed intents). Turn on the privileged intents it needs under Bot in the Developer Portal, or update the bot.';
    case GatewayCloseCodes.InvalidIntents:
      return 'Discord refused the gateway intents this bot asks for (4013 invalid intents); update the bot to a release that matches the Discord API.';
    case GatewayCloseCodes.InvalidAPIVersion:
      return 'Discord no longer accepts the gateway API version this bot speaks (4012); update discord.js and the bot.';
    case GatewayCloseCodes.ShardingRequired:
    case GatewayCloseCodes.InvalidShard:
      return `Discord requires sharding for this bot (${code}); it is in too many servers for one connection. Update the bot to a release that shards.`;
    default:
      return `Discord closed the gateway for good (close code ${code}); check the Discord status page and the bot's logs, then start it again.`;
  }
}
