// Starts the platform's processes for end-to-end tests and benchmarks.
export { startStack, type Stack, type StackOptions } from './stack.js';
