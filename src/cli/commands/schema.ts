// `duties schema`: the JSON Schema of the Document (or of the config, or of diff's report).
import type { Command } from "commander";
import { documentJsonSchema } from "../../model/document.js";
import type { CliIO } from "../context.js";
import { write } from "../context.js";
import type { Outcome } from "../main.js";

export function registerSchema(program: Command, io: CliIO, _outcome: Outcome): void {
  program
    .command("schema")
    .description("print the JSON Schema of the Document that `duties parse` prints")
    .action(async () => {
      await write(io.stdout, JSON.stringify(documentJsonSchema(), null, 2) + "\n");
    });
}
