import { z } from 'zod';

/** A row's id as a client gives it (an ID is a string in GraphQL, a path segment in REST): a positive whole number. */
export const recordId = (what: string) =>
  z.union([z.string(), z.number()]).transform((value, ctx) => {
    const text = String(value).trim();
    const id = /^\d{1,15}$/.test(text) ? Number(text) : NaN;
    if (!Number.isSafeInteger(id) || id < 1) {
      ctx.addIssue({ code: 'custom', message: `${what} must be a positive whole number, e.g. 1` });
      return z.NEVER;
    }
    return id;
  });
