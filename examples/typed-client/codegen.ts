import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents from the checked-in SDL alone: no running server, no introspection.
 * Run from the repository root: `npm run codegen:example`.
 */
const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['examples/typed-client/src/**/*.ts', '!examples/typed-client/src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    'examples/typed-client/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true, skipTypename: false, scalars: { ID: 'string' } },
    },
  },
};

export default config;
