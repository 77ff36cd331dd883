import type { LifecycleEventDto } from "@/lib/catalogue/dto";

/** A specification's lifecycle as dated steps, oldest first; steps still to come are marked. */
export function LifecycleTimeline({ events }: { events: LifecycleEventDto[] }) {
  return (
    <section aria-labelledby="lifecycle-heading">
      <h2 id="lifecycle-heading">Lifecycle</h2>
      <ol className="timeline">
        {events.map((e, i) => (
          <li key={`${e.event}-${i}`} className={e.inEffect ? undefined : "timeline-upcoming"}>
            <span className="timeline-date">{e.date ? <time dateTime={e.date}>{e.date}</time> : "Date not recorded"}</span>{" "}
            <strong>{e.label}</strong>
            {e.inEffect ? null : <span className="status status-upcoming">Upcoming</span>}
            {e.note ? <span className="timeline-note"> — {e.note}</span> : null}
            {e.source ? (
              <>
                {" "}
                <a href={e.source} rel="external noopener noreferrer">
                  source
                </a>
              </>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
