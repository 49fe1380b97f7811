// Lint for the whole repository: typescript-eslint's recommended rules on TypeScript, plain JavaScript
// for the loaders, and the submissions corpus left as students (and attackers) wrote it.
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["node_modules/", "dist/", "coverage/", "test/submissions/", "**/*.generated.js"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
      // The harness loads modules by path at run time (a submission, the answer key, TensorFlow.js lazily).
      "@typescript-eslint/no-require-imports": "off",
    },
  },
  {
    // Input builders take each builder's own parameters; tests edit parsed JSON freely.
    files: ["test/**/*.ts", "reference/**/*.inputs.ts"],
    languageOptions: { globals: { ...globals.jest } },
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
);
