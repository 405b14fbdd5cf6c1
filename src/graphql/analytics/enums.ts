import { registerEnumType } from 'type-graphql';
import { ImpactStatus } from '../../analytics/algorithms/impact';
import { PathDirection } from '../../analytics/services/paths.service';
import { RouteEnd } from '../../analytics/algorithms/share-flow';
import { ChainDirection } from '../../analytics/algorithms/supply-chain';
import '../types/enums';

registerEnumType(PathDirection, {
  name: 'PathDirection',
  description: 'How a relationship of a path is oriented relative to the path order.',
  valuesConfig: {
    FORWARD: { description: 'From the i-th entity of the path to the (i+1)-th.' },
    BACKWARD: { description: 'From the (i+1)-th entity to the i-th (traversed against its direction).' },
  },
});
registerEnumType(ChainDirection, {
  name: 'ChainDirection',
  description: 'Which way to walk SUPPLIES links.',
  valuesConfig: {
    UPSTREAM: { description: 'Towards suppliers (against the links).' },
    DOWNSTREAM: { description: 'Towards customers (along the links).' },
  },
});
registerEnumType(RouteEnd, {
  name: 'RouteEnd',
  description: 'Why a supply route ends at a facility (every route end passes on 1 in the share programme).',
  valuesConfig: {
    SOURCE: { description: 'The facility has no inbound link of the mineral: a true source.' },
    CYCLE: {
      description:
        'Every inbound link of the facility would close a cycle on this route (a recycling loop back from the target or a facility downstream on the route).',
    },
    DEPTH_LIMIT: { description: 'The route reached maxDepth links while links go on upstream.' },
    UNMODELLED: {
      description:
        'The part of a facility’s consumption no modelled link supplies (its recorded consumption exceeds its inbound volumes): a pseudo-source at that facility.',
    },
  },
});
registerEnumType(ImpactStatus, {
  name: 'ImpactStatus',
  description: 'How badly a facility is hit by a removal.',
  valuesConfig: {
    CUT_OFF: { description: 'Its retained share of some mineral it receives is 0.' },
    DEGRADED: { description: 'Every retained share is above 0 and some is below 1.' },
  },
});

export { ChainDirection, ImpactStatus, PathDirection, RouteEnd };
