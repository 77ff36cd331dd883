// One operation of the API: method and path, what it does, its parameters and its answers.
import type { Operation } from "@/lib/api/reference";
import styles from "../api-docs.module.css";
import { ParameterTable } from "./parameters";
import { TypeLabel } from "./type-text";

const problemAnchor: Record<string, string> = { "400": "problem-invalid-request", "404": "problem-not-found", "410": "problem-gone", "429": "problem-rate-limited", "500": "problems" };

export function OperationSection({ operation }: { operation: Operation }) {
  const headingId = `op-${operation.id}`;
  return (
    <section className={styles.operation} aria-labelledby={headingId}>
      <h3 id={headingId}>
        <span className={styles.method}>{operation.method}</span>
        <code className={styles.path}>{operation.path}</code>
        <span>{operation.summary}</span>
      </h3>
      {operation.description ? <p>{operation.description}</p> : null}
      {operation.parameters.length ? <ParameterTable caption={`Parameters of ${operation.path}`} parameters={operation.parameters} /> : null}
      {operation.usesListParameters ? (
        <p>
          Query: the <a href="#list-parameters">list parameters</a> (q, sort, facets, limit, cursor).
        </p>
      ) : null}
      <ul className={styles.answers} aria-label={`Answers of ${operation.path}`}>
        {operation.responses.map((r) => (
          <li key={r.status}>
            {problemAnchor[r.status] ? <a href={`#${problemAnchor[r.status]}`}>{r.status}</a> : <strong>{r.status}</strong>}{" "}
            {r.status === "200" ? <TypeLabel parts={r.type} /> : <span>{r.description.replace(/ \(problem type .*\)$/, "")}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
