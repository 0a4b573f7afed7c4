import type { StudentExerciseStanding } from '@threadlab/contracts';
import type { Metadata } from 'next';
import Link from 'next/link';
import { messagesFor } from '../../src/lib/i18n/messages';
import { requestLang } from '../../src/server/request-lang';
import { requireTeacher } from '../../src/server/require-teacher';
import { serverApi } from '../../src/server/server-api';

export const metadata: Metadata = { title: 'Students' };

/** Teachers: every student against every exercise, solved or how far they got. */
export default async function TeacherPage() {
  const [lang, teacher] = await Promise.all([requestLang(), requireTeacher('/teacher')]);
  const t = messagesFor(lang);
  if (!teacher) return <p className="narrow">{t.teacherOnly}</p>;
  const { exercises, students } = await (await serverApi()).teacherStudents();

  return (
    <div className="page teacher-page">
      <header className="page-header">
        <h1>{t.teacherTitle}</h1>
        <p className="lead">{t.teacherIntro}</p>
        <p>
          <Link href="/teacher/submissions">{t.teacherAllSubmissions} →</Link>
        </p>
      </header>
      {students.length === 0 ? (
        <p className="muted">{t.teacherNoStudents}</p>
      ) : (
        <div className="table-scroll">
          <table className="standings-table" data-testid="teacher-students">
            <thead>
              <tr>
                <th className="student-col">{t.teacherStudent}</th>
                <th>{t.teacherSolved}</th>
                <th>{t.teacherPoints}</th>
                {exercises.map((exercise) => (
                  <th key={exercise.id} className="exercise-col" title={exercise.title[lang]}>
                    <span>{exercise.id}</span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {students.map((student) => {
                const standings = new Map<string, StudentExerciseStanding>(
                  student.exercises.map((standing) => [standing.exerciseId, standing]),
                );
                return (
                  <tr key={student.id} data-testid="teacher-student">
                    <th className="student-col" scope="row">
                      <div className="student-cell">
                        <Link
                          href={`/teacher/submissions?userId=${encodeURIComponent(student.id)}`}
                        >
                          {student.name}
                        </Link>
                        <small className="muted">{student.email}</small>
                      </div>
                    </th>
                    <td className="num">{student.solved}</td>
                    <td className="num">{student.points}</td>
                    {exercises.map((exercise) => {
                      const standing = standings.get(exercise.id);
                      const href = `/teacher/submissions?userId=${encodeURIComponent(student.id)}&exerciseId=${encodeURIComponent(exercise.id)}`;
                      if (!standing) return <td key={exercise.id} className="cell none" />;
                      const percent =
                        standing.bestScore === null
                          ? '…'
                          : `${Math.round(standing.bestScore * 100)}%`;
                      return (
                        <td
                          key={exercise.id}
                          className={`cell ${standing.solved ? 'solved' : 'tried'}`}
                          title={`${exercise.title[lang]} — ${t.attempts(standing.attempts)}`}
                        >
                          <Link href={href}>{standing.solved ? '✓' : percent}</Link>
                        </td>
                      );
                    })}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
