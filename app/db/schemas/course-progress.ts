import type { RxJsonSchema } from 'rxdb';
import { epochMs, idField, shortText, stringList } from './fields';

/** An installed course plugin and the owner's progress in it. */
export interface CourseProgressDoc {
  id: string;
  pluginId: string;
  version: string;
  title: string;
  enabled: boolean;
  lessonsDone: string[];
  quizScores: Record<string, number>;
  installedAt: number;
  updatedAt: number;
}

export const courseProgressSchema: RxJsonSchema<CourseProgressDoc> = {
  title: 'courseProgress',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: idField,
    pluginId: idField,
    version: shortText(32),
    title: shortText(),
    enabled: { type: 'boolean' },
    lessonsDone: stringList(64, 500),
    quizScores: { type: 'object', additionalProperties: { type: 'number' } },
    installedAt: epochMs,
    updatedAt: epochMs,
  },
  required: [
    'id',
    'pluginId',
    'version',
    'title',
    'enabled',
    'lessonsDone',
    'quizScores',
    'installedAt',
    'updatedAt',
  ],
  additionalProperties: false,
};
