#!/usr/bin/env node
// The CLI runs as compiled JavaScript (built by `npm ci` and `npm run build`), so it starts as fast as plain node.
try {
  await import("../dist/backtalk.js");
} catch (error) {
  if (error?.code !== "ERR_MODULE_NOT_FOUND" || !String(error.message).includes("dist/backtalk.js"))
    throw error;
  process.stderr.write(
    "backtalk: the command line is not built yet; run `npm run build` in the BackTalk folder.\n",
  );
  process.exitCode = 1;
}
