import { Arg, Authorized, Ctx, Field, ID, Mutation, ObjectType, Resolver } from 'type-graphql';
import { Role } from '../../auth/roles';
import { NodeKind } from '../../domain/enums';
import { GraphContext } from '../context';
import { NodeKind as NodeKindEnum, RelationshipType } from '../types/enums';
import { Agreement, Company, Country, Facility, Mineral, Region, Sector } from '../types/nodes.type';
import {
  AgreementInput,
  CompanyInput,
  CountryInput,
  FacilityInput,
  MineralInput,
  RegionInput,
  SectorInput,
} from './entity.inputs';
import {
  planAgreement,
  planCompany,
  planCountry,
  planFacility,
  planMineral,
  planRegion,
  planSector,
} from './entity-plans';
import { deleteEntity, writeEntity } from './entity-writer';
import { IdempotencyKey, writesOf } from './idempotency.arg';

@ObjectType({ description: 'A relationship removed together with a deleted entity.' })
class DetachedRelationship {
  @Field((_type) => RelationshipType) type!: RelationshipType;
  @Field((_type) => String, { description: 'OUT when the deleted entity was the start node.' }) direction!: string;
  @Field((_type) => ID) otherId!: string;
  @Field((_type) => NodeKindEnum) otherLabel!: NodeKind;
}

@ObjectType({
  description:
    'A relationship whose property held the deleted id: a SUPPLIES link of a deleted mineral is REMOVED, the agreement of a SUPPLIES link under a deleted agreement is CLEARED.',
})
class ClearedReference {
  @Field((_type) => RelationshipType) type!: RelationshipType;
  @Field((_type) => ID) from!: string;
  @Field((_type) => ID) to!: string;
  @Field((_type) => String, { description: 'The property that held the id (`mineral`, `agreement`).' })
  property!: string;
  @Field((_type) => String, { description: 'REMOVED (the relationship) or CLEARED (the property).' })
  action!: string;
}

@ObjectType({ description: 'What a delete removed: the entity, its relationships, and every reference to its id.' })
class DeleteResult {
  @Field((_type) => ID) id!: string;
  @Field((_type) => NodeKindEnum) label!: NodeKind;
  @Field((_type) => [DetachedRelationship]) detached!: DetachedRelationship[];
  @Field((_type) => [ClearedReference]) references!: ClearedReference[];
}

async function remove(ctx: GraphContext, label: NodeKind, id: string, key: string | null): Promise<DeleteResult> {
  const db = await writesOf(ctx, key, `delete${label}`, { id });
  const { detached, references } = await deleteEntity(db, label, id);
  return {
    id,
    label,
    detached: detached as unknown as DetachedRelationship[],
    references: references as unknown as ClearedReference[],
  };
}

/** create/update/delete for every entity; all validation lives in the plans and the writer. Editors only. */
@Authorized(Role.editor)
@Resolver()
export class EntityMutationResolver {
  @Mutation((_r) => Country) async createCountry(
    @Arg('input') i: CountryInput,
    @IdempotencyKey() k: string | null,
    @Ctx() c: GraphContext,
  ) {
    return writeEntity(await writesOf(c, k, 'createCountry', { input: i }), planCountry(i, 'create'), 'create');
  }
  @Mutation((_r) => Country) async updateCountry(
    @Arg('input') i: CountryInput,
    @IdempotencyKey() k: string | null,
    @Ctx() c: GraphContext,
  ) {
    return writeEntity(await writesOf(c, k, 'updateCountry', { input: i }), planCountry(i, 'update'), 'update');
  }
  @Mutation((_r) => DeleteResult) deleteCountry(
    @Arg('id', (_t) => ID) id: string,
    @IdempotencyKey() k: string | null,
    @Ctx() c: GraphContext,
  ) {
    return remove(c, NodeKind.Country, id, k);
  }

  @Mutation((_r) => Region) async createRegion(
    @Arg('input') i: RegionInput,
    @IdempotencyKey() k: string | null,
    @Ctx() c: GraphContext,
  ) {
    return writeEntity(await writesOf(c, k, 'createRegion', { input: i }), planRegion(i, 'create'), 'create');
  }
  @Mutation((_r) => Region) async updateRegion(
    @Arg('input') i: RegionInput,
    @IdempotencyKey() k: string | null,
    @Ctx() c: GraphContext,
  ) {
    return writeEntity(await writesOf(c, k, 'updateRegion', { input: i }), planRegion(i, 'update'), 'update');
  }
  @Mutation((_r) => DeleteResult) deleteRegion(
    @Arg('id', (_t) => ID) id: string,
    @IdempotencyKey() k: string | null,
    @Ctx() c: GraphContext,
  ) {
    return remove(c, NodeKind.Region, id, k);
  }

  @Mutation((_r) => Sector) async createSector(
    @Arg('input') i: SectorInput,
    @IdempotencyKey() k: string | null,
    @Ctx() c: GraphContext,
  ) {
    return writeEntity(await writesOf(c, k, 'createSector', { input: i }), planSector(i, 'create'), 'create');
  }
  @Mutation((_r) => Sector) async updateSector(
    @Arg('input') i: SectorInput,
    @IdempotencyKey() k: string | null,
    @Ctx() c: GraphContext,
  ) {
    return writeEntity(await writesOf(c, k, 'updateSector', { input: i }), planSector(i, 'update'), 'update');
  }
  @Mutation((_r) => DeleteResult) deleteSector(
    @Arg('id', (_t) => ID) id: string,
    @IdempotencyKey() k: string | null,
    @Ctx() c: GraphContext,
  ) {
    return remove(c, NodeKind.Sector, id, k);
  }

  @Mutation((_r) => Mineral) async createMineral(
    @Arg('input') i: MineralInput,
    @IdempotencyKey() k: string | null,
    @Ctx() c: GraphContext,
  ) {
    return writeEntity(await writesOf(c, k, 'createMineral', { input: i }), planMineral(i, 'create'), 'create');
  }
  @Mutation((_r) => Mineral) async updateMineral(
    @Arg('input') i: MineralInput,
    @IdempotencyKey() k: string | null,
    @Ctx() c: GraphContext,
  ) {
    return writeEntity(await writesOf(c, k, 'updateMineral', { input: i }), planMineral(i, 'update'), 'update');
  }
  @Mutation((_r) => DeleteResult) deleteMineral(
    @Arg('id', (_t) => ID) id: string,
    @IdempotencyKey() k: string | null,
    @Ctx() c: GraphContext,
  ) {
    return remove(c, NodeKind.Mineral, id, k);
  }

  @Mutation((_r) => Company) async createCompany(
    @Arg('input') i: CompanyInput,
    @IdempotencyKey() k: string | null,
    @Ctx() c: GraphContext,
  ) {
    return writeEntity(await writesOf(c, k, 'createCompany', { input: i }), planCompany(i, 'create'), 'create');
  }
  @Mutation((_r) => Company) async updateCompany(
    @Arg('input') i: CompanyInput,
    @IdempotencyKey() k: string | null,
    @Ctx() c: GraphContext,
  ) {
    return writeEntity(await writesOf(c, k, 'updateCompany', { input: i }), planCompany(i, 'update'), 'update');
  }
  @Mutation((_r) => DeleteResult) deleteCompany(
    @Arg('id', (_t) => ID) id: string,
    @IdempotencyKey() k: string | null,
    @Ctx() c: GraphContext,
  ) {
    return remove(c, NodeKind.Company, id, k);
  }

  @Mutation((_r) => Facility) async createFacility(
    @Arg('input') i: FacilityInput,
    @IdempotencyKey() k: string | null,
    @Ctx() c: GraphContext,
  ) {
    return writeEntity(await writesOf(c, k, 'createFacility', { input: i }), planFacility(i, 'create'), 'create');
  }
  @Mutation((_r) => Facility) async updateFacility(
    @Arg('input') i: FacilityInput,
    @IdempotencyKey() k: string | null,
    @Ctx() c: GraphContext,
  ) {
    return writeEntity(await writesOf(c, k, 'updateFacility', { input: i }), planFacility(i, 'update'), 'update');
  }
  @Mutation((_r) => DeleteResult) deleteFacility(
    @Arg('id', (_t) => ID) id: string,
    @IdempotencyKey() k: string | null,
    @Ctx() c: GraphContext,
  ) {
    return remove(c, NodeKind.Facility, id, k);
  }

  @Mutation((_r) => Agreement) async createAgreement(
    @Arg('input') i: AgreementInput,
    @IdempotencyKey() k: string | null,
    @Ctx() c: GraphContext,
  ) {
    return writeEntity(await writesOf(c, k, 'createAgreement', { input: i }), planAgreement(i, 'create'), 'create');
  }
  @Mutation((_r) => Agreement) async updateAgreement(
    @Arg('input') i: AgreementInput,
    @IdempotencyKey() k: string | null,
    @Ctx() c: GraphContext,
  ) {
    return writeEntity(await writesOf(c, k, 'updateAgreement', { input: i }), planAgreement(i, 'update'), 'update');
  }
  @Mutation((_r) => DeleteResult) deleteAgreement(
    @Arg('id', (_t) => ID) id: string,
    @IdempotencyKey() k: string | null,
    @Ctx() c: GraphContext,
  ) {
    return remove(c, NodeKind.Agreement, id, k);
  }
}
