import { z } from 'zod';

/** How an environment variable's text becomes a value, with a message that names the variable. */

export const integer = (name: string, min: number, max = Number.MAX_SAFE_INTEGER) =>
  z
    .string()
    .trim()
    .regex(/^-?\d+$/, `${name} must be a whole number`)
    .transform(Number)
    .pipe(z.number().min(min, `${name} must be at least ${min}`).max(max, `${name} must be at most ${max}`));

export const flag = (name: string) => z.stringbool({ error: `${name} must be true or false` });

/** A comma-separated list, each entry trimmed, blanks left out. */
export const commaList = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .transform((value) =>
      value
        .split(',')
        .map((entry) => entry.trim())
        .filter(Boolean),
    );

/** A variable another concern validates, read here only for whether it is set. */
export const presence = z.string().optional();

/** The arguments of a refinement that two settings of a range are in order, reported at the first. */
export const ordered = (
  min: string,
  max: string,
): [(env: Record<string, unknown>) => boolean, { message: string; path: PropertyKey[] }] => [
  (env) => (env[min] as number) <= (env[max] as number),
  { message: `${min} must not be greater than ${max}`, path: [min] },
];
