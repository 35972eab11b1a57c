import { z } from 'zod';
import { flag, integer } from './env-values.js';

/** Media a send fetches from a URL, and the cache of media received. */
export const mediaConfig = z
  .object({
    MEDIA_MAX_BYTES: integer('MEDIA_MAX_BYTES', 1).default(16 * 1024 * 1024),
    MEDIA_TIMEOUT_MS: integer('MEDIA_TIMEOUT_MS', 100).default(30_000),
    MEDIA_MAX_REDIRECTS: integer('MEDIA_MAX_REDIRECTS', 0, 20).default(5),
    MEDIA_ALLOW_PRIVATE_URLS: flag('MEDIA_ALLOW_PRIVATE_URLS').default(false),
    MEDIA_CACHE_PATH: z.string().trim().min(1).default('./runtime/media'),
    MEDIA_CACHE_TTL_MS: integer('MEDIA_CACHE_TTL_MS', 1000).default(24 * 60 * 60_000),
  })
  .transform((env) => ({
    media: {
      maxBytes: env.MEDIA_MAX_BYTES,
      timeoutMs: env.MEDIA_TIMEOUT_MS,
      maxRedirects: env.MEDIA_MAX_REDIRECTS,
      allowPrivateUrls: env.MEDIA_ALLOW_PRIVATE_URLS,
    },
    mediaCache: { path: env.MEDIA_CACHE_PATH, ttlMs: env.MEDIA_CACHE_TTL_MS },
  }));
