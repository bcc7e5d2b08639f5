import * as z from "zod/mini";

export interface ComponentMeta {
  readonly id: string;
  readonly description?: string;
}

/** Every schema the OpenAPI document names under components/schemas; others are written inline. */
export const COMPONENTS = z.registry<ComponentMeta>();

/** Registers `schema` as a named component (the same object validates requests and tests responses). */
export function named<T extends z.core.$ZodType>(id: string, schema: T, description?: string): T {
  COMPONENTS.add(schema, description === undefined ? { id } : { id, description });
  return schema;
}
