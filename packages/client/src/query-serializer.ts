// hey-api's query serializer for ACS RPC: `Tag.1.Key=…&ImagePipelineId.1=…`, RFC 3986-encoded. hey-api's own
// serializers cannot flatten a list of objects this way and leave `*'()!` raw (HEY-API-NOTES.md §2).
import { type DescribeImagePipelinesRequest, encodeQuery, toWireParams } from '@org/ecs-pipelines-core';

/** Serializes a validated request the way core's spec-driven flattening says; the URL then equals the wire. */
export const acsQuerySerializer = (query: Record<string, unknown>): string =>
  encodeQuery(toWireParams(query as DescribeImagePipelinesRequest));
