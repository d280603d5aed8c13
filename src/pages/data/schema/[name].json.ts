import type { APIRoute, GetStaticPaths } from 'astro';
import { CONTENT_SCHEMA_NAMES, contentJsonSchema, type ContentSchemaName } from '../../../lib/outputs/data/json-schema.ts';

export const getStaticPaths = (() => CONTENT_SCHEMA_NAMES.map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(`${JSON.stringify(contentJsonSchema(params.name as ContentSchemaName), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
