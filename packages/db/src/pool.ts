import pg from 'pg';

/** Postgres's `name` type (catalog columns such as pg_namespace.nspname) and `text`. */
const NAME_OID = 19;
const TEXT_OID = 25;

type QueryResultLike = { fields?: { dataTypeID: number }[] };

function nameAsText<T>(result: T): T {
  for (const one of Array.isArray(result)
    ? (result as QueryResultLike[])
    : [result as QueryResultLike]) {
    for (const field of one?.fields ?? [])
      if (field.dataTypeID === NAME_OID) field.dataTypeID = TEXT_OID;
  }
  return result;
}

/**
 * A client that reports `name` columns as `text`. Prisma's WebAssembly schema engine
 * (migrate deploy, migrate status) maps every result column by its type OID and has no
 * mapping for `name`: "Column type 'name' could not be deserialized from the database"
 * (prisma/orm#27403). A `name` is text in every way that matters here.
 */
class NameAsTextClient extends pg.Client {
  // pg's overloads in one: a callback (what Pool.query passes) or a promise is rewritten.
  override query(...args: unknown[]): never {
    const last = args.at(-1);
    if (typeof last === 'function') {
      const callback = last as (error: unknown, result: unknown) => void;
      args[args.length - 1] = (error: unknown, result: unknown) =>
        callback(error, error ? result : nameAsText(result));
    }
    const result = (super.query as (...a: unknown[]) => unknown)(...args);
    if (result instanceof Promise) return result.then(nameAsText) as never;
    return result as never;
  }
}

/**
 * The pool settings every Prisma client and the Prisma CLI use. A config, not a Pool: the
 * adapter recognises a Pool only when it comes from its own copy of `pg`, and otherwise
 * would build a pool of its own without this client class.
 */
export function poolConfig(connectionString: string, max = 10): pg.PoolConfig {
  return { connectionString, max, Client: NameAsTextClient };
}
