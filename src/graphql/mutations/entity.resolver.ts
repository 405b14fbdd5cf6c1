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

async function remove(ctx: GraphContext, label: NodeKind, id: string): Promise<DeleteResult> {
  const { detached, references } = await deleteEntity(ctx.db, label, id);
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
  @Mutation((_r) => Country) createCountry(@Arg('input') i: CountryInput, @Ctx() c: GraphContext) {
    return writeEntity(c.db, planCountry(i, 'create'), 'create');
  }
  @Mutation((_r) => Country) updateCountry(@Arg('input') i: CountryInput, @Ctx() c: GraphContext) {
    return writeEntity(c.db, planCountry(i, 'update'), 'update');
  }
  @Mutation((_r) => DeleteResult) deleteCountry(@Arg('id', (_t) => ID) id: string, @Ctx() c: GraphContext) {
    return remove(c, NodeKind.Country, id);
  }

  @Mutation((_r) => Region) createRegion(@Arg('input') i: RegionInput, @Ctx() c: GraphContext) {
    return writeEntity(c.db, planRegion(i, 'create'), 'create');
  }
  @Mutation((_r) => Region) updateRegion(@Arg('input') i: RegionInput, @Ctx() c: GraphContext) {
    return writeEntity(c.db, planRegion(i, 'update'), 'update');
  }
  @Mutation((_r) => DeleteResult) deleteRegion(@Arg('id', (_t) => ID) id: string, @Ctx() c: GraphContext) {
    return remove(c, NodeKind.Region, id);
  }

  @Mutation((_r) => Sector) createSector(@Arg('input') i: SectorInput, @Ctx() c: GraphContext) {
    return writeEntity(c.db, planSector(i, 'create'), 'create');
  }
  @Mutation((_r) => Sector) updateSector(@Arg('input') i: SectorInput, @Ctx() c: GraphContext) {
    return writeEntity(c.db, planSector(i, 'update'), 'update');
  }
  @Mutation((_r) => DeleteResult) deleteSector(@Arg('id', (_t) => ID) id: string, @Ctx() c: GraphContext) {
    return remove(c, NodeKind.Sector, id);
  }

  @Mutation((_r) => Mineral) createMineral(@Arg('input') i: MineralInput, @Ctx() c: GraphContext) {
    return writeEntity(c.db, planMineral(i, 'create'), 'create');
  }
  @Mutation((_r) => Mineral) updateMineral(@Arg('input') i: MineralInput, @Ctx() c: GraphContext) {
    return writeEntity(c.db, planMineral(i, 'update'), 'update');
  }
  @Mutation((_r) => DeleteResult) deleteMineral(@Arg('id', (_t) => ID) id: string, @Ctx() c: GraphContext) {
    return remove(c, NodeKind.Mineral, id);
  }

  @Mutation((_r) => Company) createCompany(@Arg('input') i: CompanyInput, @Ctx() c: GraphContext) {
    return writeEntity(c.db, planCompany(i, 'create'), 'create');
  }
  @Mutation((_r) => Company) updateCompany(@Arg('input') i: CompanyInput, @Ctx() c: GraphContext) {
    return writeEntity(c.db, planCompany(i, 'update'), 'update');
  }
  @Mutation((_r) => DeleteResult) deleteCompany(@Arg('id', (_t) => ID) id: string, @Ctx() c: GraphContext) {
    return remove(c, NodeKind.Company, id);
  }

  @Mutation((_r) => Facility) createFacility(@Arg('input') i: FacilityInput, @Ctx() c: GraphContext) {
    return writeEntity(c.db, planFacility(i, 'create'), 'create');
  }
  @Mutation((_r) => Facility) updateFacility(@Arg('input') i: FacilityInput, @Ctx() c: GraphContext) {
    return writeEntity(c.db, planFacility(i, 'update'), 'update');
  }
  @Mutation((_r) => DeleteResult) deleteFacility(@Arg('id', (_t) => ID) id: string, @Ctx() c: GraphContext) {
    return remove(c, NodeKind.Facility, id);
  }

  @Mutation((_r) => Agreement) createAgreement(@Arg('input') i: AgreementInput, @Ctx() c: GraphContext) {
    return writeEntity(c.db, planAgreement(i, 'create'), 'create');
  }
  @Mutation((_r) => Agreement) updateAgreement(@Arg('input') i: AgreementInput, @Ctx() c: GraphContext) {
    return writeEntity(c.db, planAgreement(i, 'update'), 'update');
  }
  @Mutation((_r) => DeleteResult) deleteAgreement(@Arg('id', (_t) => ID) id: string, @Ctx() c: GraphContext) {
    return remove(c, NodeKind.Agreement, id);
  }
}
