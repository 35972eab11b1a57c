import SchemaBuilder, { BasePlugin, type PothosOutputFieldConfig, type SchemaTypes } from '@pothos/core';

/**
 * Makes every query and mutation field nullable in the schema, whatever its declaration says, so that one
 * field's error (an unknown session, a missing campaign, WhatsApp not ready) is that field's null and its
 * error at its path while the operation's other fields still answer. A non-null root field would instead
 * null the whole `data`. Resolvers keep their declared, non-null return types.
 */
class NullableRootFieldsPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override onOutputFieldConfig(fieldConfig: PothosOutputFieldConfig<Types>): PothosOutputFieldConfig<Types> {
    if (fieldConfig.kind !== 'Query' && fieldConfig.kind !== 'Mutation') return fieldConfig;
    return { ...fieldConfig, type: { ...fieldConfig.type, nullable: true } };
  }
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- Pothos knows its plugins through this global namespace
  export namespace PothosSchemaTypes {
    interface Plugins<Types extends SchemaTypes> {
      nullableRootFields: NullableRootFieldsPlugin<Types>;
    }
  }
}

const pluginName = 'nullableRootFields';
SchemaBuilder.registerPlugin(pluginName, NullableRootFieldsPlugin);

export default pluginName;
