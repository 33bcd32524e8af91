import { isBuiltin } from 'node:module';
import { dirname, isAbsolute, relative, resolve } from 'node:path';

/**
 * The layering of DESIGN.md, checked by path (after VS Code's `code-layering.ts`): every import
 * (static, dynamic, `export ... from`, `require`, `import x = require`, `import('x').T`) is
 * resolved to the folder it reaches, or classified as a Node built-in (`fs` as well as
 * `node:fs`) or a package, and refused when the importing layer may not depend on it.
 *
 * Options: `{ root, layers: [{ folder, mayImport, nodeBuiltins, forbiddenPackages, why }] }`,
 * folders relative to `root`. Files outside every layer's folder are not checked.
 */

/** The layer whose folder holds `file`, if any. */
function layerOf(layers, root, file) {
  const path = relative(root, file).replaceAll('\\', '/');
  return layers.find((layer) => path === layer.folder || path.startsWith(`${layer.folder}/`));
}

/** `@scope/name` or `name` of a bare specifier such as `drizzle-orm/sqlite-core`. */
function packageOf(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** The text of a literal module specifier, or undefined when it is computed at run time. */
function specifierOf(node) {
  if (node?.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node?.type === 'TemplateLiteral' && node.expressions.length === 0) return node.quasis[0].value.cooked;
  return undefined;
}

const layerSchema = {
  type: 'object',
  properties: {
    folder: { type: 'string' },
    mayImport: { type: 'array', items: { type: 'string' } },
    nodeBuiltins: { type: 'boolean' },
    forbiddenPackages: { type: 'array', items: { type: 'string' } },
    why: { type: 'string' },
  },
  required: ['folder', 'mayImport', 'nodeBuiltins', 'forbiddenPackages', 'why'],
  additionalProperties: false,
};

export default {
  meta: {
    type: 'problem',
    docs: { description: 'Imports follow the layering of DESIGN.md, checked by the folder they resolve to' },
    schema: [
      {
        type: 'object',
        properties: { root: { type: 'string' }, layers: { type: 'array', items: layerSchema } },
        required: ['root', 'layers'],
        additionalProperties: false,
      },
    ],
    messages: {
      layer: "{{from}} must not import {{to}} ('{{specifier}}'): {{why}}",
      builtin: "{{from}} must not import the Node built-in '{{specifier}}': {{why}}",
      package: "{{from}} must not import the package '{{name}}': {{why}}",
      computed: '{{from}} imports a path computed at run time, which the layering cannot check; use a literal path',
    },
  },
  create(context) {
    const [{ root, layers }] = context.options;
    const file = context.physicalFilename;
    const from = layerOf(layers, root, file);
    if (!from) return {};

    function check(node, source) {
      const specifier = specifierOf(source);
      const report = (messageId, data) =>
        context.report({ node: source ?? node, messageId, data: { from: from.folder, why: from.why, ...data } });
      if (specifier === undefined) {
        report('computed', {});
        return;
      }
      if (specifier.startsWith('.') || isAbsolute(specifier)) {
        const to = layerOf(layers, root, resolve(dirname(file), specifier));
        if (to && to !== from && !from.mayImport.includes(to.folder)) report('layer', { to: to.folder, specifier });
        return;
      }
      if (isBuiltin(specifier)) {
        if (!from.nodeBuiltins) report('builtin', { specifier });
        return;
      }
      const name = packageOf(specifier);
      if (from.forbiddenPackages.includes(name)) report('package', { name });
    }

    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
      TSImportType: (node) => check(node, node.source ?? node.argument?.literal),
      TSExternalModuleReference: (node) => check(node, node.expression),
      CallExpression(node) {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require') check(node, node.arguments[0]);
      },
    };
  },
};
