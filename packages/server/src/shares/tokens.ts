import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** 32 random bytes = 256 bits, written as 43 base64url characters (no padding). */
const TOKEN_BYTES = 32;
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** A fresh unguessable value for a share link or a management secret. */
export const newToken = (): string => randomBytes(TOKEN_BYTES).toString("base64url");

/** What is stored instead of a token: its SHA-256 in hex. A stolen database reveals no working link. */
export const hashToken = (token: string): string => createHash("sha256").update(token, "utf8").digest("hex");

/** Compares two hex hashes in constant time, so response timing says nothing about how much matched. */
export function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, "hex");
  const right = Buffer.from(b, "hex");
  return left.length === right.length && left.length > 0 && timingSafeEqual(left, right);
}
