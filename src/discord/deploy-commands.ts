import { config as loadEnv } from 'dotenv';
import { deployCommands } from './deploy.js';

loadEnv({ quiet: true });
process.exitCode = await deployCommands(process.argv.slice(2), process.env, { stdout: process.stdout, stderr: process.stderr });
