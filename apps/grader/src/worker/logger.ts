// The worker's log: one JSON object per line on stderr, for `docker compose logs` and
// anything that reads them. Internal errors (with their stacks) go here and only here;
// students see the public messages stored on their submissions.

export type LogFields = Record<string, unknown>;

export interface Logger {
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

export function createJsonLogger(
  workerId: string,
  write: (line: string) => void = (line) => process.stderr.write(line),
): Logger {
  const log = (level: string, message: string, fields: LogFields = {}) =>
    write(
      `${JSON.stringify({ time: new Date().toISOString(), level, worker: workerId, message, ...fields })}\n`,
    );
  return {
    info: (message, fields) => log('info', message, fields),
    warn: (message, fields) => log('warn', message, fields),
    error: (message, fields) => log('error', message, fields),
  };
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };

/** An error for the log: its name, message and stack. */
export function describeForLog(error: unknown): LogFields {
  if (error instanceof Error)
    return { error: `${error.name}: ${error.message}`, stack: error.stack };
  return { error: String(error) };
}
