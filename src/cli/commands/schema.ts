// `duties schema`: the JSON Schema of the Document (or of the config, or of diff's report).
import type { Command } from "commander";
import { configJsonSchema } from "../../model/config.js";
import { documentJsonSchema } from "../../model/document.js";
import type { CliIO } from "../context.js";
import { write } from "../context.js";
import type { Outcome } from "../main.js";

export function registerSchema(program: Command, io: CliIO, _outcome: Outcome): void {
  program
    .command("schema")
    .description("print the JSON Schema of the Document that `duties parse` prints")
    .option("--diff", "print the JSON Schema of the report that `duties diff --format json` prints instead")
    .option("--config", "print the JSON Schema of the validate configuration (.dutiesrc.json) instead")
    .action(async (options: { diff?: boolean; config?: boolean }) => {
      const schema = options.config ? configJsonSchema() : options.diff ? (await import("../../model/diff.js")).diffJsonSchema() : documentJsonSchema();
      await write(io.stdout, JSON.stringify(schema, null, 2) + "\n");
    });
}
