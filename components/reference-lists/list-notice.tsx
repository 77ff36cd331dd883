import { noticeFor } from "@/lib/lists/notices";

/** The outcome of the last list form, from its fixed message table. */
export function ListNotice({ code }: { code: string | undefined }) {
  const notice = noticeFor(code);
  if (!notice) return null;
  return (
    <p className={notice.ok ? "entry-form-notice" : "entry-form-notice entry-form-notice-problem"} role={notice.ok ? "status" : "alert"}>
      {notice.text}
    </p>
  );
}
