/**
 * The one message protocol: its types (types.ts), the runtime guard every receiver runs
 * (guards.ts), and who may send what (routing.ts). Import from here.
 */
export * from './types';
export * from './guards';
export * from './routing';
