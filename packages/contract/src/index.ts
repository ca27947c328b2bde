export { operation } from '@org/ecs-pipelines-core';
