#!/usr/bin/env node
// The installed `ratsvorlage` command.
import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2));
