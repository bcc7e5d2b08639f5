#!/usr/bin/env node
// Node 20 cannot run TypeScript: tsx compiles the CLI's source (and the engine's) on the fly.
import { register } from "tsx/esm/api";

register();
await import("../src/main.ts");
