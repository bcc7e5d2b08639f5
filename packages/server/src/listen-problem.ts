/**
 * What to tell a person whose `npm start` could not listen, in plain words: the port is taken (often BackTalk
 * itself, started twice) or not allowed. Anything else is named by its code.
 */
export function listenProblem(error: NodeJS.ErrnoException, host: string, port: number): string {
  const url = `http://${host}:${port}`;
  switch (error.code) {
    case "EADDRINUSE":
      return [
        `BackTalk could not start: port ${port} is already in use.`,
        `BackTalk may already be running: try opening ${url} in your web browser.`,
        `Otherwise stop the program using port ${port}, or start on another port, for example: PORT=${port === 3001 ? 3002 : 3001} npm start`,
      ].join("\n");
    case "EACCES":
      return [
        `BackTalk could not start: this computer does not allow it to use port ${port}.`,
        "Use a port above 1023, for example: PORT=3000 npm start",
      ].join("\n");
    case "EADDRNOTAVAIL":
      return [
        `BackTalk could not start: ${host} is not an address of this computer.`,
        "Leave HOST unset to use 127.0.0.1, or set it to one of this computer's addresses.",
      ].join("\n");
    default:
      return `BackTalk could not start listening on ${url} (${error.code ?? error.message}).`;
  }
}
