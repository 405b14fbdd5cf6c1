import { ArgsType, Field, InputType, Int, registerEnumType } from 'type-graphql';
import { PAGE_SIZE } from '../../config';

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, {
  name: 'SortDirection',
  description: 'Sort direction.',
  valuesConfig: {
    ASC: { description: 'Ascending; missing values last.' },
    DESC: { description: 'Descending; missing values first.' },
  },
});

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
    NAME: { description: 'By name.' },
    ID: { description: 'By id (unique: no ties).' },
    START_YEAR: { description: 'Facilities: by year of start of operation (missing years last ascending).' },
    KIND: { description: 'Facilities and agreements: by kind.' },
    STATUS: { description: 'Facilities and agreements: by status.' },
    SIGNED: { description: 'Agreements: by date signed.' },
    OPERATED_FACILITIES: { description: 'Companies: number of facilities operated.' },
    PRODUCING_FACILITIES: { description: 'Minerals: number of facilities producing the mineral.' },
    CONSUMING_FACILITIES: { description: 'Minerals: number of facilities consuming the mineral.' },
    FACILITIES: { description: 'Countries and regions: facilities located there; sectors: facilities in the sector.' },
  },
});

@InputType({ description: 'Sort order; ties are broken by id so pages are stable.' })
export class OrderBy {
  @Field((_type) => SortField, { description: 'The key to sort by.' }) field!: SortField;
  @Field((_type) => SortDirection, {
    defaultValue: SortDirection.ASC,
    description: 'ASC (nulls last) or DESC (nulls first).',
  })
  direction!: SortDirection;
}

export const DEFAULT_PAGE_SIZE = PAGE_SIZE.default;
export const MAX_PAGE_SIZE = PAGE_SIZE.max;

/**
 * Relay cursor paging: forward with `first`/`after`, backward with `last`/`before`. Neither size
 * given means `first: DEFAULT_PAGE_SIZE`; both is refused (src/reads/pagination.ts).
 */
@ArgsType()
export class PageArgs {
  @Field((_type) => Int, {
    nullable: true,
    description: `Forward paging: the first n items (after \`after\`), at most ${MAX_PAGE_SIZE}. Default ${DEFAULT_PAGE_SIZE} when neither \`first\` nor \`last\` is given; not with \`last\`.`,
  })
  first?: number | null;
  @Field((_type) => String, {
    nullable: true,
    description: 'Opaque cursor (an edge `cursor` or `pageInfo.endCursor`) after which the page starts.',
  })
  after?: string | null;
  @Field((_type) => Int, {
    nullable: true,
    description: `Backward paging: the last n items (before \`before\`, or before the end), at most ${MAX_PAGE_SIZE}; in the same order as forward pages. Not with \`first\`.`,
  })
  last?: number | null;
  @Field((_type) => String, {
    nullable: true,
    description: 'Opaque cursor (an edge `cursor` or `pageInfo.startCursor`) before which the page ends.',
  })
  before?: string | null;
  @Field((_type) => [OrderBy], { nullable: true, description: 'Sort order; defaults to NAME ascending, ties by id.' })
  orderBy?: OrderBy[] | null;
}
