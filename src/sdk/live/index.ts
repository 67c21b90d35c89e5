/** samenspel/sdk live co-editing: a store bound to a Yjs document that many people edit at once. */
export * from './binding.js';
export * from './presence.js';
export * from './fill.js';
