// Fails when the TypeScript scenario needs a cast to use the generated clients: a type assertion (`x as T`, `<T>x`),
// a non-null assertion (`x!`) or `any`. The clients themselves are generated code and not checked.
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const dir = join(dirname(fileURLToPath(import.meta.url)), "scenario");
const found = [];
for (const name of readdirSync(dir).filter((n) => n.endsWith(".ts"))) {
  const file = join(dir, name);
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.ES2022, true);
  const visit = (node) => {
    const what = ts.isAsExpression(node) ? "as" : ts.isTypeAssertionExpression(node) ? "<T>"
      : ts.isNonNullExpression(node) ? "!" : node.kind === ts.SyntaxKind.AnyKeyword ? "any" : null;
    if (what && !(what === "as" && node.type.kind === ts.SyntaxKind.TypeReference && node.type.typeName.getText(source) === "const")) {
      const { line, character } = source.getLineAndCharacterOfPosition(node.getStart(source));
      found.push(`${name}:${line + 1}:${character + 1}: ${what}: ${node.getText(source).slice(0, 80)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}
if (found.length > 0) {
  console.error(`The TypeScript scenario casts ${found.length} time(s): the generated types say less than it needs`);
  console.error(found.join("\n"));
  process.exit(1);
}
console.log("TypeScript scenario: no cast");
