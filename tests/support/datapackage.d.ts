/** The part of the `datapackage` library (Frictionless Data's JavaScript implementation, untyped) the tests use. */
declare module 'datapackage' {
  interface TableSchemaError extends Error {
    rowNumber?: number;
    errors: Error[];
  }
  interface Resource {
    name: string;
    descriptor: { path: string; schema: { fields: { name: string }[] } };
    /** With `forceCast`, a row that breaks the schema comes back as its error instead of stopping the read. */
    read(options: { keyed?: boolean; relations?: boolean; forceCast?: boolean }): Promise<(Record<string, unknown> | TableSchemaError)[]>;
  }
  interface Package {
    valid: boolean;
    errors: Error[];
    descriptor: Record<string, unknown>;
    resources: Resource[];
  }
  const datapackage: {
    Package: { load(descriptor: string | object, options?: { basePath?: string; strict?: boolean }): Promise<Package> };
  };
  export default datapackage;
}
