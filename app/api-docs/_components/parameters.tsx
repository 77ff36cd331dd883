// A table of parameters (path or query) with their types and meaning.
import type { ParameterRow } from "@/lib/api/reference";
import styles from "../api-docs.module.css";
import { TypeLabel } from "./type-text";

export function ParameterTable({ caption, parameters }: { caption: string; parameters: ParameterRow[] }) {
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Parameter</th>
            <th scope="col">In</th>
            <th scope="col">Type</th>
            <th scope="col">Description</th>
          </tr>
        </thead>
        <tbody>
          {parameters.map((p) => (
            <tr key={`${p.in}-${p.name}`}>
              <td>
                <code>{p.name}</code>
                {p.required ? <span className={styles.required}> (required)</span> : null}
              </td>
              <td>{p.in}</td>
              <td>
                <TypeLabel parts={p.type} />
              </td>
              <td>{p.description}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
