// One schema of the API's answers, with a row per property.
import type { SchemaView } from "@/lib/api/reference";
import styles from "../api-docs.module.css";
import { TypeLabel } from "./type-text";

export function SchemaSection({ schema }: { schema: SchemaView }) {
  const id = `schema-${schema.name}`;
  return (
    <section className={styles.schema} aria-labelledby={id}>
      <h3 id={id} tabIndex={-1}>
        {schema.name}
      </h3>
      {schema.description ? <p>{schema.description}</p> : null}
      {schema.properties.length ? (
        <div className={styles.tableWrap}>
          <table className={styles.table}>
            <caption className="visually-hidden">Properties of {schema.name}</caption>
            <thead>
              <tr>
                <th scope="col">Property</th>
                <th scope="col">Type</th>
                <th scope="col">Description</th>
              </tr>
            </thead>
            <tbody>
              {schema.properties.map((p) => (
                <tr key={p.name}>
                  <td>
                    <code>{p.name}</code>
                    {p.required ? null : <span> (optional)</span>}
                  </td>
                  <td>
                    <TypeLabel parts={p.type} />
                  </td>
                  <td>{p.description}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>
          Type: <TypeLabel parts={schema.type} />
        </p>
      )}
    </section>
  );
}
