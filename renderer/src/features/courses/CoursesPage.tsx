import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkbenchDatabase } from '../../../../app/db/collections';
import type { CourseProgressDoc } from '../../../../app/db/schemas/course-progress';
import { useWatch } from '../../data/use-watch';
import { watchDocs } from '../../data/watch';
import { Empty, Page } from '../../shared/ui';

export function CoursesPage() {
  const { t } = useTranslation();
  const [courses, setCourses] = useState<CourseProgressDoc[]>([]);
  useWatch(useCallback((db: WorkbenchDatabase) => [watchDocs(db.courseProgress.find().$, setCourses)], []));
  return (
    <Page title={t('courses.heading')} testId="page-courses">
      {courses.length === 0 ? (
        <Empty>{t('courses.empty')}</Empty>
      ) : (
        <ul className="feed">
          {courses.map((course) => (
            <li key={course.id}>
              <b>{course.title}</b> {course.version} · {course.lessonsDone.length}
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}
