import { createClient } from './client';
import { FacilitiesInRegion, FacilityById } from './operations';

/** `API_URL=http://localhost:4000/graphql node examples/typed-client/dist/main.js [region]` */
async function main(): Promise<void> {
  const request = createClient({ url: process.env.API_URL ?? 'http://localhost:4000/graphql' });
  const region = process.argv[2] ?? 'CA-QC';
  const { facilities } = await request(FacilitiesInRegion, { region });
  console.log(`${facilities.totalCount} facilities in ${region}`);
  for (const f of facilities.nodes) {
    const minerals = f.produces.edges.map((e) => e.node.name).join(', ');
    console.log(
      `- ${f.name} (${f.kind}, ${f.status})${f.operator ? `, operated by ${f.operator.name}` : ''}${minerals ? `: ${minerals}` : ''}`,
    );
  }
  const first = facilities.nodes[0];
  if (first) {
    const { facility } = await request(FacilityById, { id: first.id });
    console.log(`first: ${facility?.name} at ${facility?.location?.latitude}, ${facility?.location?.longitude}`);
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
