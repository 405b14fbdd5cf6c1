import { GraphQLScalarType, Kind } from 'graphql';
import { isPartialDate } from '../../domain/evidence';

/**
 * A date of reduced precision: `2023`, `2023-03` or `2023-03-15` (ISO 8601). It stands for the
 * first day of its period when dates are compared (`2025` = 2025-01-01).
 */
export const PartialDateScalar = new GraphQLScalarType<string, string>({
  name: 'PartialDate',
  description:
    'A date of reduced precision, ISO 8601 YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2023, 2023-03, 2023-03-15). It stands for the first day of its period wherever dates are compared: 2025 = 2025-01-01, 2021-12 = 2021-12-01.',
  serialize(value) {
    const text = String(value);
    if (!isPartialDate(text)) throw new TypeError(`PartialDate cannot represent '${text}'`);
    return text;
  },
  parseValue(value) {
    if (typeof value !== 'string' || !isPartialDate(value))
      throw new TypeError(`PartialDate must be YYYY, YYYY-MM or YYYY-MM-DD (got ${JSON.stringify(value)})`);
    return value;
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING || !isPartialDate(ast.value))
      throw new TypeError('PartialDate must be a string YYYY, YYYY-MM or YYYY-MM-DD');
    return ast.value;
  },
});
