import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Vitest's default on two cores is one worker; much of this suite waits on sockets and child
    // processes (discord.js spaces identifies 5 s apart), so two files at a time finish sooner.
    maxWorkers: 2,
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
