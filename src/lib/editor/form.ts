/**
 * A file's frontmatter as the editor's form holds it, and back. `toForm` turns the values a
 * file may write two ways (a status alone or with its evidence, one quotation or a list)
 * into the one way a form shows them; `fromForm` turns the form back into file values,
 * keeping the file's own way of writing every value the officer did not change, so that
 * saving never rewrites what was left alone.
 */
import { ENTRY_ID, type Field, type Shape } from './shape.ts';

type Data = Record<string, unknown>;

const isObject = (value: unknown): value is Data => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The form's value for a file's value of the given shape. */
export function toForm(shape: Shape, value: unknown): unknown {
  if (value === undefined || value === null) return undefined;
  switch (shape.kind) {
    case 'text':
      return value;
    case 'list':
      return Array.isArray(value) ? value.map((item) => toForm(shape.item, item)) : value;
    case 'one-or-list':
    case 'word-or-list':
      return Array.isArray(value) ? value : [value];
    case 'object':
      return isObject(value) ? toFormObject(shape.fields, value) : value;
    case 'entries':
      if (!isObject(value)) return value;
      return Object.entries(value).map(([id, entry]) => ({
        [ENTRY_ID]: id,
        ...(isObject(entry) ? toFormObject(shape.long, entry) : { status: entry }),
      }));
  }
}

/** Every field the schema knows, in the form's shape; fields it does not know are kept as they are. */
export function toFormObject(fields: readonly Field[], data: Data): Data {
  const form: Data = { ...data };
  for (const field of fields) {
    const value = toForm(field.shape, data[field.name]);
    if (value === undefined) delete form[field.name];
    else form[field.name] = value;
  }
  return form;
}

/**
 * The file's value for the form's value: `original` (the file's value before the edit) is
 * returned as it is when the form still says the same, so its way of writing is kept.
 */
export function fromForm(shape: Shape, form: unknown, original: unknown): unknown {
  if (sameForm(toForm(shape, original), form)) return original;
  if (isEmpty(form)) return undefined;
  switch (shape.kind) {
    case 'text':
      return typeof form === 'string' ? form : String(form);
    case 'list': {
      const items = form as unknown[];
      const before = Array.isArray(original) ? original : [];
      return items.map((item, i) => fromForm(shape.item, item, before[i])).filter((item) => item !== undefined);
    }
    case 'one-or-list': {
      const items = (form as unknown[]).filter((item) => !isEmpty(item));
      // One quotation is written alone unless the file had a list.
      return items.length === 1 && !Array.isArray(original) ? items[0] : items;
    }
    case 'word-or-list': {
      const items = (form as unknown[]).filter((item) => !isEmpty(item));
      return items.length === 1 && items[0] === shape.word ? shape.word : items;
    }
    case 'object':
      return fromFormObject(shape.fields, form as Data, isObject(original) ? original : {});
    case 'entries': {
      const before = isObject(original) ? original : {};
      const entries: Data = {};
      for (const item of form as Data[]) {
        const { [ENTRY_ID]: id, ...rest } = item;
        if (typeof id !== 'string' || !id) continue;
        const long = fromFormObject(shape.long, rest, isObject(before[id]) ? before[id] : {}) ?? {};
        // Written short (`"3": planned`) when the entry holds nothing but its status, unless it was long.
        const onlyStatus = Object.keys(long).length === 1 && 'status' in long;
        entries[id] = sameForm(toForm(shape, { [id]: before[id] }), [item]) ? before[id] : onlyStatus && !isObject(before[id]) ? long.status : long;
      }
      return entries;
    }
  }
}

/** An object's file value from the form, fields in the schema's order, empty ones left out. */
export function fromFormObject(fields: readonly Field[], form: Data, original: Data): Data | undefined {
  const out: Data = {};
  const known = new Set(fields.map((f) => f.name));
  for (const field of fields) {
    const value = fromForm(field.shape, form[field.name], original[field.name]);
    if (value !== undefined) out[field.name] = value;
  }
  // What the schema does not know (and the form could not show) is kept as the file had it.
  for (const [name, value] of Object.entries(original)) if (!known.has(name) && value !== undefined) out[name] = value;
  return Object.keys(out).length ? out : undefined;
}

/** Empty in a form: nothing, an empty text, an empty list, or an object of empties. */
export function isEmpty(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.every(isEmpty);
  if (isObject(value)) return Object.values(value).every(isEmpty);
  return false;
}

/** The same as far as a form can tell: empties are alike, texts compared as written. */
export function sameForm(a: unknown, b: unknown): boolean {
  if (isEmpty(a) && isEmpty(b)) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    const left = a.filter((x) => !isEmpty(x));
    const right = b.filter((x) => !isEmpty(x));
    return left.length === right.length && left.every((x, i) => sameForm(x, right[i]));
  }
  if (isObject(a) && isObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => sameForm(a[key], b[key]));
  }
  if (typeof a === 'string' && typeof b === 'string') return a === b;
  return a === b;
}
