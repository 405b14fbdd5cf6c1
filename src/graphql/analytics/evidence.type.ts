import { ArgsType, Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { Basis } from '../../analytics/algorithms/route-mix';
import { Confidence } from '../types/enums';
import { PartialDateScalar } from '../types/partial-date.scalar';

registerEnumType(Basis, {
  name: 'Basis',
  description: 'What the weights behind a share came from, over the whole routes that make it up.',
  valuesConfig: {
    VOLUME: { description: 'Every weight on its routes came from shipped volumes.' },
    EQUAL_SPLIT: { description: 'Every weight was an equal split (some inbound link had no volume).' },
    MIXED: { description: 'Some weights came from volumes, some from equal splits.' },
  },
});

export { Basis };

@ObjectType({ description: 'The part of a share resting on routes whose weakest link has this confidence.' })
export class ConfidenceShare {
  @Field((_type) => Confidence, { description: 'The confidence.' }) confidence!: Confidence;
  @Field((_type) => Float, { description: 'Share of the figure resting on evidence of that confidence, 0..1.' })
  share!: number;
}

const BASIS =
  'VOLUME / EQUAL_SPLIT / MIXED over the weights of the routes making up the share; null where no weight is involved (a zero share, a route of no links).';
const BY_CONFIDENCE =
  'The share split by the weakest confidence on each route (a link without one counts as INFERRED); the parts add up to the share.';

/** The evidence fields every share carries (extended by each share type; never a type of its own). */
@ObjectType({ description: 'What a share rests on.' })
export abstract class Evidenced {
  @Field((_type) => Basis, { nullable: true, description: BASIS }) basis!: Basis | null;
  @Field((_type) => [ConfidenceShare], { description: BY_CONFIDENCE }) byConfidence!: ConfidenceShare[];
}

@ObjectType({ description: 'A share with what it rests on.' })
export class Share extends Evidenced {
  @Field((_type) => Float, { description: 'The share, 0..1.' }) share!: number;
}

const AS_OF =
  'Count a link when its `since` is unknown or <= asOf and its `until` (or the expiry / term end of its agreement, when it has no own until) is unknown or > asOf. Default: today. A partial date stands for the first day of its period.';

/** The arguments that decide which SUPPLIES links an analysis counts. */
@ArgsType()
export class EvidenceArgs {
  @Field((_type) => PartialDateScalar, { nullable: true, description: AS_OF }) asOf?: string | null;
  @Field((_type) => Confidence, {
    defaultValue: Confidence.INFERRED,
    description:
      'Leave out links weaker than this (INFERRED: all links). A filtered-out link is absent: weights renormalise.',
  })
  minConfidence!: Confidence;
  @Field((_type) => Boolean, {
    defaultValue: false,
    description:
      'Let PLANNED and CONSTRUCTION facilities supply and receive (e.g. the chain once announced plants run).',
  })
  includePlanned!: boolean;
}
