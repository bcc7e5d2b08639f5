import { describe, expect, it } from "vitest";
import { seal, unseal } from "./sealing.ts";
import { newToken } from "./tokens.ts";

describe("sealed snapshots", () => {
  it("open with the link token and show nothing readable without it", () => {
    const token = newToken();
    const text = JSON.stringify({ note: "pain worse after lifting the baby" });
    const sealed = seal(text, token);
    expect(sealed).not.toContain("baby");
    expect(sealed).toMatch(/^s1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(unseal(sealed, token)).toBe(text);
    expect(() => unseal(sealed, newToken())).toThrow();
    // A fresh IV each time: the same snapshot never looks the same twice.
    expect(seal(text, token)).not.toBe(sealed);
  });

  it("rejects a tampered copy and reads rows stored before sealing as they are", () => {
    const token = newToken();
    const sealed = seal("{}", token);
    const parts = sealed.split(".");
    const flipped = [parts[0], parts[1], Buffer.from("x").toString("base64url"), parts[3]].join(".");
    expect(() => unseal(flipped, token)).toThrow();
    expect(unseal('{"plain":true}', token)).toBe('{"plain":true}');
  });
});
