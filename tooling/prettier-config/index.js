/** @type {import('prettier').Config} */
const config = {
  singleQuote: true,
  trailingComma: 'all',
  // Traces and schedules make for long but readable lines; 80 wraps them too eagerly.
  printWidth: 100,
};

export default config;
