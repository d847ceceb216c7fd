/**
 * Where the build puts the page session module (page-session.ts), relative to the
 * extension's root. A fixed name, because the content script's entry is a classic script
 * built on its own and cannot learn a hashed one; vite.config.ts emits the module here.
 */
export const PAGE_SESSION_FILE = 'content/page-session.js';
