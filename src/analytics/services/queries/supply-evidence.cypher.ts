import { CONFIDENCES, Confidence, firstDay } from '../../../domain/evidence';
import { RelationshipType } from '../../../domain/enums';
import { cypher, type CypherQuery } from '../../../neo4j/cypher';
import { countedConfidences, type EvidenceFilter, NOT_RUNNING_STATUSES } from '../../algorithms/evidence-filter';

/**
 * The evidence filter (algorithms/evidence-filter.ts) as a predicate Neo4j evaluates inside a
 * search, for the path analyses: they cannot load the network first and filter it, since a path may
 * run anywhere. Every decision is taken in TypeScript by the filter's own functions and handed over
 * as parameters (the counted confidences, the first day of `asOf`, the agreements that have ended,
 * the statuses of planned facilities); the predicate only reads the link's stored values and
 * compares. Its equivalence with `linkCounts` is tested on hand-built links
 * (tests/integration/analytics/path-evidence.test.ts).
 *
 * Stored dates are compared as text with the first day of `asOf`: for a well-formed partial date d
 * (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) and a day D, `d <= D` as strings exactly when the first day of d
 * is <= D (a shorter d that is a prefix of D sorts first, and its first day is <= D too). A stored
 * value of another form is unknown, as in the analyses. (Dates come in through the seed validator
 * and the mutations, which both check them with `isPartialDate`.)
 */
export interface SupplyEvidence {
  /** The first day of `asOf`, `YYYY-MM-DD`. */
  asOfDay: string;
  confidences: readonly Confidence[];
  /** Agreements whose end (the earlier of `expires` and the term end) is on or before `asOf`. */
  endedAgreements: readonly string[];
  includePlanned: boolean;
}

export function supplyEvidence(filter: EvidenceFilter, endedAgreements: readonly string[]): SupplyEvidence {
  return {
    asOfDay: firstDay(filter.asOf),
    confidences: countedConfidences(filter.minConfidence),
    endedAgreements,
    includePlanned: filter.includePlanned,
  };
}

const PARTIAL_DATE_FORM = '\\d{4}(-\\d{2}(-\\d{2})?)?';

/** The parameters the predicate reads (names prefixed `ev`, so they never clash with a query's own). */
export function supplyEvidenceParams(e: SupplyEvidence): Record<string, unknown> {
  return {
    evAsOf: e.asOfDay,
    evConfidences: [...e.confidences],
    evKnownConfidences: [...CONFIDENCES],
    evNoConfidence: Confidence.INFERRED,
    evDateForm: PARTIAL_DATE_FORM,
    evEndedAgreements: [...e.endedAgreements],
    evIncludePlanned: e.includePlanned,
    evPlanned: [...NOT_RUNNING_STATUSES],
  };
}

/**
 * True when the relationship `r` between the entities `x` and `y` may be traversed: any type but
 * SUPPLIES, or a SUPPLIES link the filter counts (confidence, since, until or else its agreement's
 * end, planned ends). Variable names come from the calling query's fixed text.
 */
export function traversable(r: string, x: string, y: string): string {
  const text = (k: string) => `coalesce(toString(${r}.${k}), '')`;
  const confidence = `toUpper(trim(${text('confidence')}))`;
  return `(type(${r}) <> '${RelationshipType.SUPPLIES}' OR (
       (CASE WHEN ${confidence} IN $evKnownConfidences THEN ${confidence} ELSE $evNoConfidence END) IN $evConfidences
       AND (NOT ${text('since')} =~ $evDateForm OR ${text('since')} <= $evAsOf)
       AND (CASE WHEN ${text('until')} =~ $evDateForm THEN ${text('until')} > $evAsOf
            ELSE NOT coalesce(${r}.agreement, '') IN $evEndedAgreements END)
       AND ($evIncludePlanned OR NOT (coalesce(${x}.status, '') IN $evPlanned OR coalesce(${y}.status, '') IN $evPlanned))))`;
}

/** The agreements with an end date (`expires` or `term_end`): the candidates for `endedAgreements`. */
export function agreementEnds(): CypherQuery {
  return cypher(
    `MATCH (a:Agreement) WHERE a.expires IS NOT NULL OR a.term_end IS NOT NULL
     RETURN a.id AS id, a {.expires, .term_end} AS end`,
  );
}

/** Whether a search over these relationship types (all when none) may traverse SUPPLIES links. */
export function searchesSupplies(types: readonly RelationshipType[] | null | undefined): boolean {
  return !types?.length || types.includes(RelationshipType.SUPPLIES);
}
