/**
 * The Node flags the server runs with, wherever it is started: `npm start` (both package.json start scripts,
 * which a test holds to this list), the server bench and the browser tests.
 *
 * A young generation of 4 MB semi-spaces instead of V8's 16 MB: a request's objects die young, so a smaller
 * nursery is collected more often at no cost in throughput (measured with the server bench), and the process
 * no longer holds about 25 MB of nursery it does not need.
 */
export const SERVER_NODE_FLAGS = ["--max-semi-space-size=4"] as const;
