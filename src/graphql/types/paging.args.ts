import { ArgsType, Field, InputType, Int, registerEnumType } from 'type-graphql';
import { PAGE_SIZE } from '../../config';

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, { name: 'SortDirection' });

export enum SortField {
  NAME = 'NAME',
  ID = 'ID',
  START_YEAR = 'START_YEAR',
  KIND = 'KIND',
  STATUS = 'STATUS',
  SIGNED = 'SIGNED',
  OPERATED_FACILITIES = 'OPERATED_FACILITIES',
  PRODUCING_FACILITIES = 'PRODUCING_FACILITIES',
  CONSUMING_FACILITIES = 'CONSUMING_FACILITIES',
  FACILITIES = 'FACILITIES',
}
registerEnumType(SortField, {
  name: 'SortField',
  description:
    'Sort key. START_YEAR, KIND and STATUS apply to facilities (KIND, STATUS, SIGNED also to agreements); others sort by name. The counted keys sort by an aggregate computed in the database (entities it does not apply to count 0).',
  valuesConfig: {
    OPERATED_FACILITIES: { description: 'Companies: number of facilities operated.' },
    PRODUCING_FACILITIES: { description: 'Minerals: number of facilities producing the mineral.' },
    CONSUMING_FACILITIES: { description: 'Minerals: number of facilities consuming the mineral.' },
    FACILITIES: { description: 'Countries and regions: facilities located there; sectors: facilities in the sector.' },
  },
});

@InputType({ description: 'Sort order; ties are broken by id so pages are stable.' })
export class OrderBy {
  @Field((_type) => SortField) field!: SortField;
  @Field((_type) => SortDirection, { defaultValue: SortDirection.ASC }) direction!: SortDirection;
}

export const DEFAULT_PAGE_SIZE = PAGE_SIZE.default;
export const MAX_PAGE_SIZE = PAGE_SIZE.max;

@ArgsType()
export class PageArgs {
  @Field((_type) => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: `Page size, at most ${MAX_PAGE_SIZE}.` })
  first!: number;
  @Field((_type) => String, { nullable: true, description: 'Cursor after which the page starts.' })
  after?: string | null;
  @Field((_type) => [OrderBy], { nullable: true, description: 'Defaults to NAME ascending.' })
  orderBy?: OrderBy[] | null;
}
