/** The app's IndexedDB database; also read by the page's early paint, before the app loads (result-copy/). */
export const DB_NAME = "backtalk";
