/** How well a fact is established, strongest first (stored as `confidence`, in any case). */
export enum Confidence {
  CONFIRMED = 'CONFIRMED',
  REPORTED = 'REPORTED',
  INFERRED = 'INFERRED',
}
