export function VerificationNotice({ verification, fields }: { verification: string; fields: string[] }) {
  if (verification === "verified" && fields.length === 0) return null;
  return (
    <div className="notice" role="note">
      <strong>Partly verified.</strong>{" "}
      {fields.length > 0
        ? `These fields were not re-checked against the source: ${fields.join(", ")}.`
        : "Some facts in this entry come from secondary sources and were not re-checked."}{" "}
      Check the sources below before citing.
    </div>
  );
}
