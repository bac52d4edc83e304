/**
 * The layer rules of Factdeck, as data, and a checker that reads real import statements
 * (with the TypeScript parser, so type-only imports are told apart from value imports).
 */
import { builtinModules } from 'node:module';
import ts from 'typescript';

export interface ImportRecord {
  readonly from: string; // the importing file, relative to the repo root, with forward slashes
  readonly specifier: string;
  readonly typeOnly: boolean;
}

export interface Violation {
  readonly file: string;
  readonly specifier: string;
  readonly rule: string;
}

const nodeBuiltins = new Set(builtinModules);
const isNodeBuiltin = (specifier: string): boolean =>
  specifier.startsWith('node:') || nodeBuiltins.has(specifier.split('/')[0] ?? '');

/** Pull the script blocks out of a Svelte component so they can be parsed as TypeScript. */
function scriptOf(fileName: string, source: string): string {
  if (!fileName.endsWith('.svelte')) return source;
  return [...source.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]).join('\n');
}

export function readImports(fileName: string, source: string): ImportRecord[] {
  const sourceFile = ts.createSourceFile(fileName, scriptOf(fileName, source), ts.ScriptTarget.Latest, true);
  const records: ImportRecord[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const typeOnly =
        clause !== undefined &&
        (clause.isTypeOnly ||
          (clause.name === undefined &&
            clause.namedBindings !== undefined &&
            ts.isNamedImports(clause.namedBindings) &&
            clause.namedBindings.elements.length > 0 &&
            clause.namedBindings.elements.every((element) => element.isTypeOnly)));
      records.push({ from: fileName, specifier: node.moduleSpecifier.text, typeOnly });
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      records.push({ from: fileName, specifier: node.moduleSpecifier.text, typeOnly: node.isTypeOnly });
    } else if (
      ts.isCallExpression(node) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword ||
        (ts.isIdentifier(node.expression) && node.expression.text === 'require')) &&
      node.arguments[0] !== undefined &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      records.push({ from: fileName, specifier: node.arguments[0].text, typeOnly: false });
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      records.push({ from: fileName, specifier: node.argument.literal.text, typeOnly: true });
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return records;
}

/** Resolve a relative specifier against the importing file; bare specifiers are returned as is. */
export function resolveSpecifier(from: string, specifier: string): string {
  if (!specifier.startsWith('.')) return specifier;
  const parts = from.split('/').slice(0, -1);
  for (const segment of specifier.split('/')) {
    if (segment === '..') parts.pop();
    else if (segment !== '.') parts.push(segment);
  }
  return parts.join('/');
}

const pureLibraryBlocklist = ['electron', 'lowdb', 'steno'];

export function checkImport(record: ImportRecord): Violation | null {
  const target = resolveSpecifier(record.from, record.specifier);
  const violation = (rule: string): Violation => ({ file: record.from, specifier: record.specifier, rule });

  if (record.from.startsWith('src-main/domain/')) {
    if (isNodeBuiltin(record.specifier)) return violation('the domain is pure: no Node built-ins');
    if (pureLibraryBlocklist.some((name) => target === name || target.startsWith(`${name}/`))) {
      return violation('the domain is pure: no electron, lowdb or steno');
    }
    if (record.specifier.startsWith('.') && !target.startsWith('src-main/domain/')) {
      return violation('the domain imports nothing from the layers around it');
    }
  }
  if (record.from.startsWith('src-main/store/') || record.from.startsWith('src-main/services/')) {
    if (target === 'electron' || target.startsWith('electron/')) {
      return violation('store and services run without Electron');
    }
  }
  if (record.from.startsWith('src-main/store/') && (target === 'src-main/services' || target.startsWith('src-main/services/'))) {
    return violation('the store sits below the services');
  }
  if (record.from.startsWith('src-renderer/')) {
    if (isNodeBuiltin(record.specifier)) return violation('the renderer has no Node built-ins');
    if (target === 'electron' || target === 'lowdb') return violation('the renderer talks to main only through window.api');
    if (target.startsWith('src-main/')) {
      const isContract = target === 'src-main/contract' || target === 'src-main/contract.ts';
      if (!isContract) return violation('the renderer may import only the contract from src-main');
      if (!record.typeOnly) return violation('the renderer may import only types from the contract');
    }
  }
  return null;
}
