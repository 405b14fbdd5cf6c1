import { Confidence, CONFIDENCES, confidenceRank, holdsAt, type PartialDate } from '../../domain/evidence';
import { FacilityStatus } from '../../domain/enums';
import { type SupplyLink, type SupplyNetwork } from './network';

/** Which links an analysis counts: dated, by confidence, and whether planned facilities take part. */
export interface EvidenceFilter {
  /** A link counts when its `since` is unknown or <= asOf and its `until` unknown or > asOf. */
  asOf: PartialDate;
  /** Links weaker than this are left out (INFERRED: all links). */
  minConfidence: Confidence;
  /** PLANNED and CONSTRUCTION facilities neither supply nor receive unless true. */
  includePlanned: boolean;
}

/** The statuses of facilities that neither supply nor receive without includePlanned. */
export const NOT_RUNNING_STATUSES: readonly FacilityStatus[] = [FacilityStatus.PLANNED, FacilityStatus.CONSTRUCTION];
const NOT_RUNNING: ReadonlySet<string> = new Set(NOT_RUNNING_STATUSES);

/** True when the facility status keeps it out of the network (without includePlanned). */
export function isPlanned(status: string | null | undefined): boolean {
  return typeof status === 'string' && NOT_RUNNING.has(status);
}

/** The confidences a link may have and still count (a link without one counts as INFERRED). */
export function countedConfidences(min: Confidence): Confidence[] {
  return CONFIDENCES.filter((c) => confidenceRank(c) <= confidenceRank(min));
}

/** Whether the filter counts a link, given the statuses of its two ends. */
export function linkCounts(
  l: SupplyLink,
  ends: { supplier: string | null | undefined; customer: string | null | undefined },
  f: EvidenceFilter,
): boolean {
  if (confidenceRank(l.confidence ?? Confidence.INFERRED) > confidenceRank(f.minConfidence)) return false;
  if (!holdsAt(l.since ?? null, l.until ?? null, f.asOf)) return false;
  if (!f.includePlanned && (isPlanned(ends.supplier) || isPlanned(ends.customer))) return false;
  return true;
}

/**
 * The network without the links the filter leaves out. A filtered-out link is absent: its
 * customer's weights are taken over the links that remain (they renormalise), unlike a removal in
 * `impact`, which keeps the original weights.
 */
export function filterNetwork(net: SupplyNetwork, f: EvidenceFilter): SupplyNetwork {
  const statusOf = (id: string) => net.facilities.get(id)?.status;
  const links = net.links.filter((l) =>
    linkCounts(l, { supplier: l.supplierStatus ?? statusOf(l.from), customer: statusOf(l.to) }, f),
  );
  return { ...net, links };
}
