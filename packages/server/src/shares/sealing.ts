import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

/**
 * Share snapshots are stored sealed (AES-256-GCM) under a key derived from the link token, which itself is
 * never stored (only its SHA-256). Database files, dead row versions PostgreSQL keeps until VACUUM, the WAL
 * and backups therefore hold no readable health data; only someone holding the link can open it. Revoking
 * or expiry also removes the sealed copy. See docs/deletion.md.
 */
const FORMAT = "s1";
const KEY_INFO = "backtalk share snapshot";

const keyFor = (token: string): Buffer =>
  Buffer.from(hkdfSync("sha256", Buffer.from(token, "utf8"), Buffer.alloc(0), KEY_INFO, 32));

/** The text sealed for storage: "s1.<iv>.<ciphertext>.<tag>", each part base64url. */
export function seal(plaintext: string, token: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyFor(token), iv);
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return [FORMAT, iv, body, cipher.getAuthTag()]
    .map((part) => (typeof part === "string" ? part : part.toString("base64url")))
    .join(".");
}

/** Opens what seal() stored. Rows written before sealing existed hold plain JSON and are returned as they are. */
export function unseal(stored: string, token: string): string {
  if (!stored.startsWith(`${FORMAT}.`)) return stored;
  const [, iv, body, tag] = stored.split(".").map((part) => Buffer.from(part, "base64url"));
  if (!iv || !body || !tag) throw new Error("a sealed snapshot is damaged");
  const decipher = createDecipheriv("aes-256-gcm", keyFor(token), iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(body), decipher.final()]).toString("utf8");
}
