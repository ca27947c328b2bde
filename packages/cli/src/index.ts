export const name = 'ecs-pipelines';
