import type { TestProject } from 'vitest/node';
import { createTemplate, dropTemplate } from './databases';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseTemplate: import('./databases').TemplateInfo;
  }
}

export default async function setup(project: TestProject) {
  const template = await createTemplate(process.env.DATABASE_URL);
  project.provide('databaseTemplate', template);
  return () => dropTemplate(template);
}
