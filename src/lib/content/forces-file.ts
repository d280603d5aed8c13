/**
 * The forces registry, content/forces.yaml: each force's id, name, policing body and region,
 * read and checked against its schema, with every id it declares (even one whose entry has an
 * error), so that documents naming it get no misleading "unknown force" error.
 */
import { existsSync } from 'node:fs';
import { forceSchema } from '../../schemas/force.ts';
import type { ParsedYaml } from '../basics/frontmatter.ts';
import { parseYaml } from '../basics/frontmatter.ts';
import { readText } from '../basics/read-text.ts';
import type { ForceRegistry } from './cross-file-rules.ts';
import type { Force } from './model.ts';
import { report, reportIssues, type Context } from './report.ts';
import { describeEntry, guardFile } from './safe-files.ts';

/** The registry at `file`: the forces that passed, and every id declared (null when the file could not be read at all). */
export function loadForces(ctx: Context, file: string): ForceRegistry {
  return guardFile(ctx.problems, ctx.root, file, () => loadForceFile(ctx, file), { valid: [], ids: null });
}

function loadForceFile(ctx: Context, file: string): ForceRegistry {
  const entry = describeEntry(ctx.content, file);
  if (entry.kind === 'refused') {
    report(ctx, file, undefined, 'file', entry.reason);
    return { valid: [], ids: null };
  }
  if (!existsSync(file)) {
    report(ctx, file, undefined, 'file', 'there is no forces registry, so no document can name a force; allowed: a forces.yaml file listing the forces', 'warning');
    return { valid: [], ids: [] };
  }
  const yaml = readYamlFile(ctx, file);
  if (!yaml) return { valid: [], ids: null };
  if (yaml.data === null || yaml.data === undefined || yaml.data === '') {
    report(ctx, file, 1, 'forces', 'the registry lists no forces, so no document can name a force; allowed: a list of forces, each starting "- id:"', 'warning');
    return { valid: [], ids: [] };
  }
  if (!Array.isArray(yaml.data)) {
    report(ctx, file, 1, 'forces', 'the file is not a list; allowed: a list of forces, each starting "- id:" with name, policingBody and region');
    return { valid: [], ids: null };
  }
  const valid: Force[] = [];
  const ids: string[] = [];
  yaml.data.forEach((entry: unknown, index) => {
    const id = (entry as { id?: unknown } | null)?.id;
    if (typeof id === 'string' && id) {
      if (ids.includes(id)) {
        report(ctx, file, yaml.lineOf([index, 'id']), `forces[#${index + 1}].id`, `the force id "${id}" is listed twice; allowed: each force once`);
        return;
      }
      ids.push(id);
    }
    const parsed = forceSchema.safeParse(entry);
    if (parsed.success) valid.push(parsed.data);
    else reportIssues(ctx, file, yaml, parsed.error, 'forces', [index]);
  });
  return { valid, ids };
}

function readYamlFile(ctx: Context, file: string): ParsedYaml | null {
  const read = readText(file);
  if (!read.ok) {
    report(ctx, file, undefined, 'file', read.reason);
    return null;
  }
  const result = ctx.cache.file(file, read.text).yaml(() => parseYaml(read.text));
  if (!result.ok) {
    report(ctx, file, result.line, 'yaml', result.message);
    return null;
  }
  return result.yaml;
}
