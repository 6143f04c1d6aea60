/**
 * A reader for Microsoft Graph's published v1.0 CSDL (`/work/shared/graph/v1.0-metadata.xml`, from
 * microsoftgraph/msgraph-metadata), enough to use it as an oracle: which properties a type has and
 * of what type, which types are open, and which URL paths exist (entity sets, singletons,
 * navigation properties, bound functions and actions). The file is regular, machine-written XML;
 * a few patterns read it without an XML dependency.
 */
import { readFileSync } from 'node:fs';

interface TypeDef {
  readonly kind: 'entity' | 'complex' | 'enum';
  readonly base?: string;
  readonly open: boolean;
  /** Property → { type, nullable } (structural and navigation). */
  readonly props: Map<string, { type: string; nullable: boolean; navigation: boolean }>;
  readonly members?: Set<string>;
}

interface Bound {
  readonly name: string;
  readonly bindingType: string;
  readonly returnType?: string;
}

export interface Csdl {
  /** The type of a property of `type` (searching base types), or undefined. */
  property(type: string, name: string): { type: string; nullable: boolean; navigation: boolean } | undefined;
  isOpen(type: string): boolean;
  kind(type: string): TypeDef['kind'] | undefined;
  enumMembers(type: string): Set<string> | undefined;
  /** Whether `sub` is `type` or derives from it. */
  derivesFrom(sub: string, type: string): boolean;
  /** The type a URL path (`sites/{id}/lists/{id}/items/delta`) addresses, or why it does not exist. */
  resolvePath(path: string): { type: string } | { error: string };
}

const attr = (tag: string, name: string): string | undefined => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];

export function loadCsdl(file: string): Csdl {
  const xml = readFileSync(file, 'utf8');
  const types = new Map<string, TypeDef>();
  const bound: Bound[] = [];
  const roots = new Map<string, string>(); // entity set / singleton → type
  const schemaRe = /<Schema\b([^>]*)>([\s\S]*?)<\/Schema>/g;
  for (let schema = schemaRe.exec(xml); schema; schema = schemaRe.exec(xml)) {
    const ns = attr(schema[1], 'Namespace') as string;
    const alias = attr(schema[1], 'Alias');
    const qualify = (t: string | undefined): string | undefined => {
      if (!t) return t;
      const collection = /^Collection\((.*)\)$/.exec(t);
      if (collection) return `Collection(${qualify(collection[1])})`;
      return alias && t.startsWith(`${alias}.`) ? `${ns}.${t.slice(alias.length + 1)}` : t.replace(/^graph\./, 'microsoft.graph.');
    };
    const body = schema[2];
    const typeRe = /<(EntityType|ComplexType|EnumType)\b([^>]*?)(\/>|>([\s\S]*?)<\/\1>)/g;
    for (let m = typeRe.exec(body); m; m = typeRe.exec(body)) {
      const name = `${ns}.${attr(m[2], 'Name')}`;
      const props = new Map<string, { type: string; nullable: boolean; navigation: boolean }>();
      const inner = m[4] ?? '';
      for (const p of inner.matchAll(/<(Property|NavigationProperty)\b([^>]*?)\/?>/g)) {
        props.set(attr(p[2], 'Name') as string, { type: qualify(attr(p[2], 'Type')) as string, nullable: attr(p[2], 'Nullable') !== 'false', navigation: p[1] === 'NavigationProperty' });
      }
      const kind = m[1] === 'EntityType' ? 'entity' : m[1] === 'ComplexType' ? 'complex' : 'enum';
      const members = kind === 'enum' ? new Set([...inner.matchAll(/<Member\b[^>]*Name="([^"]*)"/g)].map((x) => x[1])) : undefined;
      types.set(name, { kind, base: qualify(attr(m[2], 'BaseType')), open: attr(m[2], 'OpenType') === 'true', props, members });
    }
    for (const f of body.matchAll(/<(Function|Action)\b([^>]*IsBound="true"[^>]*)>([\s\S]*?)<\/\1>/g)) {
      const binding = /<Parameter\b[^>]*Name="bindingParameter"[^>]*Type="([^"]*)"/.exec(f[3])?.[1];
      const ret = /<ReturnType\b[^>]*Type="([^"]*)"/.exec(f[3])?.[1];
      if (binding) bound.push({ name: attr(f[2], 'Name') as string, bindingType: qualify(binding) as string, returnType: qualify(ret) });
    }
    const container = /<EntityContainer\b[^>]*>([\s\S]*?)<\/EntityContainer>/.exec(body);
    if (container) {
      for (const s of container[1].matchAll(/<EntitySet\b([^>]*?)\/?>/g)) roots.set(attr(s[1], 'Name') as string, `Collection(${qualify(attr(s[1], 'EntityType'))})`);
      for (const s of container[1].matchAll(/<Singleton\b([^>]*?)\/?>/g)) roots.set(attr(s[1], 'Name') as string, qualify(attr(s[1], 'Type')) as string);
    }
  }

  const chain = (type: string): TypeDef[] => {
    const out: TypeDef[] = [];
    for (let t = types.get(type); t; t = t.base ? types.get(t.base) : undefined) out.push(t);
    return out;
  };
  const property = (type: string, name: string) => {
    for (const t of chain(type)) {
      const p = t.props.get(name);
      if (p) return p;
    }
    return undefined;
  };
  const derivesFrom = (sub: string, type: string): boolean => {
    for (let t: string | undefined = sub; t; t = types.get(t)?.base) if (t === type) return true;
    return false;
  };

  return {
    property,
    isOpen: (type) => chain(type).some((t) => t.open),
    kind: (type) => types.get(type)?.kind,
    enumMembers: (type) => types.get(type)?.members,
    derivesFrom,
    resolvePath(path) {
      const segments = path.replace(/^\/+/, '').split('/').filter(Boolean);
      const root = roots.get(segments[0]);
      if (!root) return { error: `'${segments[0]}' is not an entity set or singleton` };
      let current: string = root;
      for (const segment of segments.slice(1)) {
        const collection = /^Collection\((.*)\)$/.exec(current);
        if (segment === '{id}') {
          if (!collection) return { error: `'${path}': {id} after a single ${current}` };
          current = collection[1];
          continue;
        }
        const nav = collection ? undefined : property(current, segment);
        if (nav) {
          current = nav.type;
          continue;
        }
        const isOp = bound.some((b) => b.name === segment);
        if (collection && !isOp) {
          current = collection[1]; // a key: lists/{id}, items/42
          continue;
        }
        const op = bound.find((b) => b.name === segment && (b.bindingType === current || (collection && /^Collection\((.*)\)$/.exec(b.bindingType)?.[1] !== undefined && derivesFrom(collection[1], /^Collection\((.*)\)$/.exec(b.bindingType)?.[1] as string)) || (!collection && derivesFrom(current as string, b.bindingType))));
        if (!op) return { error: `'${path}': ${current} has no '${segment}'` };
        current = op.returnType ?? 'Edm.Untyped';
      }
      return { type: current };
    },
  };
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Every way `value` departs from `type` in the metadata: properties the type does not define
 * (unless it is open) and values of the wrong type. `@odata.*` annotations are allowed anywhere.
 */
export function shapeErrors(csdl: Csdl, value: unknown, type: string, path = '$'): string[] {
  if (value === null) return [];
  const collection = /^Collection\((.*)\)$/.exec(type);
  if (collection) return Array.isArray(value) ? value.flatMap((v, i) => shapeErrors(csdl, v, collection[1], `${path}[${i}]`)) : [`${path}: expected an array (${type})`];
  const wrong = (expected: string) => [`${path}: expected ${expected} (${type}), got ${JSON.stringify(value)}`];
  switch (type) {
    case 'Edm.String':
    case 'Edm.Guid':
      return typeof value === 'string' ? [] : wrong('a string');
    case 'Edm.Boolean':
      return typeof value === 'boolean' ? [] : wrong('true or false');
    case 'Edm.Int32':
    case 'Edm.Int64':
    case 'Edm.Double':
    case 'Edm.Decimal':
    case 'Edm.Single':
      return typeof value === 'number' ? [] : wrong('a number');
    case 'Edm.DateTimeOffset':
      return typeof value === 'string' && ISO_INSTANT.test(value) ? [] : wrong('an ISO 8601 instant');
    case 'Edm.Date':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? [] : wrong('a date');
    case 'Edm.Untyped':
      return [];
  }
  const kind = csdl.kind(type);
  if (!kind) return [`${path}: the metadata has no type ${type}`];
  if (kind === 'enum') return typeof value === 'string' && (csdl.enumMembers(type)?.has(value) ?? false) ? [] : wrong(`one of ${[...(csdl.enumMembers(type) ?? [])].join(', ')}`);
  if (typeof value !== 'object' || Array.isArray(value)) return wrong('an object');
  const declared = (value as Record<string, unknown>)['@odata.type'];
  const actual = typeof declared === 'string' && declared.startsWith('#') && csdl.derivesFrom(declared.slice(1), type) ? declared.slice(1) : type;
  const errors: string[] = [];
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    if (key.startsWith('@odata.') || key.includes('@odata.')) continue;
    const prop = csdl.property(actual, key);
    if (!prop) {
      if (!csdl.isOpen(actual)) errors.push(`${path}.${key}: ${actual} has no property '${key}'`);
      continue;
    }
    if (v === null && !prop.nullable) errors.push(`${path}.${key}: null where ${actual}.${key} is not nullable`);
    else errors.push(...shapeErrors(csdl, v, prop.type, `${path}.${key}`));
  }
  return errors;
}
