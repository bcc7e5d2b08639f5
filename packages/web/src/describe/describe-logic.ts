/** Everything the box loads on demand, as one chunk: the reader's logic and the start of a check from it. */
export { answersToKeep, continueDescribed } from "./continue-described.ts";
export { viewOf } from "./describe-model.ts";
export { readInBackground } from "./reader-client.ts";
