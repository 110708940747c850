/** The localStorage key of the cached ECB rates (ecb-cache.ts); the page's entry reads whether it is there. */
export const ECB_CACHE_KEY = 'krw-lens:ecb-cache:v1';
