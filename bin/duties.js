#!/usr/bin/env node
// The `duties` command: run the built CLI and leave with the exit code it returns.
import { main } from "../dist/cli/main.js";

process.exitCode = await main(process.argv.slice(2));
