import { describe, expect, it } from "vitest";
import { configFromEnv } from "./config.ts";

describe("configFromEnv", () => {
  it("defaults to SQLite in ./data on 127.0.0.1:3000", () => {
    const config = configFromEnv({});
    expect(config).toMatchObject({ host: "127.0.0.1", port: 3000, trustedProxies: 0 });
    expect(config.database).toEqual({ kind: "sqlite", file: "data/backtalk.sqlite" });
    expect(config.webRoot).toMatch(/packages\/web\/dist$/);
    expect(config.publicBaseUrl).toBe("http://localhost:3000");
  });

  it("takes PUBLIC_BASE_URL as the public address, without a trailing slash", () => {
    expect(configFromEnv({ PUBLIC_BASE_URL: "https://clinic.example/backtalk/" }).publicBaseUrl).toBe(
      "https://clinic.example/backtalk",
    );
    expect(configFromEnv({ PORT: "8080" }).publicBaseUrl).toBe("http://localhost:8080");
    for (const bad of ["clinic.example", "ftp://x.example", "https://x.example/?a=1"]) {
      expect(() => configFromEnv({ PUBLIC_BASE_URL: bad })).toThrow(
        /PUBLIC_BASE_URL must be an absolute http\(s\) URL/,
      );
    }
  });

  it("switches to PostgreSQL with DATABASE_URL and reads the other settings", () => {
    const config = configFromEnv({
      DATABASE_URL: "postgres://u@db:5432/backtalk",
      HOST: "0.0.0.0",
      PORT: "8080",
      TRUSTED_PROXIES: "1",
      DATA_DIR: "/ignored",
    });
    expect(config.database).toEqual({ kind: "postgres", url: "postgres://u@db:5432/backtalk" });
    expect(config).toMatchObject({ host: "0.0.0.0", port: 8080, trustedProxies: 1 });
    expect(configFromEnv({ DATA_DIR: "/var/lib/backtalk" }).database).toEqual({
      kind: "sqlite",
      file: "/var/lib/backtalk/backtalk.sqlite",
    });
  });

  it("refuses settings it cannot use, saying what is allowed", () => {
    expect(() => configFromEnv({ PORT: "http" })).toThrow(/PORT must be a whole number from 0 to 65535/);
    expect(() => configFromEnv({ DATABASE_URL: "mysql://x" })).toThrow(/postgres:\/\//);
  });
});
