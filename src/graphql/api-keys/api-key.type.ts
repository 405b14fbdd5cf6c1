import { Field, ID, ObjectType } from 'type-graphql';
import { Role, RoleValue } from './role.enum';

@ObjectType({ description: 'An API key as administrators see it: never its secret.' })
export class ApiKey {
  @Field((_type) => ID, { description: 'Public id of the key (the part of the key before its secret).' })
  keyId!: string;
  @Field((_type) => String, { description: 'Name given when created.' }) name!: string;
  @Field((_type) => RoleValue, { description: "The key's role." }) role!: Role;
  @Field((_type) => String, { description: 'ISO 8601 date-time.' }) createdAt!: string;
  @Field((_type) => String, { nullable: true, description: 'ISO 8601 date-time; null while the key is valid.' })
  revokedAt!: string | null;
}

@ObjectType({ description: 'A new API key. `key` is shown only here: store it, it cannot be read back.' })
export class CreatedApiKey {
  @Field((_type) => String, { description: 'Send as `x-api-key: <key>` or `Authorization: Bearer <key>`.' })
  key!: string;
  @Field((_type) => ApiKey, { description: 'The key as administrators see it.' }) apiKey!: ApiKey;
}
