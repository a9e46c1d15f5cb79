// The yardstick: read the file, split it into lines and print them as JSON.
import { readFileSync } from "node:fs";

const lines = readFileSync(process.argv[2], "utf8").split(/\r?\n/u);
process.stdout.write(JSON.stringify(lines));
